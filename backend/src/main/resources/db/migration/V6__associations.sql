-- Associations: migrant organisations, clubs, initiatives and the other partners of the network.
CREATE TABLE associations (
    id            uuid PRIMARY KEY,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    name          varchar(200) NOT NULL COLLATE "de-x-icu" CONSTRAINT uq_associations_name UNIQUE,
    kind          varchar(30)  NOT NULL CHECK (kind IN ('MIGRANT_ORGANISATION', 'CLUB', 'INITIATIVE', 'RELIGIOUS_COMMUNITY',
                                                        'WELFARE_ORGANISATION', 'SCHOOL', 'EMPLOYER', 'CHAMBER', 'OTHER')),
    fields        varchar(40)[] NOT NULL DEFAULT '{}'
        CHECK (fields <@ ARRAY['LEISURE', 'CULTURE', 'SPORT', 'EDUCATION', 'RELIGION', 'SOCIAL', 'OTHER']::varchar[]),
    contact_name  varchar(200) COLLATE "de-x-icu",
    email         varchar(254),
    phone         varchar(50),
    address       varchar(300),
    district      varchar(100) COLLATE "de-x-icu",
    -- ISO 639-1 codes: two lower-case letters each (lotse_array_text: see V4).
    languages     varchar(2)[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(languages) <= 20 AND array_position(languages, NULL) IS NULL
               AND lotse_array_text(languages) ~ '^([a-z]{2}( [a-z]{2})*)?$'),
    member_count  integer CHECK (member_count >= 0),
    active        boolean      NOT NULL DEFAULT true,
    website       varchar(500),
    notes         text,
    search_text   text GENERATED ALWAYS AS (lotse_normalize(
        name || ' ' || coalesce(contact_name, '') || ' ' || coalesce(district, '') || ' ' || coalesce(address, ''))) STORED
);
CREATE INDEX ix_associations_search ON associations USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_associations_name ON associations (name, id);
CREATE INDEX ix_associations_kind ON associations (kind, id);
CREATE INDEX ix_associations_district ON associations (district, id);
CREATE INDEX ix_associations_district_ci ON associations (lower(district), id);
CREATE INDEX ix_associations_member_count ON associations (member_count, id);
CREATE INDEX ix_associations_created_at ON associations (created_at, id);
CREATE INDEX ix_associations_active ON associations (active, id);
CREATE INDEX ix_associations_fields ON associations USING gin (fields);
CREATE INDEX ix_associations_languages ON associations USING gin (languages);
