package de.lotse.common.money;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code BigDecimal} property as money: written as a JSON string with exactly two
 * decimals ({@link Money.Serializer}), read only from a JSON string of at most twelve integer
 * digits and two decimals ({@link Money.Deserializer}). Put it on the record component; the
 * OpenAPI schema is declared next to it with {@code @Schema(type = STRING, pattern = ...)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonSerialize(using = Money.Serializer.class)
@JsonDeserialize(using = Money.Deserializer.class)
public @interface MoneyJson {
}
