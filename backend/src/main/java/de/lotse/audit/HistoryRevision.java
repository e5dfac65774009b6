package de.lotse.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of the entity history (Hibernate Envers): all records a transaction changed share
 * it. Besides its number and time it keeps who made it and by which operation.
 */
@Entity
@Table(name = "history_revisions")
@RevisionEntity(HistoryRevisionListener.class)
public class HistoryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    public Instant occurredAt;

    public String actor;

    public String operation;
}
