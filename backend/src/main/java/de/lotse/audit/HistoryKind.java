package de.lotse.audit;

/** What a revision did to the record. */
public enum HistoryKind {
    CREATED, CHANGED, DELETED
}
