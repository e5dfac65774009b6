-- Search support shared by every resource's `q`: case- and accent-insensitive matching.
-- unaccent and pg_trgm are trusted extensions (PostgreSQL 13+): the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary explicitly makes
-- the result depend on the input alone, so the wrapper may be IMMUTABLE and used in generated
-- columns and indexes.
CREATE FUNCTION lotse_normalize(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
