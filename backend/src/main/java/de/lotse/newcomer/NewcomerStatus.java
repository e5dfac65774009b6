package de.lotse.newcomer;

/** Where a newcomer stands: waiting for a sponsor, matched, accompanied, or finished. */
public enum NewcomerStatus {
    WAITING, MATCHED, ACCOMPANIED, FINISHED
}
