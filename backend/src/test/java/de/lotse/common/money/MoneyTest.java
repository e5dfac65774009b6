package de.lotse.common.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The wire form of money, without the application: strings with two decimals, both ways. */
class MoneyTest {

    record Amount(@MoneyJson BigDecimal amount) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesExactlyTwoDecimalsAsAString() throws Exception {
        assertEquals("{\"amount\":\"63000.00\"}", mapper.writeValueAsString(new Amount(new BigDecimal("63000"))));
        assertEquals("{\"amount\":\"0.50\"}", mapper.writeValueAsString(new Amount(new BigDecimal("0.5"))));
        assertEquals("{\"amount\":\"1000.00\"}", mapper.writeValueAsString(new Amount(new BigDecimal("1E+3"))));
        assertEquals("{\"amount\":null}", mapper.writeValueAsString(new Amount(null)));
    }

    @Test
    void readsStringsWithAtMostTwoDecimals() throws Exception {
        assertEquals(new BigDecimal("63000.00"), mapper.readValue("{\"amount\":\"63000\"}", Amount.class).amount());
        assertEquals(new BigDecimal("12.50"), mapper.readValue("{\"amount\":\"12.5\"}", Amount.class).amount());
        assertEquals(new BigDecimal("-5.00"), mapper.readValue("{\"amount\":\"-5\"}", Amount.class).amount());
        assertEquals(new BigDecimal("999999999999.99"),
                mapper.readValue("{\"amount\":\"999999999999.99\"}", Amount.class).amount());
        assertNull(mapper.readValue("{\"amount\":null}", Amount.class).amount());
    }

    @Test
    void rejectsNumbersAndMalformedStringsNamingTheProperty() {
        for (String body : new String[] {"{\"amount\":12.5}", "{\"amount\":12}", "{\"amount\":\"12.345\"}",
                "{\"amount\":\"1e3\"}", "{\"amount\":\" 12.00\"}", "{\"amount\":\"12,50\"}", "{\"amount\":\"\"}",
                "{\"amount\":\"1234567890123\"}", "{\"amount\":\"12.\"}", "{\"amount\":true}", "{\"amount\":[\"1.00\"]}"}) {
            InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue(body, Amount.class), body);
            assertEquals("amount", e.getPath().get(e.getPath().size() - 1).getFieldName(), body);
            assertEquals(BigDecimal.class, e.getTargetType(), body);
        }
    }

    @Test
    void neverRoundsSilently() {
        assertThrows(ArithmeticException.class, () -> Money.format(new BigDecimal("0.001")));
    }
}
