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
public class TaxPosition implements Cloneable {
    /** Entries of {@link #losses} before the held amounts: the set of ring indices held. */
    private static final int HEAD = 1;
    /**
     * Loss vintages: conceptually a ring indexed by tax year mod its length n (one longer than
     * the longest carry-forward, {@link CorporateTax}), so at a year's close it holds that year
     * and the longest carry-forward before it. Stored sparsely, since most firms carry no loss
     * and many loss-makers only a few vintages: element 0 holds the set of ring indices held
     * (bit i: index i, as a double), then the amounts of the held indices in ascending index
     * order (zeros after them if the array is longer), so a sum in array order adds the same
     * numbers in the same order as a sum over the whole ring (the ring's other entries are
     * zeros, which change no sum). A vintage used up or expired leaves the array; null while no
     * loss is carried. Only the year's close reads it: the month reads {@link #usableLosses}.
     */
    private double[] losses;
    /**
     * The losses usable this year and the part of the carried losses that came from extra R&D
     * deductions (for the tax-expenditure account), set when the year opens; zero while no loss
     * is carried. Kept in the firm, not with the vintages, although only loss-makers need them:
     * every month's accrual reads them, and a fifth of the firms carry losses, whose arrays lie
     * elsewhere in memory (reading them cost a twentieth of a full-scale replication).
     */
    private double usableLosses;
    private double extraInLosses;
    double taxableToDate;
    double extraDeductionToDate;
    double taxToDate;
    double foregoneToDate;
    /** Taxable profit of the last closed year after losses (negative: its loss). */
    double lastYearTaxable;

    /** After a copy of the firm ({@link Enterprise#compactCopy}): its own loss vintages, allocated now. */
    void copyLossVintages() {
        if (losses != null) {
            losses = losses.clone();
        }
    }

    /**
     * Adds a month's profit before the extra deduction and the extra deduction itself; returns the
     * tax due this month (negative: refunded) and adds the tax foregone this month through the
     * extra deduction (negative: clawed back) to {@code foregone[slot]}.
     */
    double accrue(double profit, double extraDeduction, double rate, double[] foregone, int slot) {
        taxableToDate += profit - extraDeduction;
        extraDeductionToDate += extraDeduction;
        double due = rate * Math.max(0, taxableToDate - usableLosses);
        // Without the extra deductions (this year's and those carried in the losses) the firm
        // would have owed this much.
        double usableWithout = usableLosses - Math.min(usableLosses, extraInLosses);
        double dueWithout = rate * Math.max(0, taxableToDate + extraDeductionToDate - usableWithout);
        double tax = due - taxToDate;
        taxToDate = due;
        double foregoneNow = dueWithout - due;
        foregone[slot] += foregoneNow - foregoneToDate;
        foregoneToDate = foregoneNow;
        return tax;
    }

    /**
     * Closes tax year {@code year} and opens the next, in which losses of up to
     * {@code carryYears} years before are usable; {@code ringLength} is the length of the ring of
     * vintages, more than the longest carry-forward.
     */
    void closeYear(int year, int carryYears, int ringLength) {
        int n = ringLength;
        double carried = totalLosses();
        double extraInLosses = this.extraInLosses;
        if (taxableToDate >= 0) {
            double used = Math.min(taxableToDate, carried);
            useOldestFirst(year, used, n);
            lastYearTaxable = taxableToDate - used;
            extraInLosses = scaleExtra(extraInLosses, carried, carried - used);
        } else {
            double loss = -taxableToDate;
            put(Math.floorMod(year, n), loss);
            extraInLosses += Math.min(loss, extraDeductionToDate);
            lastYearTaxable = taxableToDate;
        }
        // Next year may use losses of years year+1-carryYears .. year; older ones expire.
        double before = totalLosses();
        for (int age = carryYears; age < n && losses != null; age++) {
            put(Math.floorMod(year - age, n), 0);
        }
        double usable = totalLosses();
        extraInLosses = scaleExtra(extraInLosses, before, usable);
        // Both are zero when no loss is carried: the extra part of no losses is 0.
        this.usableLosses = losses == null ? 0 : usable;
        this.extraInLosses = losses == null ? 0 : extraInLosses;
        taxableToDate = 0;
        extraDeductionToDate = 0;
        taxToDate = 0;
        foregoneToDate = 0;
    }

    private void useOldestFirst(int year, double amount, int n) {
        for (int age = n - 1; age >= 1 && amount > 0 && losses != null; age--) {
            int index = Math.floorMod(year - age, n);
            int held = (int) losses[0];
            if ((held & (1 << index)) == 0) {
                // The ring's zero: min(amount, 0) = 0 is taken, which changes nothing.
                continue;
            }
            double loss = losses[slot(held, index)];
            double take = Math.min(amount, loss);
            put(index, loss - take);
            amount -= take;
        }
    }

    /** Where ring index {@code index} is (or would go) among the held amounts. */
    private static int slot(int held, int index) {
        return HEAD + Integer.bitCount(held & ((1 << index) - 1));
    }

    /**
     * Sets ring index {@code index} to {@code amount}: a zero leaves the array (a zero adds
     * nothing to a sum of losses, none of which is negative, and takes nothing from a use), a new
     * vintage is inserted in index order. The array grows by one when full and keeps its length
     * as vintages leave until the last one does (so a firm that carries losses year after year
     * allocates only when it carries more vintages than ever before).
     */
    private void put(int index, double amount) {
        int held = losses == null ? 0 : (int) losses[0];
        int bit = 1 << index;
        int end = HEAD + Integer.bitCount(held);
        int at = slot(held, index);
        if ((held & bit) != 0) {
            if (amount != 0) {
                losses[at] = amount;
            } else if (end == HEAD + 1) {
                losses = null;
            } else {
                System.arraycopy(losses, at + 1, losses, at, end - at - 1);
                losses[end - 1] = 0;
                losses[0] = held & ~bit;
            }
        } else if (amount != 0) {
            if (losses == null) {
                losses = new double[HEAD + 1];
            } else if (losses.length == end) {
                double[] more = new double[end + 1];
                System.arraycopy(losses, 0, more, 0, end);
                losses = more;
            }
            System.arraycopy(losses, at, losses, at + 1, end - at);
            losses[at] = amount;
            losses[0] = held | bit;
        }
    }

    /** Extra deductions leave the carried losses in proportion as the losses are used or expire. */
    private static double scaleExtra(double extraInLosses, double before, double after) {
        return before > 0 ? extraInLosses * after / before : 0;
    }

    /** Losses usable this year, million yuan (set when the year opens). */
    double usableLosses() {
        return usableLosses;
    }

    /** Losses carried forward, million yuan. */
    public double totalLosses() {
        double total = 0;
        if (losses == null) {
            return total;
        }
        int end = HEAD + Integer.bitCount((int) losses[0]);
        for (int i = HEAD; i < end; i++) {
            total += losses[i];
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
        return lastYearTaxable > 0 || taxableToDate > usableLosses();
    }
}
