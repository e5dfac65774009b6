package de.lotse.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entry of the audit trail, as read back; entries are written by {@link AuditTrail} and never change. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    public Instant occurredAt;
    public String actor;
    @Enumerated(EnumType.STRING)
    public ActorKind actorKind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> actorRoles;
    public String operation;
    @Enumerated(EnumType.STRING)
    public AuditAction action;
    public String resourceType;
    public UUID resourceId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fields;
}
