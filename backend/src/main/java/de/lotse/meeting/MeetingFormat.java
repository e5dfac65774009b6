package de.lotse.meeting;

/** The format of a network meeting: the yearly Netzwerktreffen, a Kamingespräch, the Runder Tisch, the Jour Fixe ... */
public enum MeetingFormat {
    NETWORK_MEETING, ONLINE, FIRESIDE_TALK, ROUND_TABLE, WORKSHOP, TRAINING, JOUR_FIXE, OTHER
}
