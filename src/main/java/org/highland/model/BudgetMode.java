package org.highland.model;

/** What happens to claims once an instrument's annual budget is spent. */
public enum BudgetMode {
    /** Claims are paid in full in arrival order until the budget is spent, then refused. */
    STOP,
    /** Each claim is scaled by last year's budget / claims ratio, then STOP applies. */
    PRORATE
}
