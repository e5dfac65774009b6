package de.lotse.privacy;

/**
 * What a person consents to (Zweck der Einwilligung). Every purpose builds on DATA_PROCESSING:
 * without it in force, no other purpose allows processing.
 */
public enum ConsentPurpose {
    /** Keeping and using the person's data in Lotse at all. */
    DATA_PROCESSING,
    /** Being proposed for a mentorship (Patenschaft): the profile is used for matching and shown to the matched person. */
    MATCHING,
    /** Being contacted by phone or e-mail, not only in person or by letter. */
    CONTACT_BY_PHONE_OR_EMAIL,
    /** Invitations to trainings, network meetings and other events of the office. */
    EVENT_INVITATIONS,
    /** Photos at events and their publication (press, the city's website, reports to the council). */
    PHOTOS_AND_PUBLICATION
}
