-- Newcomers (Neuzugewanderte): people and households recently arrived. Personal data; the
-- residence status is sensitive and deliberately not part of the search text.
CREATE TABLE newcomers (
    id                uuid PRIMARY KEY,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    first_name        varchar(100)  NOT NULL COLLATE "de-x-icu",
    last_name         varchar(100)  NOT NULL COLLATE "de-x-icu",
    -- ISO 3166-1 alpha-2
    country_of_origin varchar(2)    CHECK (country_of_origin ~ '^[A-Z]{2}$'),
    -- ISO 639-1 codes
    languages         varchar(2)[]  NOT NULL DEFAULT '{}'
        CHECK (cardinality(languages) <= 20 AND array_position(languages, NULL) IS NULL
               AND lotse_array_text(languages) ~ '^([a-z]{2}( [a-z]{2})*)?$'),
    arrival_date      date,
    district          varchar(100)  COLLATE "de-x-icu",
    accommodation     varchar(200),
    household_size    integer       NOT NULL DEFAULT 1 CHECK (household_size BETWEEN 1 AND 30),
    needs             varchar(40)[] NOT NULL DEFAULT '{}'
        CHECK (needs <@ ARRAY['SCHOOL', 'AUTHORITIES', 'HOUSING', 'WORK', 'LANGUAGE_COURSE', 'HEALTH', 'LEISURE', 'OTHER']::varchar[]),
    residence_status  varchar(20)   NOT NULL DEFAULT 'UNKNOWN'
        CHECK (residence_status IN ('EU_FREE_MOVEMENT', 'RESIDENCE_PERMIT', 'TOLERATION', 'PERMISSION_TO_STAY', 'OTHER', 'UNKNOWN')),
    status            varchar(20)   NOT NULL DEFAULT 'WAITING'
        CHECK (status IN ('WAITING', 'MATCHED', 'ACCOMPANIED', 'FINISHED')),
    consent_given_at  timestamptz,
    project_id        uuid CONSTRAINT fk_newcomers__project REFERENCES projects (id),
    email             varchar(254),
    phone             varchar(40),
    notes             text,
    search_text       text GENERATED ALWAYS AS (lotse_normalize(
        first_name || ' ' || last_name || ' ' || coalesce(district, '') || ' ' || coalesce(accommodation, ''))) STORED
);
CREATE INDEX ix_newcomers_search ON newcomers USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_newcomers_last_name ON newcomers (last_name, first_name, id);
CREATE INDEX ix_newcomers_first_name ON newcomers (first_name, id);
CREATE INDEX ix_newcomers_arrival_date ON newcomers (arrival_date, id);
CREATE INDEX ix_newcomers_district ON newcomers (district, id);
CREATE INDEX ix_newcomers_district_lower ON newcomers (lower(district), id);
CREATE INDEX ix_newcomers_status ON newcomers (status, id);
CREATE INDEX ix_newcomers_country_of_origin ON newcomers (country_of_origin, id);
CREATE INDEX ix_newcomers_residence_status ON newcomers (residence_status, id);
CREATE INDEX ix_newcomers_created_at ON newcomers (created_at, id);
CREATE INDEX ix_newcomers_project ON newcomers (project_id, id);
CREATE INDEX ix_newcomers_languages ON newcomers USING gin (languages);
CREATE INDEX ix_newcomers_needs ON newcomers USING gin (needs);
