/**
 * Money on the wire (API.md): an amount in EUR is a JSON string with two decimals,
 * {@code "63000.00"}, never a JSON number, held as {@link java.math.BigDecimal} in Java and as
 * {@code numeric(14,2)} in SQL. Annotate a {@code BigDecimal} record component with
 * {@link de.lotse.common.money.MoneyJson} for the JSON side, and give it
 * {@code @Schema(type = SchemaType.STRING, pattern = Money.PATTERN, example = Money.EXAMPLE)} so the
 * contract says the same.
 */
package de.lotse.common.money;
