package de.lotse.newcomer;

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

/** A person or household recently arrived (Neuzugewanderte/r). Personal data. */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "newcomers")
public class Newcomer extends BaseEntity {

    public String firstName;
    public String lastName;
    /** ISO 3166-1 alpha-2. */
    public String countryOfOrigin;
    /** ISO 639-1 codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;
    public LocalDate arrivalDate;
    public String district;
    public String accommodation;
    public int householdSize;
    /** Names of {@link NewcomerNeed}s; see {@link de.lotse.common.persistence.EnumArrays}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> needs;
    @Enumerated(EnumType.STRING)
    public ResidenceStatus residenceStatus;
    @Enumerated(EnumType.STRING)
    public NewcomerStatus status;
    public Instant consentGivenAt;
    public UUID projectId;
    public String email;
    public String phone;
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
