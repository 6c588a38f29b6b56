package org.highland.model;

/**
 * One firm's corporate income tax position: the year to date and the losses it carries forward.
 * Tax is settled monthly on the year-to-date position, like China's quarterly prepayment on
 * cumulative actual profit with its annual true-up: this year's tax to date is
 * rate x max(0, taxable profit to date - usable losses), and a month pays the change (a refund
 * when a later loss undoes an earlier profit). In January the past year closes: its profit uses
 * up the oldest losses first, or its loss becomes a new vintage; vintages past their
 * carry-forward expire.
 */
public final class TaxPosition {
    // The year to date, read and written monthly, is a block of the firm's row (FirmTable.TAX):
    // profit after extra deductions, the extra deductions, tax, tax foregone, and the losses
    // usable this year with and without the extra deductions they carry (set when the year opens).
    static final int TAXABLE_TO_DATE = 0;
    static final int EXTRA_DEDUCTION_TO_DATE = 1;
    static final int TAX_TO_DATE = 2;
    static final int FOREGONE_TO_DATE = 3;
    static final int USABLE_LOSSES = 4;
    static final int USABLE_WITHOUT_EXTRA = 5;
    static final int SIZE = 6;

    /** The firm whose row holds the year to date; null for a position of its own ({@link #own}). */
    private final Enterprise firm;
    private final double[] own;
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
    /** Taxable profit of the last closed year after losses (negative: its loss). */
    double lastYearTaxable;
    /** Tax foregone through extra deductions in the last {@link #accrue} (negative: clawed back). */
    double lastForegone;

    /** A position of its own, outside any firm. */
    public TaxPosition(int maxCarryYears) {
        this(null, maxCarryYears);
    }

    /** The position of {@code firm}, whose row holds the year to date. */
    TaxPosition(Enterprise firm, int maxCarryYears) {
        this.firm = firm;
        this.own = firm == null ? new double[SIZE] : null;
        this.ringLength = Math.max(1, maxCarryYears) + 1;
    }

    private double[] ytd() {
        return firm == null ? own : firm.table.d;
    }

    private int base() {
        return firm == null ? 0 : firm.row() * FirmTable.DOUBLES + FirmTable.TAX;
    }

    /**
     * Adds a month's profit before the extra deduction and the extra deduction itself; returns the
     * tax due this month (negative: refunded) and leaves the tax foregone this month through the
     * extra deduction in {@link #lastForegone}.
     */
    double accrue(double profit, double extraDeduction, double rate) {
        double[] d = ytd();
        int b = base();
        double foregoneBefore = d[b + FOREGONE_TO_DATE];
        double tax = accrue(d, b, profit, extraDeduction, rate);
        lastForegone = d[b + FOREGONE_TO_DATE] - foregoneBefore;
        return tax;
    }

    /**
     * {@link #accrue(double, double, double)} on the year-to-date block at {@code b} of {@code d}
     * (the firm's row), without opening the position: the tax foregone this month is the change
     * of {@code d[b + FOREGONE_TO_DATE]}.
     */
    static double accrue(double[] d, int b, double profit, double extraDeduction, double rate) {
        double taxable = d[b + TAXABLE_TO_DATE] + (profit - extraDeduction);
        double extra = d[b + EXTRA_DEDUCTION_TO_DATE] + extraDeduction;
        d[b + TAXABLE_TO_DATE] = taxable;
        d[b + EXTRA_DEDUCTION_TO_DATE] = extra;
        double due = rate * Math.max(0, taxable - d[b + USABLE_LOSSES]);
        // Without the extra deductions (this year's and those carried in the losses) the firm
        // would have owed this much.
        double dueWithout = rate * Math.max(0, taxable + extra - d[b + USABLE_WITHOUT_EXTRA]);
        double tax = due - d[b + TAX_TO_DATE];
        d[b + TAX_TO_DATE] = due;
        d[b + FOREGONE_TO_DATE] = dueWithout - due;
        return tax;
    }

    /**
     * Closes tax year {@code year} and opens the next, in which losses of up to
     * {@code carryYears} years before are usable.
     */
    void closeYear(int year, int carryYears) {
        double[] d = ytd();
        int b = base();
        double taxableToDate = d[b + TAXABLE_TO_DATE];
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
            extraInLosses += Math.min(loss, d[b + EXTRA_DEDUCTION_TO_DATE]);
            lastYearTaxable = taxableToDate;
        }
        // Next year may use losses of years year+1-carryYears .. year; older ones expire.
        double before = totalLosses();
        for (int age = carryYears; age < n && lossByYear != null; age++) {
            lossByYear[Math.floorMod(year - age, n)] = 0;
        }
        double usable = totalLosses();
        scaleExtra(before, usable);
        d[b + USABLE_LOSSES] = usable;
        d[b + USABLE_WITHOUT_EXTRA] = usable - Math.min(usable, extraInLosses);
        d[b + TAXABLE_TO_DATE] = 0;
        d[b + EXTRA_DEDUCTION_TO_DATE] = 0;
        d[b + TAX_TO_DATE] = 0;
        d[b + FOREGONE_TO_DATE] = 0;
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
        return ytd()[base() + TAXABLE_TO_DATE];
    }

    /** Corporate income tax paid so far this year. */
    public double taxToDate() {
        return ytd()[base() + TAX_TO_DATE];
    }

    /** Sets the year's taxable profit so far and the losses usable this year (a test's starting position). */
    void setYearToDate(double taxableToDate, double usableLosses) {
        double[] d = ytd();
        int b = base();
        d[b + TAXABLE_TO_DATE] = taxableToDate;
        d[b + USABLE_LOSSES] = usableLosses;
        d[b + USABLE_WITHOUT_EXTRA] = usableLosses - Math.min(usableLosses, extraInLosses);
    }

    /** True when the firm's last closed year or this year so far shows taxable profit after losses. */
    public boolean hasTaxableProfit() {
        double[] d = ytd();
        int b = base();
        return lastYearTaxable > 0 || d[b + TAXABLE_TO_DATE] > d[b + USABLE_LOSSES];
    }
}
