package de.lotse.audit;

/** A signed-in person, a tool of the city (client credentials), or a job of Lotse itself. */
public enum ActorKind {
    PERSON, CLIENT, SYSTEM
}
