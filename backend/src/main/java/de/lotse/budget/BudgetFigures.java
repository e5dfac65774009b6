package de.lotse.budget;

import de.lotse.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Planned and actual totals of cost and of funding for one slice of a budget summary, summed
 * exactly in {@link BigDecimal} from the database's grouped sums, and the figures derived from
 * them: the city's remaining cost (Eigenanteil) and the funding rate (Förderquote).
 */
final class BudgetFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    BigDecimal plannedCost = Money.ZERO;
    BigDecimal actualCost = Money.ZERO;
    BigDecimal plannedFunding = Money.ZERO;
    BigDecimal actualFunding = Money.ZERO;

    /** Adds one grouped sum; a null actual sum (no actual amounts recorded) counts as zero. */
    void add(BudgetKind kind, BigDecimal planned, BigDecimal actual) {
        BigDecimal p = planned == null ? Money.ZERO : planned;
        BigDecimal a = actual == null ? Money.ZERO : actual;
        if (kind == BudgetKind.COST) {
            plannedCost = plannedCost.add(p);
            actualCost = actualCost.add(a);
        } else {
            plannedFunding = plannedFunding.add(p);
            actualFunding = actualFunding.add(a);
        }
    }

    /** Planned cost minus planned funding: what the city pays itself. */
    BigDecimal remainingCost() {
        return plannedCost.subtract(plannedFunding);
    }

    BigDecimal actualRemainingCost() {
        return actualCost.subtract(actualFunding);
    }

    /** Planned funding as a percentage of planned cost, two decimals, half up; null without cost. */
    BigDecimal fundingRate() {
        if (plannedCost.signum() == 0) {
            return null;
        }
        return plannedFunding.multiply(HUNDRED).divide(plannedCost, 2, RoundingMode.HALF_UP);
    }
}
