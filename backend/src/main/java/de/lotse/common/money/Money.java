package de.lotse.common.money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money in EUR: exact {@link BigDecimal}s with two decimals. A float never holds
 * money, and a JSON number never carries it: JSON parsers in many languages read numbers as
 * binary floats, so the wire format is a string.
 */
public final class Money {

    /** Decimals of every amount, as in {@code numeric(14,2)}. */
    public static final int SCALE = 2;

    /**
     * What a client may send: an optional minus, 1 to 12 integer digits, optionally a point and
     * one or two decimals ({@code "63000"}, {@code "63000.5"}, {@code "63000.00"}). Twelve integer
     * digits are what {@code numeric(14,2)} holds.
     */
    public static final String PATTERN = "^-?\\d{1,12}(\\.\\d{1,2})?$";

    /** What the API writes: always exactly two decimals. */
    public static final String WRITTEN_PATTERN = "^-?\\d{1,12}\\.\\d{2}$";

    /** The example the contract shows: WiL's state grant in report 167/15. */
    public static final String EXAMPLE = "63000.00";

    private static final java.util.regex.Pattern ACCEPTED = java.util.regex.Pattern.compile(PATTERN);

    private Money() {
    }

    /** Zero with two decimals. */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    /**
     * The amount with exactly two decimals. Never rounds: an amount with more decimals is a
     * programming error, not something to hide (throws {@link ArithmeticException}).
     */
    public static BigDecimal normalise(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** The wire form, e.g. {@code "63000.00"}; never exponent notation. */
    public static String format(BigDecimal amount) {
        return normalise(amount).toPlainString();
    }

    /**
     * Parses the wire form.
     *
     * @throws IllegalArgumentException when {@code text} does not match {@link #PATTERN}
     */
    public static BigDecimal parse(String text) {
        if (text == null || !ACCEPTED.matcher(text).matches()) {
            throw new IllegalArgumentException("not an amount of money: at most 12 digits and 2 decimals, as a string");
        }
        return new BigDecimal(text).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Writes a {@code BigDecimal} as a JSON string with exactly two decimals: {@code "63000.00"}. */
    public static final class Serializer extends StdSerializer<BigDecimal> {

        public Serializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(value));
        }
    }

    /**
     * Reads money only from a JSON string matching {@link #PATTERN}. A JSON number ({@code 12.5}),
     * a third decimal ({@code "12.345"}) or anything else is an {@link InvalidFormatException},
     * which the problem mapping turns into a 400 naming the property. JSON {@code null} stays null
     * (Jackson handles it before calling this), so {@code @NotNull} decides whether it is allowed.
     */
    public static final class Deserializer extends StdDeserializer<BigDecimal> {

        public Deserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                try {
                    return parse(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(parser,
                            "An amount of money is a string with at most 12 digits and 2 decimals", text, BigDecimal.class);
                }
            }
            throw InvalidFormatException.from(parser,
                    "An amount of money is a JSON string such as \"63000.00\", never a JSON number",
                    parser.currentToken() == null ? null : parser.getText(), BigDecimal.class);
        }
    }
}
