package de.lotse.project;

import de.lotse.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone of a project, e.g. "Matching" in WiL. Lives and dies with its project. */
@Entity
@Table(name = "project_milestones")
public class Milestone extends BaseEntity {

    public UUID projectId;
    public String title;
    public String description;
    public LocalDate plannedDate;
    public LocalDate achievedDate;
    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;

    @Column(insertable = false, updatable = false)
    String searchText;
}
