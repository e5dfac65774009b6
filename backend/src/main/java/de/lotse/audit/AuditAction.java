package de.lotse.audit;

/** What happened to a record: written (created, changed, deleted) or its sensitive fields read. */
public enum AuditAction {
    CREATED, CHANGED, DELETED, READ
}
