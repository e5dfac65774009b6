package de.lotse.sponsor;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A trained volunteer (Pate/Patin) who accompanies newcomers for a year. Personal data. */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "sponsors")
public class Sponsor extends BaseEntity {

    public String firstName;
    public String lastName;
    public String email;
    public String phone;
    /** ISO 639-1 codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;
    public String district;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> interests;
    public String availability;
    @Enumerated(EnumType.STRING)
    public SponsorStatus status;
    public LocalDate trainingCompletedOn;
    public int maxMentees;
    public Instant consentGivenAt;
    /** The project the sponsor was recruited for, if any. */
    public UUID projectId;
    public String notes;
    /** Set and cleared by the data protection officer: while set, the person is neither erased nor anonymised (de.lotse.privacy). */
    public String legalHoldReason;
    public Instant legalHoldSince;
    /** When the personal fields were anonymised, by an erasure or the retention job (de.lotse.privacy). */
    public Instant erasedAt;

    @NotAudited
    @Column(insertable = false, updatable = false)
    String searchText;
}
