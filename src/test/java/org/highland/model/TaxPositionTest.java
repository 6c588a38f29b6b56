package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The corporate income tax of one firm: year to date, extra deductions and the losses carried. */
class TaxPositionTest {
    private static final double RATE = 0.25;

    @Test
    void aLossMakingFirmPaysNothingGetsNoCashAndCarriesItsDeductionForward() {
        TaxPosition with = new TaxPosition(10);
        TaxPosition without = new TaxPosition(10);
        // A month with 10 M yuan of loss after 20 M yuan of R&D; 75 % extra deduction = 15 M.
        double taxWith = with.accrue(-10, 15, RATE);
        double taxWithout = without.accrue(-10, 0, RATE);
        assertEquals(0.0, taxWith, "no tax, and no negative tax (cash) for a loss-maker");
        assertEquals(taxWithout, taxWith, "the deduction pays the loss-maker nothing now");
        assertEquals(0.0, with.lastForegone, "no tax is foregone this year");
        with.closeYear(2018, 5);
        without.closeYear(2018, 5);
        assertEquals(10.0, without.totalLosses(), 1e-12);
        assertEquals(25.0, with.totalLosses(), 1e-12, "the extra deduction enlarges the loss carried");
        // Next year's profit of 40: the larger loss carried saves tax then.
        assertEquals(RATE * 30, without.accrue(40, 0, RATE), 1e-12);
        assertEquals(RATE * 15, with.accrue(40, 0, RATE), 1e-12);
        assertEquals(RATE * 15, with.lastForegone, 1e-12, "the carried deduction is foregone tax when used");
    }

    @Test
    void aProfitableFirmPaysLessWithTheDeductionAndTheDifferenceIsForegone() {
        TaxPosition with = new TaxPosition(10);
        TaxPosition without = new TaxPosition(10);
        double a = without.accrue(100, 0, RATE);
        double b = with.accrue(100, 15, RATE);
        assertEquals(25.0, a, 1e-12);
        assertEquals(RATE * 85, b, 1e-12);
        assertTrue(b < a);
        assertEquals(a - b, with.lastForegone, 1e-12);
    }

    @Test
    void taxIsSettledOnTheYearToDateSoALaterLossIsRefundedWithinTheYear() {
        TaxPosition p = new TaxPosition(10);
        double paid = p.accrue(40, 0, RATE) + p.accrue(-30, 0, RATE);
        assertEquals(RATE * 10, paid, 1e-12);
        paid += p.accrue(-20, 0, RATE);
        assertEquals(0.0, paid, 1e-12, "a year that ends in loss pays nothing in all");
        p.closeYear(2016, 5);
        assertEquals(10.0, p.totalLosses(), 1e-12);
    }

    @Test
    void lossesUseTheOldestFirstAndExpireAfterTheirCarryForward() {
        TaxPosition p = new TaxPosition(10);
        p.accrue(-10, 0, RATE);
        p.closeYear(2015, 5);
        p.accrue(-20, 0, RATE);
        p.closeYear(2016, 5);
        p.accrue(15, 0, RATE);
        p.closeYear(2017, 5);
        // 2015's 10 used up, 5 of 2016's: 15 left, all from 2016.
        assertEquals(15.0, p.totalLosses(), 1e-12);
        for (int year = 2018; year <= 2020; year++) {
            p.closeYear(year, 5);
            assertEquals(15.0, p.totalLosses(), 1e-12, "2016's loss is usable through 2021");
        }
        p.closeYear(2021, 5);
        assertEquals(0.0, p.totalLosses(), 1e-12, "2016's loss expires after five years");
        TaxPosition hightech = new TaxPosition(10);
        hightech.accrue(-20, 0, RATE);
        hightech.closeYear(2016, 10);
        for (int year = 2017; year <= 2025; year++) {
            hightech.closeYear(year, 10);
        }
        assertEquals(20.0, hightech.totalLosses(), 1e-12, "a high-tech firm carries 2016's loss through 2026");
        hightech.closeYear(2026, 10);
        assertEquals(0.0, hightech.totalLosses(), 1e-12);
    }
}
