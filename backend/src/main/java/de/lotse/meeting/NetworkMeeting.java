package de.lotse.meeting;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A meeting of the network (Netzwerktreffen, Kamingespräch, Runder Tisch ...), with its participants and actions. */
@Entity
@Audited
@AuditOverride(forClass = BaseEntity.class)
@Table(name = "network_meetings")
public class NetworkMeeting extends BaseEntity {

    public String title;
    @Enumerated(EnumType.STRING)
    public MeetingFormat format;
    public Instant startsAt;
    public Instant endsAt;
    public String location;
    public UUID hostAssociationId;
    public UUID projectId;
    /** Names of {@link de.lotse.project.ActionField}s; see {@link de.lotse.common.persistence.EnumArrays}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> actionFields;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics;
    public String minutes;

    @NotAudited
    @Column(insertable = false, updatable = false)
    String searchText;
}
