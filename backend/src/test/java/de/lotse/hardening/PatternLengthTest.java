package de.lotse.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PatternLengthTest {

    @Test
    void longestMatchOfBoundedPatterns() {
        assertEquals(2, PatternLength.longestMatch("^[A-Z]{2}$"));
        assertEquals(16, PatternLength.longestMatch("^-?\\d{1,12}\\.\\d{2}$"));
        assertEquals(16, PatternLength.longestMatch("^-?\\d{1,12}(\\.\\d{1,2})?$"));
        assertEquals(6, PatternLength.longestMatch("^(?:ab|[\\]x]{3})c{2}d?$"));
    }

    @Test
    void nothingForUnboundedOrUnanchoredPatterns() {
        assertNull(PatternLength.longestMatch("\\S"));
        assertNull(PatternLength.longestMatch("^\\S+$"));
        assertNull(PatternLength.longestMatch("^a{2,}$"));
        assertNull(PatternLength.longestMatch("^.*$"));
        assertNull(PatternLength.longestMatch("[a-f0-9]{8}"));
    }
}
