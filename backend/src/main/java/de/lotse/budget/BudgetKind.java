package de.lotse.budget;

/** Whether a budget line is money spent (Kosten) or money received (Förderung, Zuschuss). */
public enum BudgetKind {
    COST, FUNDING
}
