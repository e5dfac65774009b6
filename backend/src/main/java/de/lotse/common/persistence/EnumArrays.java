package de.lotse.common.persistence;

import java.util.Collection;
import java.util.List;

/**
 * Sets of enum values are stored as {@code varchar[]} holding the constant names. Entities keep
 * them as {@code List<String>}: Hibernate reads enum arrays well but binds an enum parameter of
 * {@code array_contains} by ordinal, which PostgreSQL cannot compare with text.
 */
public final class EnumArrays {

    private EnumArrays() {
    }

    /** The distinct names, in the order given; empty for null. */
    public static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).distinct().toList();
    }

    public static <E extends Enum<E>> List<E> values(List<String> names, Class<E> type) {
        return names == null ? List.of() : names.stream().map(name -> Enum.valueOf(type, name)).toList();
    }

    /** A filter value for {@code array_contains}: the constant's name, or null for "any". */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
