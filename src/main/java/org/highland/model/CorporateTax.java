package org.highland.model;

import org.highland.model.spec.TaxSpec;

/**
 * Corporate income tax of the firms (Enterprise Income Tax Law 2008): 25 %, 15 % for certified
 * high-tech enterprises, on operating profit less R&D spend less the extra R&D deductions in
 * force ({@code rd-super-deduction}); losses carry forward 5 years, 10 for high-tech enterprises
 * from 2018 (Caishui [2018] No. 76). The sector operating margin is read as pre-tax. Settled
 * monthly on the year to date ({@link TaxPosition}); a loss-making firm pays nothing and gets no
 * cash for its deductions: they enlarge the loss it carries forward.
 */
public final class CorporateTax {
    private final TaxSpec spec;
    /**
     * Length of every firm's ring of loss vintages ({@link TaxPosition}): one longer than the
     * longest carry-forward, the same for all firms of a run, so no firm stores it.
     */
    private final int lossRingLength;
    /** The marginal rates: the standard one, then that of certified high-tech enterprises. */
    private final double[] rates;

    public CorporateTax(TaxSpec spec) {
        this.spec = spec;
        this.lossRingLength = Math.max(1, spec.maxCarryYears()) + 1;
        this.rates = new double[] {spec.corporateRate(), spec.hightechRate()};
        if (lossRingLength > Integer.SIZE - 1) {
            // A firm keeps the set of vintages it holds as bits of an int.
            throw new IllegalArgumentException("loss carry-forward of " + spec.maxCarryYears() + " years exceeds 30");
        }
    }

    /** The firm's marginal rate on profit this year. */
    public double rate(Enterprise firm) {
        // Read from a table, not chosen by a test: a firm's status is as good as a coin toss to
        // the processor, whose mispredictions of that test cost more than the table's load.
        return rates[firm.hightech ? 1 : 0];
    }

    /** Years a loss may be carried into {@code year} by this firm (its status when the year opens). */
    int carryYears(Enterprise firm, int year) {
        double years = firm.hightech && year >= spec.hightechLongCarryFromYear()
                ? spec.hightechLossCarryYears() : spec.lossCarryYears();
        return (int) Math.round(years);
    }

    /**
     * Settles the firm's month: adds its profit (operating profit less R&D) and the extra
     * deduction on its R&D ({@code extraShare} per yuan, the lever of its region and sector), and
     * returns the tax due this month (negative: refunded). The tax foregone through the extra
     * deduction is added to {@code foregoneBySector}.
     */
    double settleMonth(Enterprise firm, double operatingProfit, double rd, double extraShare, double[] foregoneBySector) {
        return firm.tax().accrue(operatingProfit - rd, extraShare * rd, rate(firm), foregoneBySector, firm.sector.ordinal());
    }

    /** January: the past tax year closes and the new one opens. */
    void closeYear(Enterprise firm, int closedYear) {
        firm.tax().closeYear(closedYear, carryYears(firm, closedYear + 1), lossRingLength);
    }

    /**
     * Share of a yuan of R&D the firm really bears after corporate income tax: with taxable profit
     * each yuan of R&D saves its marginal rate on the yuan and on the extra deduction, so the share
     * is 1 - rate x (1 + extra deduction share); a firm without taxable profit bears the whole yuan
     * now (its deduction only enlarges the loss it carries forward, whose value is ignored here).
     */
    public double afterTaxCostFactor(Enterprise firm) {
        if (!firm.tax().hasTaxableProfit()) {
            return 1.0;
        }
        double extraShare = firm.region.levers.rdExtraDeduction[firm.sector.ordinal()];
        return Math.max(0.0, 1.0 - rate(firm) * (1.0 + extraShare));
    }

    /** Length of the firms' rings of loss vintages. */
    int lossRingLength() {
        return lossRingLength;
    }

    public TaxSpec spec() {
        return spec;
    }
}
