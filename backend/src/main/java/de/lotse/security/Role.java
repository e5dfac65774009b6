package de.lotse.security;

/** The roles of people who sign in (realm roles of the identity provider). */
public enum Role {
    /** The office: everything but the data protection officer's tasks. */
    STAFF,
    /** Project coordination: sponsors and newcomers of their own projects; budget read-only. */
    COORDINATOR,
    /** Volunteer coordination: sponsors, associations, meetings; newcomers without sensitive fields. */
    VOLUNTEER_COORDINATOR,
    /** A volunteer sponsor: their own profile only. */
    SPONSOR,
    /** The data protection officer: reads everything, audit trail, exports, erasure; no ordinary writes. */
    DPO
}
