package de.lotse.project;

public enum ProjectStatus {
    PLANNING, RUNNING, COMPLETED
}
