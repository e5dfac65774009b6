package de.lotse.project;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A funded, time-boxed programme of the office (Förderprojekt), e.g. "Willkommen in Ludwigsburg". */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "projects")
public class Project extends BaseEntity {

    public String code;
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public ProjectStatus status;
    public LocalDate startDate;
    public LocalDate endDate;
    public String fundingProgramme;
    public String funder;
    /** Names of {@link ActionField}s; see {@link de.lotse.common.persistence.EnumArrays}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> actionFields;
    public Integer staffSharePercent;
    public String lead;
    public String coordinator;

    @NotAudited
    @Column(insertable = false, updatable = false)
    String searchText;
}
