package de.lotse.privacy;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's consent to one purpose, as declared (Einwilligungsnachweis). Withdrawing is one-way
 * and keeps the record; exactly one of newcomerId and sponsorId is set.
 */
@Entity
@Table(name = "consents")
public class Consent extends BaseEntity {

    public UUID newcomerId;
    public UUID sponsorId;
    @Enumerated(EnumType.STRING)
    public ConsentPurpose purpose;
    public Instant givenAt;
    public Instant withdrawnAt;
    /** The account that recorded the consent, never the person's name. */
    public String recordedBy;
    public String withdrawnBy;
    public String note;

    @Column(insertable = false, updatable = false)
    String searchText;

    boolean inForce() {
        return withdrawnAt == null;
    }

    /** The entity attribute that names the person of {@code type}. */
    static String subjectAttribute(SubjectType type) {
        return type == SubjectType.NEWCOMER ? "newcomerId" : "sponsorId";
    }
}
