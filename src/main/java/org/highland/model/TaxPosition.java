package org.highland.model;

/**
 * One firm's corporate income tax position: the year to date and the losses it carries forward.
 * Tax is settled monthly on the year-to-date position, like China's quarterly prepayment on
 * cumulative actual profit with its annual true-up: this year's tax to date is
 * rate x max(0, taxable profit to date - usable losses), and a month pays the change (a refund
 * when a later loss undoes an earlier profit). In January the past year closes: its profit uses
 * up the oldest losses first, or its loss becomes a new vintage; vintages past their
 * carry-forward expire.
 * <p>
 * {@link Enterprise} extends it, so a firm's tax fields sit in the firm's own object: settling
 * a month then reads one object per firm, not two.
 */
public class TaxPosition {
    /**
     * Loss vintages, index = tax year mod length. At a year's close the ring holds that year and
     * the longest carry-forward before it, so it is one longer than the longest carry-forward.
     * Made at the firm's first loss year: a firm that never closes a year at a loss carries no
     * losses and needs no ring (its sums are the same zeros without it).
     */
    private double[] lossByYear;
    private final int ringLength;
    /** Part of the losses carried that came from extra R&D deductions (for the tax-expenditure account). */
    private double extraInLosses;
    double taxableToDate;
    double extraDeductionToDate;
    double taxToDate;
    double foregoneToDate;
    /** Taxable profit of the last closed year after losses (negative: its loss). */
    double lastYearTaxable;
    /** Losses usable this year (set when the year opens). */
    double usableLosses;
    /** Tax foregone through extra deductions in the last {@link #accrue} (negative: clawed back). */
    double lastForegone;

    public TaxPosition(int maxCarryYears) {
        this.ringLength = Math.max(1, maxCarryYears) + 1;
    }

    /**
     * Adds a month's profit before the extra deduction and the extra deduction itself; returns the
     * tax due this month (negative: refunded) and leaves the tax foregone this month through the
     * extra deduction in {@link #lastForegone}.
     */
    double accrue(double profit, double extraDeduction, double rate) {
        taxableToDate += profit - extraDeduction;
        extraDeductionToDate += extraDeduction;
        double due = rate * Math.max(0, taxableToDate - usableLosses);
        // Without the extra deductions (this year's and those carried in the losses) the firm
        // would have owed this much.
        double usableWithout = usableLosses - Math.min(usableLosses, extraInLosses);
        double dueWithout = rate * Math.max(0, taxableToDate + extraDeductionToDate - usableWithout);
        double tax = due - taxToDate;
        taxToDate = due;
        double foregone = dueWithout - due;
        lastForegone = foregone - foregoneToDate;
        foregoneToDate = foregone;
        return tax;
    }

    /**
     * Closes tax year {@code year} and opens the next, in which losses of up to
     * {@code carryYears} years before are usable.
     */
    void closeYear(int year, int carryYears) {
        int n = ringLength;
        double carried = totalLosses();
        if (taxableToDate >= 0) {
            double used = Math.min(taxableToDate, carried);
            useOldestFirst(year, used);
            lastYearTaxable = taxableToDate - used;
            scaleExtra(carried, carried - used);
        } else {
            double loss = -taxableToDate;
            if (lossByYear == null) {
                lossByYear = new double[n];
            }
            lossByYear[Math.floorMod(year, n)] = loss;
            extraInLosses += Math.min(loss, extraDeductionToDate);
            lastYearTaxable = taxableToDate;
        }
        // Next year may use losses of years year+1-carryYears .. year; older ones expire.
        double before = totalLosses();
        for (int age = carryYears; age < n && lossByYear != null; age++) {
            lossByYear[Math.floorMod(year - age, n)] = 0;
        }
        usableLosses = totalLosses();
        scaleExtra(before, usableLosses);
        taxableToDate = 0;
        extraDeductionToDate = 0;
        taxToDate = 0;
        foregoneToDate = 0;
    }

    private void useOldestFirst(int year, double amount) {
        int n = ringLength;
        for (int age = n - 1; age >= 1 && amount > 0; age--) {
            int i = Math.floorMod(year - age, n);
            double take = Math.min(amount, lossByYear[i]);
            lossByYear[i] -= take;
            amount -= take;
        }
    }

    /** Extra deductions leave the carried losses in proportion as the losses are used or expire. */
    private void scaleExtra(double before, double after) {
        extraInLosses = before > 0 ? extraInLosses * after / before : 0;
    }

    /** Losses carried forward, million yuan. */
    public double totalLosses() {
        double total = 0;
        if (lossByYear == null) {
            return total;
        }
        for (double v : lossByYear) {
            total += v;
        }
        return total;
    }

    /** Taxable profit so far this year, after extra deductions, before losses carried. */
    public double taxableToDate() {
        return taxableToDate;
    }

    /** Corporate income tax paid so far this year. */
    public double taxToDate() {
        return taxToDate;
    }

    /** True when the firm's last closed year or this year so far shows taxable profit after losses. */
    public boolean hasTaxableProfit() {
        return lastYearTaxable > 0 || taxableToDate > usableLosses;
    }
}
