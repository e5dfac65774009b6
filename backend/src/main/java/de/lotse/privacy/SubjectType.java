package de.lotse.privacy;

import de.lotse.common.persistence.BaseEntity;
import de.lotse.newcomer.Newcomer;
import de.lotse.sponsor.Sponsor;

/** The two kinds of people whose personal data Lotse holds. */
public enum SubjectType {
    NEWCOMER("newcomer", "newcomers", Newcomer.class),
    SPONSOR("sponsor", "sponsors", Sponsor.class);

    /** As problem details name it. */
    final String resourceName;
    final String table;
    final Class<? extends BaseEntity> entity;

    SubjectType(String resourceName, String table, Class<? extends BaseEntity> entity) {
        this.resourceName = resourceName;
        this.table = table;
        this.entity = entity;
    }
}
