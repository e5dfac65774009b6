package de.lotse.association;

/** What kind of partner an association is (Migrantenorganisation, Verein, Initiative, Träger ...). */
public enum AssociationKind {
    MIGRANT_ORGANISATION, CLUB, INITIATIVE, RELIGIOUS_COMMUNITY, WELFARE_ORGANISATION, SCHOOL, EMPLOYER, CHAMBER, OTHER
}
