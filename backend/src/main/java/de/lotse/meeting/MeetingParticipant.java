package de.lotse.meeting;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Who was invited to a network meeting and who came: an association, or a named person (e.g. from
 * the school authority). Lives and dies with its meeting.
 */
@Entity
@Table(name = "meeting_participants")
public class MeetingParticipant extends BaseEntity {

    public UUID meetingId;
    public UUID associationId;
    public String personName;
    public String organisation;
    public String role;
    public boolean invited;
    public boolean attended;

    @Column(insertable = false, updatable = false)
    String searchText;
}
