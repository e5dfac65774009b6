package de.lotse.newcomer;

/**
 * Aufenthaltsstatus: EU free movement, residence permit (Aufenthaltserlaubnis), toleration
 * (Duldung), permission to stay pending asylum (Aufenthaltsgestattung). Sensitive personal data:
 * never logged, never searched by q.
 */
public enum ResidenceStatus {
    EU_FREE_MOVEMENT, RESIDENCE_PERMIT, TOLERATION, PERMISSION_TO_STAY, OTHER, UNKNOWN
}
