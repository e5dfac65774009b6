package de.lotse.security;

/** What the access matrix grants a caller for one operation, weakest first. */
public enum Access {
    DENY, OWN, ALLOW;

    static Access parse(String cell) {
        return switch (cell.trim()) {
            case "allow" -> ALLOW;
            case "own" -> OWN;
            case "deny" -> DENY;
            default -> throw new IllegalArgumentException("Access matrix: unknown cell '" + cell + "' (allow, own or deny)");
        };
    }

    Access max(Access other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
