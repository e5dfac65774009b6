package de.lotse.association;

/** A field an association is active in; an association may be active in several. */
public enum AssociationField {
    LEISURE, CULTURE, SPORT, EDUCATION, RELIGION, SOCIAL, OTHER
}
