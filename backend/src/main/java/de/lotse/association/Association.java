package de.lotse.association;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A partner of the network: migrant organisation, club, initiative, welfare organisation, school ... */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "associations")
public class Association extends BaseEntity {

    public String name;
    @Enumerated(EnumType.STRING)
    public AssociationKind kind;
    /** Names of {@link AssociationField}s; see {@link de.lotse.common.persistence.EnumArrays}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fields;
    public String contactName;
    public String email;
    public String phone;
    public String address;
    public String district;
    /** ISO 639-1 codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;
    public Integer memberCount;
    public boolean active;
    public String website;
    public String notes;

    @NotAudited
    @Column(insertable = false, updatable = false)
    String searchText;
}
