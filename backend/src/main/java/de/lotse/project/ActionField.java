package de.lotse.project;

/** Handlungsfeld of the city's integration concept; projects and meetings are filed under them. */
public enum ActionField {
    LANGUAGE_EDUCATION, CULTURE_CLUBS, CIVIC_ENGAGEMENT, INTERCULTURAL_OPENING
}
