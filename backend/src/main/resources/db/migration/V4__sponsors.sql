-- Sponsors (Patinnen und Paten): trained volunteers who accompany newcomers. Personal data.

-- array_to_string() is only STABLE (its element output could depend on settings); for text
-- elements it depends on the input alone, so this wrapper may be IMMUTABLE and feed generated
-- search columns. Used by sponsors and newcomers.
CREATE FUNCTION lotse_array_text(value varchar[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN array_to_string(value, ' ');

CREATE TABLE sponsors (
    id                    uuid PRIMARY KEY,
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    first_name            varchar(100)  NOT NULL COLLATE "de-x-icu",
    last_name             varchar(100)  NOT NULL COLLATE "de-x-icu",
    email                 varchar(254),
    phone                 varchar(40),
    -- ISO 639-1 codes
    languages             varchar(2)[]  NOT NULL DEFAULT '{}'
        CHECK (cardinality(languages) <= 20 AND array_position(languages, NULL) IS NULL
               AND lotse_array_text(languages) ~ '^([a-z]{2}( [a-z]{2})*)?$'),
    district              varchar(100)  COLLATE "de-x-icu",
    interests             varchar(200)[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(interests) <= 20 AND array_position(interests, NULL) IS NULL),
    availability          varchar(500),
    status                varchar(20)   NOT NULL
        CHECK (status IN ('INTERESTED', 'IN_TRAINING', 'ACTIVE', 'PAUSED', 'LEFT')),
    training_completed_on date,
    max_mentees           integer       NOT NULL DEFAULT 2 CHECK (max_mentees BETWEEN 1 AND 10),
    consent_given_at      timestamptz,
    project_id            uuid CONSTRAINT fk_sponsors__project REFERENCES projects (id),
    notes                 text,
    search_text           text GENERATED ALWAYS AS (lotse_normalize(
        first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' || coalesce(district, '') || ' '
        || coalesce(lotse_array_text(interests), '') || ' ' || coalesce(availability, ''))) STORED
);
CREATE INDEX ix_sponsors_search ON sponsors USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_sponsors_last_name ON sponsors (last_name, first_name, id);
CREATE INDEX ix_sponsors_first_name ON sponsors (first_name, id);
CREATE INDEX ix_sponsors_district ON sponsors (district, id);
CREATE INDEX ix_sponsors_district_lower ON sponsors (lower(district), id);
CREATE INDEX ix_sponsors_status ON sponsors (status, id);
CREATE INDEX ix_sponsors_training_completed_on ON sponsors (training_completed_on, id);
CREATE INDEX ix_sponsors_created_at ON sponsors (created_at, id);
CREATE INDEX ix_sponsors_project ON sponsors (project_id, id);
CREATE INDEX ix_sponsors_languages ON sponsors USING gin (languages);
