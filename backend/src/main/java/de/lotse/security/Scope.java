package de.lotse.security;

import java.util.Arrays;
import java.util.Optional;

/** OAuth scopes of the city's other tools (client-credentials clients), as they appear in the token. */
public enum Scope {
    READ("lotse.read"), WRITE("lotse.write"), STATISTICS("lotse.statistics"), PERSONAL_DATA("lotse.personal-data");

    public final String claim;

    Scope(String claim) {
        this.claim = claim;
    }

    /** The matrix's short name: read, write, statistics, personal-data. */
    public String shortName() {
        return claim.substring("lotse.".length());
    }

    static Optional<Scope> fromClaim(String value) {
        return Arrays.stream(values()).filter(s -> s.claim.equals(value)).findFirst();
    }

    static Scope fromShortName(String value) {
        return Arrays.stream(values()).filter(s -> s.shortName().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Access matrix: unknown scope '" + value + "'"));
    }
}
