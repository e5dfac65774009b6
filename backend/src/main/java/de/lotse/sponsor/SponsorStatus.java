package de.lotse.sponsor;

/** Where a sponsor stands: from first interest through training to active mentoring, a pause, or leaving. */
public enum SponsorStatus {
    INTERESTED, IN_TRAINING, ACTIVE, PAUSED, LEFT
}
