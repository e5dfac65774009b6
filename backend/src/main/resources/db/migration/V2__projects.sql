CREATE TABLE projects (
    id                  uuid PRIMARY KEY,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    code                varchar(20)  NOT NULL CONSTRAINT uq_projects_code UNIQUE,
    name                varchar(200) NOT NULL COLLATE "de-x-icu",
    description         text,
    status              varchar(20)  NOT NULL CHECK (status IN ('PLANNING', 'RUNNING', 'COMPLETED')),
    start_date          date,
    end_date            date,
    funding_programme   varchar(200),
    funder              varchar(200),
    action_fields       varchar(40)[] NOT NULL DEFAULT '{}'
        CHECK (action_fields <@ ARRAY['LANGUAGE_EDUCATION', 'CULTURE_CLUBS', 'CIVIC_ENGAGEMENT', 'INTERCULTURAL_OPENING']::varchar[]),
    staff_share_percent integer CHECK (staff_share_percent BETWEEN 0 AND 100),
    lead                varchar(200),
    coordinator         varchar(200),
    search_text         text GENERATED ALWAYS AS (lotse_normalize(
        code || ' ' || name || ' ' || coalesce(description, '') || ' ' || coalesce(funding_programme, '') || ' '
        || coalesce(funder, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(coordinator, ''))) STORED,
    CONSTRAINT ck_projects_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_projects_search ON projects USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_projects_status ON projects (status, id);
CREATE INDEX ix_projects_name ON projects (name, id);
CREATE INDEX ix_projects_start_date ON projects (start_date, id);
CREATE INDEX ix_projects_end_date ON projects (end_date, id);
CREATE INDEX ix_projects_action_fields ON projects USING gin (action_fields);

CREATE TABLE project_milestones (
    id            uuid PRIMARY KEY,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    project_id    uuid         NOT NULL CONSTRAINT fk_project_milestones__project REFERENCES projects (id) ON DELETE CASCADE,
    title         varchar(200) NOT NULL COLLATE "de-x-icu",
    description   text,
    planned_date  date,
    achieved_date date,
    status        varchar(20)  NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
    search_text   text GENERATED ALWAYS AS (lotse_normalize(title || ' ' || coalesce(description, ''))) STORED
);
CREATE INDEX ix_project_milestones_project ON project_milestones (project_id, planned_date, id);
CREATE INDEX ix_project_milestones_search ON project_milestones USING gin (search_text gin_trgm_ops);
