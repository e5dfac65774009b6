package de.lotse.meeting;

public enum MeetingActionStatus {
    OPEN, DONE
}
