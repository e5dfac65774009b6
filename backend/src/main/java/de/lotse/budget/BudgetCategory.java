package de.lotse.budget;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a budget line is for. Cost categories: personnel, material, rent, events, trainings;
 * funding categories: state grant, foundation, the city's own budget; {@link #OTHER} fits both.
 * The same rule is a CHECK in the database ({@code ck_budget_lines_category_kind}).
 */
public enum BudgetCategory {
    PERSONNEL(BudgetKind.COST),
    MATERIAL(BudgetKind.COST),
    RENT(BudgetKind.COST),
    EVENTS(BudgetKind.COST),
    TRAINING(BudgetKind.COST),
    STATE_GRANT(BudgetKind.FUNDING),
    FOUNDATION(BudgetKind.FUNDING),
    CITY_BUDGET(BudgetKind.FUNDING),
    OTHER(BudgetKind.COST, BudgetKind.FUNDING);

    private final Set<BudgetKind> kinds;

    BudgetCategory(BudgetKind first, BudgetKind... more) {
        this.kinds = EnumSet.of(first, more);
    }

    public boolean fits(BudgetKind kind) {
        return kinds.contains(kind);
    }

    /** The categories a line of this kind may have, comma-separated, in declaration order. */
    public static String allowedFor(BudgetKind kind) {
        return Arrays.stream(values()).filter(c -> c.fits(kind)).map(Enum::name).collect(Collectors.joining(", "));
    }
}
