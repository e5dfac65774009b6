package de.lotse.meeting;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/** An action agreed in a network meeting (Vereinbarung): who does what by when. Lives and dies with its meeting. */
@Entity
@Table(name = "meeting_actions")
public class MeetingAction extends BaseEntity {

    public UUID meetingId;
    public String description;
    public String owner;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public MeetingActionStatus status;
    public LocalDate doneOn;

    @Column(insertable = false, updatable = false)
    String searchText;

    /**
     * Title and start of the meeting, read in the same statement as the action (a correlated
     * subquery on the meeting's primary key), so the list across meetings shows them without N+1.
     * Read-only; not refreshed after a write.
     */
    @Formula("(select m.title from network_meetings m where m.id = meeting_id)")
    String meetingTitle;

    @Formula("(select m.starts_at from network_meetings m where m.id = meeting_id)")
    Instant meetingStartsAt;
}
