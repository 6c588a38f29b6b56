package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The corporate income tax of one firm: year to date, extra deductions and the losses carried. */
class TaxPositionTest {
    private static final double RATE = 0.25;
    /** Ring of loss vintages for a longest carry-forward of 10 years. */
    private static final int RING = 11;

    @Test
    void aLossMakingFirmPaysNothingGetsNoCashAndCarriesItsDeductionForward() {
        TaxPosition with = new TaxPosition();
        TaxPosition without = new TaxPosition();
        double[] foregone = new double[1];
        // A month with 10 M yuan of loss after 20 M yuan of R&D; 75 % extra deduction = 15 M.
        double taxWith = with.accrue(-10, 15, RATE, foregone, 0);
        double taxWithout = without.accrue(-10, 0, RATE, new double[1], 0);
        assertEquals(0.0, taxWith, "no tax, and no negative tax (cash) for a loss-maker");
        assertEquals(taxWithout, taxWith, "the deduction pays the loss-maker nothing now");
        assertEquals(0.0, foregone[0], "no tax is foregone this year");
        with.closeYear(2018, 5, RING);
        without.closeYear(2018, 5, RING);
        assertEquals(10.0, without.totalLosses(), 1e-12);
        assertEquals(25.0, with.totalLosses(), 1e-12, "the extra deduction enlarges the loss carried");
        // Next year's profit of 40: the larger loss carried saves tax then.
        assertEquals(RATE * 30, without.accrue(40, 0, RATE, new double[1], 0), 1e-12);
        assertEquals(RATE * 15, with.accrue(40, 0, RATE, foregone, 0), 1e-12);
        assertEquals(RATE * 15, foregone[0], 1e-12, "the carried deduction is foregone tax when used");
    }

    @Test
    void aProfitableFirmPaysLessWithTheDeductionAndTheDifferenceIsForegone() {
        TaxPosition with = new TaxPosition();
        TaxPosition without = new TaxPosition();
        double[] foregone = {0, 0};
        double a = without.accrue(100, 0, RATE, new double[1], 0);
        double b = with.accrue(100, 15, RATE, foregone, 1);
        assertEquals(25.0, a, 1e-12);
        assertEquals(RATE * 85, b, 1e-12);
        assertTrue(b < a);
        assertEquals(a - b, foregone[1], 1e-12, "added to its slot");
        assertEquals(0.0, foregone[0], "and to no other");
    }

    @Test
    void taxIsSettledOnTheYearToDateSoALaterLossIsRefundedWithinTheYear() {
        TaxPosition p = new TaxPosition();
        double paid = p.accrue(40, 0, RATE, new double[1], 0) + p.accrue(-30, 0, RATE, new double[1], 0);
        assertEquals(RATE * 10, paid, 1e-12);
        paid += p.accrue(-20, 0, RATE, new double[1], 0);
        assertEquals(0.0, paid, 1e-12, "a year that ends in loss pays nothing in all");
        p.closeYear(2016, 5, RING);
        assertEquals(10.0, p.totalLosses(), 1e-12);
    }

    @Test
    void lossesUseTheOldestFirstAndExpireAfterTheirCarryForward() {
        TaxPosition p = new TaxPosition();
        p.accrue(-10, 0, RATE, new double[1], 0);
        p.closeYear(2015, 5, RING);
        p.accrue(-20, 0, RATE, new double[1], 0);
        p.closeYear(2016, 5, RING);
        p.accrue(15, 0, RATE, new double[1], 0);
        p.closeYear(2017, 5, RING);
        // 2015's 10 used up, 5 of 2016's: 15 left, all from 2016.
        assertEquals(15.0, p.totalLosses(), 1e-12);
        for (int year = 2018; year <= 2020; year++) {
            p.closeYear(year, 5, RING);
            assertEquals(15.0, p.totalLosses(), 1e-12, "2016's loss is usable through 2021");
        }
        p.closeYear(2021, 5, RING);
        assertEquals(0.0, p.totalLosses(), 1e-12, "2016's loss expires after five years");
        TaxPosition hightech = new TaxPosition();
        hightech.accrue(-20, 0, RATE, new double[1], 0);
        hightech.closeYear(2016, 10, RING);
        for (int year = 2017; year <= 2025; year++) {
            hightech.closeYear(year, 10, RING);
        }
        assertEquals(20.0, hightech.totalLosses(), 1e-12, "a high-tech firm carries 2016's loss through 2026");
        hightech.closeYear(2026, 10, RING);
        assertEquals(0.0, hightech.totalLosses(), 1e-12);
    }

    /**
     * The sparse vintages give the sums of a full ring bit for bit: random years of profit and
     * loss (several vintages at once, wrapping round the ring, the carry-forward switching
     * between 5 and 10 years) against the ring every firm used to hold.
     */
    @Test
    void theSparseVintagesAddUpLikeTheFullRingBitForBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20151);
        for (int firm = 0; firm < 200; firm++) {
            TaxPosition sparse = new TaxPosition();
            FullRing ring = new FullRing(RING);
            double[] foregoneSparse = new double[1];
            double[] foregoneRing = new double[1];
            for (int year = 2015; year < 2060; year++) {
                for (int month = 0; month < 12; month++) {
                    double profit = (random.nextDouble() - 0.6) * 10 * (1 + firm % 7);
                    double extra = random.nextDouble() < 0.3 ? random.nextDouble() * 3 : 0;
                    double a = sparse.accrue(profit, extra, RATE, foregoneSparse, 0);
                    double b = ring.accrue(profit, extra, RATE);
                    foregoneRing[0] += ring.lastForegone;
                    assertEquals(Double.doubleToRawLongBits(b), Double.doubleToRawLongBits(a), "tax of firm " + firm + " in " + year);
                }
                int carry = random.nextDouble() < 0.5 ? 5 : 10;
                sparse.closeYear(year, carry, RING);
                ring.closeYear(year, carry);
                assertEquals(Double.doubleToRawLongBits(ring.totalLosses()), Double.doubleToRawLongBits(sparse.totalLosses()),
                        "losses of firm " + firm + " after " + year);
                assertEquals(Double.doubleToRawLongBits(ring.usableLosses), Double.doubleToRawLongBits(sparse.usableLosses()));
                assertEquals(Double.doubleToRawLongBits(ring.lastYearTaxable), Double.doubleToRawLongBits(sparse.lastYearTaxable));
            }
            assertEquals(Double.doubleToRawLongBits(foregoneRing[0]), Double.doubleToRawLongBits(foregoneSparse[0]));
        }
    }

    /** The full ring of loss vintages every firm held before, as it was: the reference. */
    private static final class FullRing {
        private double[] lossByYear;
        private final int ringLength;
        private double extraInLosses;
        double taxableToDate;
        double extraDeductionToDate;
        double taxToDate;
        double foregoneToDate;
        double lastYearTaxable;
        double usableLosses;
        double lastForegone;

        FullRing(int ringLength) {
            this.ringLength = ringLength;
        }

        double accrue(double profit, double extraDeduction, double rate) {
            taxableToDate += profit - extraDeduction;
            extraDeductionToDate += extraDeduction;
            double due = rate * Math.max(0, taxableToDate - usableLosses);
            double usableWithout = usableLosses - Math.min(usableLosses, extraInLosses);
            double dueWithout = rate * Math.max(0, taxableToDate + extraDeductionToDate - usableWithout);
            double tax = due - taxToDate;
            taxToDate = due;
            double foregone = dueWithout - due;
            lastForegone = foregone - foregoneToDate;
            foregoneToDate = foregone;
            return tax;
        }

        void closeYear(int year, int carryYears) {
            int n = ringLength;
            double carried = totalLosses();
            if (taxableToDate >= 0) {
                double used = Math.min(taxableToDate, carried);
                double amount = used;
                for (int age = n - 1; age >= 1 && amount > 0; age--) {
                    int i = Math.floorMod(year - age, n);
                    double take = Math.min(amount, lossByYear[i]);
                    lossByYear[i] -= take;
                    amount -= take;
                }
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

        private void scaleExtra(double before, double after) {
            extraInLosses = before > 0 ? extraInLosses * after / before : 0;
        }

        double totalLosses() {
            double total = 0;
            if (lossByYear == null) {
                return total;
            }
            for (double v : lossByYear) {
                total += v;
            }
            return total;
        }
    }
}
