package de.lotse.newcomer;

/** What a newcomer wants help with. */
public enum NewcomerNeed {
    SCHOOL, AUTHORITIES, HOUSING, WORK, LANGUAGE_COURSE, HEALTH, LEISURE, OTHER
}
