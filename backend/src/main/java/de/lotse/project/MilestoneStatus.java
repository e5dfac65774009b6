package de.lotse.project;

public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, ACHIEVED, DROPPED
}
