-- Network meetings (Netzwerktreffen, Kamingespräche, Runder Tisch, Jour Fixe ...) with their
-- participants and agreed actions. Participants and actions live and die with their meeting.

CREATE TABLE network_meetings (
    id                  uuid PRIMARY KEY,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    title               varchar(200) NOT NULL COLLATE "de-x-icu",
    format              varchar(30)  NOT NULL CHECK (format IN ('NETWORK_MEETING', 'ONLINE', 'FIRESIDE_TALK', 'ROUND_TABLE',
                                                                 'WORKSHOP', 'TRAINING', 'JOUR_FIXE', 'OTHER')),
    starts_at           timestamptz  NOT NULL,
    ends_at             timestamptz,
    location            varchar(300),
    host_association_id uuid CONSTRAINT fk_network_meetings__host_association REFERENCES associations (id),
    project_id          uuid CONSTRAINT fk_network_meetings__project REFERENCES projects (id),
    action_fields       varchar(40)[] NOT NULL DEFAULT '{}'
        CHECK (action_fields <@ ARRAY['LANGUAGE_EDUCATION', 'CULTURE_CLUBS', 'CIVIC_ENGAGEMENT', 'INTERCULTURAL_OPENING']::varchar[]),
    topics              varchar(200)[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(topics) <= 50 AND array_position(topics, NULL) IS NULL),
    minutes             text,
    -- lotse_array_text: see V4.
    search_text         text GENERATED ALWAYS AS (lotse_normalize(
        title || ' ' || coalesce(location, '') || ' ' || lotse_array_text(topics) || ' '
        || coalesce(minutes, ''))) STORED,
    CONSTRAINT ck_network_meetings_times CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX ix_network_meetings_search ON network_meetings USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_network_meetings_starts_at ON network_meetings (starts_at, id);
CREATE INDEX ix_network_meetings_title ON network_meetings (title, id);
CREATE INDEX ix_network_meetings_format ON network_meetings (format, id);
CREATE INDEX ix_network_meetings_created_at ON network_meetings (created_at, id);
CREATE INDEX ix_network_meetings_host_association ON network_meetings (host_association_id, id);
CREATE INDEX ix_network_meetings_project ON network_meetings (project_id, id);
CREATE INDEX ix_network_meetings_action_fields ON network_meetings USING gin (action_fields);

CREATE TABLE meeting_participants (
    id             uuid PRIMARY KEY,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    meeting_id     uuid         NOT NULL CONSTRAINT fk_meeting_participants__meeting REFERENCES network_meetings (id) ON DELETE CASCADE,
    association_id uuid CONSTRAINT fk_meeting_participants__association REFERENCES associations (id),
    person_name    varchar(200) COLLATE "de-x-icu",
    organisation   varchar(200),
    role           varchar(200),
    invited        boolean      NOT NULL DEFAULT true,
    attended       boolean      NOT NULL DEFAULT false,
    search_text    text GENERATED ALWAYS AS (lotse_normalize(
        coalesce(person_name, '') || ' ' || coalesce(organisation, '') || ' ' || coalesce(role, ''))) STORED,
    -- Either an association or a named person, never both, never neither.
    CONSTRAINT ck_meeting_participants_who CHECK ((association_id IS NULL) <> (person_name IS NULL)),
    CONSTRAINT ck_meeting_participants_organisation CHECK (association_id IS NULL OR organisation IS NULL),
    CONSTRAINT uq_meeting_participants_association_id UNIQUE (meeting_id, association_id)
);
CREATE INDEX ix_meeting_participants_meeting ON meeting_participants (meeting_id, created_at, id);
CREATE INDEX ix_meeting_participants_person_name ON meeting_participants (meeting_id, person_name, id);
CREATE INDEX ix_meeting_participants_attended ON meeting_participants (meeting_id, attended, id);
-- Deleting an association looks up its participations; the unique index leads with meeting_id.
CREATE INDEX ix_meeting_participants_association ON meeting_participants (association_id, id);
CREATE INDEX ix_meeting_participants_search ON meeting_participants USING gin (search_text gin_trgm_ops);

CREATE TABLE meeting_actions (
    id          uuid PRIMARY KEY,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    meeting_id  uuid         NOT NULL CONSTRAINT fk_meeting_actions__meeting REFERENCES network_meetings (id) ON DELETE CASCADE,
    description varchar(2000) NOT NULL,
    owner       varchar(200) NOT NULL,
    due_date    date,
    status      varchar(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    done_on     date,
    search_text text GENERATED ALWAYS AS (lotse_normalize(description || ' ' || owner)) STORED,
    CONSTRAINT ck_meeting_actions_done_on CHECK (done_on IS NULL OR status = 'DONE')
);
CREATE INDEX ix_meeting_actions_meeting ON meeting_actions (meeting_id, due_date, id);
CREATE INDEX ix_meeting_actions_status ON meeting_actions (meeting_id, status, due_date, id);
CREATE INDEX ix_meeting_actions_created_at ON meeting_actions (meeting_id, created_at, id);
CREATE INDEX ix_meeting_actions_search ON meeting_actions USING gin (search_text gin_trgm_ops);
