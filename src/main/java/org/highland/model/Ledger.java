package org.highland.model;

/**
 * Every flow of cash into or out of the firm population, million yuan, so a test can check that
 * the firms' cash changes by exactly what flowed in and out.
 */
public final class Ledger {
    public double operatingCashFlow;
    public double rdSpend;
    /** Corporate income tax paid (refunds net), million yuan. */
    public double corporateTax;
    public double subsidies;
    public double financing;
    public double entrantCash;
    public double exitCash;
    /** Prices buyers paid for distressed firms: to the targets' owners, outside the model. */
    public double acquisitionPayments;
    /** Rent paid beyond the outside rent in the margins (negative where parks are cheaper), and moves. */
    public double rentPremium;
    public double movingCosts;

    /** Net cash that should have accumulated in the living firms since the start. */
    public double net(double initialCash) {
        return initialCash + operatingCashFlow - rdSpend - corporateTax + subsidies + financing
                + entrantCash - exitCash - acquisitionPayments - rentPremium - movingCosts;
    }
}
