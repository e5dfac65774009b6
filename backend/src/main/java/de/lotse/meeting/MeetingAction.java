package de.lotse.meeting;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

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
}
