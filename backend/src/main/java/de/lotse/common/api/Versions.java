package de.lotse.common.api;

import de.lotse.common.error.Problems;
import de.lotse.common.persistence.BaseEntity;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency on the wire: every single GET returns {@code ETag: "<version>"}; every
 * PUT and PATCH must name the version it was based on, in the body or as {@code If-Match}.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client based its change on; a 400 when it sent none or two that differ. */
    public static long expected(String ifMatch, Long bodyVersion) {
        Long headerVersion = ifMatch == null || ifMatch.isBlank() ? null : parseIfMatch(ifMatch);
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw Problems.invalidBody("version", "differs from the If-Match header (" + headerVersion + ")");
        }
        Long version = headerVersion != null ? headerVersion : bodyVersion;
        if (version == null) {
            throw Problems.invalidBody("version", "is required: send the version you read, in the body or as If-Match");
        }
        return version;
    }

    /** A 409 when the stored record is no longer the one the client read. */
    public static void check(BaseEntity entity, long expected) {
        if (entity.version != expected) {
            throw Problems.versionConflict(expected, entity.version);
        }
    }

    private static long parseIfMatch(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            throw Problems.invalid("If-Match", "header", "must be a strong ETag as returned by GET, e.g. \"3\"");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Problems.invalid("If-Match", "header", "must be the ETag returned by GET, e.g. \"3\"");
        }
    }
}
