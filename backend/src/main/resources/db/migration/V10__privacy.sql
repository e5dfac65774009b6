-- Data protection (DSGVO): consent records, legal holds, the mark of an erasure, and the day a
-- person's involvement ended, from which the retention period runs (de.lotse.privacy).

-- ended_on: the day a newcomer became FINISHED or a sponsor LEFT; kept by the trigger below so
-- that no service has to know about it. legal_hold_*: set and cleared by the data protection
-- officer; a person under legal hold is neither erased nor anonymised by the retention job.
-- erased_at: when the personal fields were anonymised (Art. 17 or retention).
ALTER TABLE newcomers
    ADD COLUMN ended_on          date,
    ADD COLUMN legal_hold_reason varchar(500),
    ADD COLUMN legal_hold_since  timestamptz,
    ADD COLUMN erased_at         timestamptz,
    ADD CONSTRAINT ck_newcomers__legal_hold CHECK ((legal_hold_reason IS NULL) = (legal_hold_since IS NULL));
ALTER TABLE sponsors
    ADD COLUMN ended_on          date,
    ADD COLUMN legal_hold_reason varchar(500),
    ADD COLUMN legal_hold_since  timestamptz,
    ADD COLUMN erased_at         timestamptz,
    ADD CONSTRAINT ck_sponsors__legal_hold CHECK ((legal_hold_reason IS NULL) = (legal_hold_since IS NULL));

-- People who had already ended: the day of their last change is the latest day their status can
-- have changed, so the retention period starts no earlier than it really did.
UPDATE newcomers SET ended_on = updated_at::date WHERE status = 'FINISHED';
UPDATE sponsors SET ended_on = updated_at::date WHERE status = 'LEFT';
ALTER TABLE newcomers ADD CONSTRAINT ck_newcomers__ended_on CHECK ((status = 'FINISHED') = (ended_on IS NOT NULL));
ALTER TABLE sponsors ADD CONSTRAINT ck_sponsors__ended_on CHECK ((status = 'LEFT') = (ended_on IS NOT NULL));

-- TG_ARGV[0]: the status that ends the involvement. Entering it stamps today, leaving it clears
-- the day; updates that keep the status keep the day (an explicit ended_on on insert is kept).
CREATE FUNCTION lotse_track_end_of_involvement() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> TG_ARGV[0] THEN
        NEW.ended_on := NULL;
    ELSIF TG_OP = 'INSERT' THEN
        NEW.ended_on := coalesce(NEW.ended_on, current_date);
    ELSIF OLD.status <> NEW.status OR NEW.ended_on IS NULL THEN
        NEW.ended_on := current_date;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_newcomers__ended_on BEFORE INSERT OR UPDATE OF status, ended_on ON newcomers
    FOR EACH ROW EXECUTE FUNCTION lotse_track_end_of_involvement('FINISHED');
CREATE TRIGGER tr_sponsors__ended_on BEFORE INSERT OR UPDATE OF status, ended_on ON sponsors
    FOR EACH ROW EXECUTE FUNCTION lotse_track_end_of_involvement('LEFT');

-- What the retention job looks for: people who ended and still hold personal data.
CREATE INDEX ix_newcomers_retention ON newcomers (ended_on) WHERE erased_at IS NULL;
CREATE INDEX ix_sponsors_retention ON sponsors (ended_on) WHERE erased_at IS NULL;

-- Consent records (Einwilligungen) of a newcomer or a sponsor, one per purpose and declaration.
-- Withdrawing sets withdrawn_at/by; nothing is ever deleted while the person exists. At most one
-- consent per person and purpose is in force at a time.
CREATE TABLE consents (
    id           uuid PRIMARY KEY,
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    newcomer_id  uuid CONSTRAINT fk_consents__newcomer REFERENCES newcomers (id) ON DELETE CASCADE,
    sponsor_id   uuid CONSTRAINT fk_consents__sponsor REFERENCES sponsors (id) ON DELETE CASCADE,
    purpose      varchar(40)   NOT NULL
        CHECK (purpose IN ('DATA_PROCESSING', 'MATCHING', 'CONTACT_BY_PHONE_OR_EMAIL', 'EVENT_INVITATIONS', 'PHOTOS_AND_PUBLICATION')),
    given_at     timestamptz   NOT NULL,
    withdrawn_at timestamptz,
    recorded_by  varchar(254)  NOT NULL,
    withdrawn_by varchar(254),
    note         varchar(1000),
    search_text  text GENERATED ALWAYS AS (lotse_normalize(purpose || ' ' || coalesce(note, ''))) STORED,
    CONSTRAINT ck_consents__one_person CHECK (num_nonnulls(newcomer_id, sponsor_id) = 1),
    CONSTRAINT ck_consents__withdrawal CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND withdrawn_at >= given_at)
);
CREATE UNIQUE INDEX ux_consents__newcomer_purpose_in_force ON consents (newcomer_id, purpose)
    WHERE withdrawn_at IS NULL AND newcomer_id IS NOT NULL;
CREATE UNIQUE INDEX ux_consents__sponsor_purpose_in_force ON consents (sponsor_id, purpose)
    WHERE withdrawn_at IS NULL AND sponsor_id IS NOT NULL;
CREATE INDEX ix_consents_newcomer ON consents (newcomer_id, given_at, id) WHERE newcomer_id IS NOT NULL;
CREATE INDEX ix_consents_sponsor ON consents (sponsor_id, given_at, id) WHERE sponsor_id IS NOT NULL;
CREATE INDEX ix_consents_search ON consents USING gin (search_text gin_trgm_ops);
