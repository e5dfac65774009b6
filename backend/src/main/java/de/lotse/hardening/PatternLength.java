package de.lotse.hardening;

/**
 * The longest string an anchored regular expression matches, for simple patterns such as
 * {@code ^-?\d{1,12}\.\d{2}$} or {@code ^[A-Z]{2}$}: literals, escapes, character classes,
 * groups with alternatives, and the quantifiers {@code ?}, {@code {n}} and {@code {n,m}}.
 * Anything unbounded or unrecognised gives null.
 */
final class PatternLength {

    private final String pattern;
    private int at;

    private PatternLength(String pattern) {
        this.pattern = pattern;
    }

    static Integer longestMatch(String pattern) {
        if (pattern == null || pattern.length() < 2 || !pattern.startsWith("^") || !pattern.endsWith("$")) {
            return null;
        }
        PatternLength parser = new PatternLength(pattern.substring(1, pattern.length() - 1));
        try {
            long length = parser.alternatives();
            return parser.at == parser.pattern.length() && length <= Integer.MAX_VALUE ? (int) length : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private long alternatives() {
        long longest = sequence();
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private long sequence() {
        long length = 0;
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            length += atom() * quantifier();
        }
        return length;
    }

    private long atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '\\' -> {
                at++;
                return 1;
            }
            case '[' -> {
                while (pattern.charAt(at) != ']' || pattern.charAt(at - 1) == '[') {
                    at += pattern.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
                return 1;
            }
            case '(' -> {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                }
                long inner = alternatives();
                if (pattern.charAt(at++) != ')') {
                    throw new IllegalArgumentException(pattern);
                }
                return inner;
            }
            case '*', '+', '^', '$', '{', '?' -> throw new IllegalArgumentException(pattern);
            default -> {
                return 1;
            }
        }
    }

    private long quantifier() {
        if (at >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(at);
        if (c == '?') {
            at++;
            return 1;
        }
        if (c == '*' || c == '+') {
            throw new IllegalArgumentException(pattern);
        }
        if (c != '{') {
            return 1;
        }
        int end = pattern.indexOf('}', at);
        String[] bounds = pattern.substring(at + 1, end).split(",", -1);
        at = end + 1;
        String max = bounds[bounds.length - 1].trim();
        if (max.isEmpty()) {
            throw new IllegalArgumentException(pattern);
        }
        return Long.parseLong(max);
    }
}
