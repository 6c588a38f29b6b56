package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corporate income tax code on a firm of a populated world, against the law as the ODD
 * cites it (Enterprise Income Tax Law 2008; Caishui [2018] No. 76): 25 %, 15 % for high-tech
 * firms; losses carried 5 years, 10 for high-tech firms from 2018; the after-tax cost of a yuan
 * of R&D is 1 - rate x (1 + extra deduction) with taxable profit and a whole yuan without.
 */
class CorporateTaxTest {
    @TempDir
    static Path dir;
    private static Enterprise firm;
    private static CorporateTax tax;

    @BeforeAll
    static void world() {
        Scenario scenario = ModelRuns.scenario(dir, "plain", "policies: {}\n");
        HighlandSim sim = ModelRuns.start(scenario, 0.02, 3, 0);
        World world = sim.world();
        firm = world.region(0).firm(0);
        tax = world.corporateTax();
    }

    @Test
    void highTechFirmsPayFifteenPercentOthersTwentyFive() {
        firm.hightech = false;
        assertEquals(0.25, tax.rate(firm));
        firm.hightech = true;
        assertEquals(0.15, tax.rate(firm));
    }

    @Test
    void highTechFirmsCarryLossesTenYearsFrom2018OthersFive() {
        firm.hightech = false;
        assertEquals(5, tax.carryYears(firm, 2017));
        assertEquals(5, tax.carryYears(firm, 2018));
        firm.hightech = true;
        assertEquals(5, tax.carryYears(firm, 2017));
        assertEquals(10, tax.carryYears(firm, 2018));
        assertEquals(10, tax.carryYears(firm, 2030));
    }

    @Test
    void aYuanOfRdCostsOneMinusTheRateOnItAndOnItsExtraDeduction() {
        Levers levers = firm.region.levers;
        int s = firm.sector.ordinal();
        double before = levers.rdExtraDeduction[s];
        try {
            firm.hightech = false;
            levers.rdExtraDeduction[s] = 0.75;
            firm.tax().lastYearTaxable = 10;
            assertEquals(1 - 0.25 * 1.75, tax.afterTaxCostFactor(firm), 1e-15);
            firm.hightech = true;
            levers.rdExtraDeduction[s] = 1.0;
            assertEquals(1 - 0.15 * 2.0, tax.afterTaxCostFactor(firm), 1e-15);
            // A deduction worth more than the yuan cannot make R&D pay for itself.
            levers.rdExtraDeduction[s] = 9.0;
            assertEquals(0.0, tax.afterTaxCostFactor(firm));
            // Without taxable profit (a loss last year and none so far) the firm bears the whole yuan.
            firm.tax().lastYearTaxable = -1;
            firm.tax().taxableToDate = 0;
            assertEquals(1.0, tax.afterTaxCostFactor(firm));
        } finally {
            levers.rdExtraDeduction[s] = before;
        }
    }

    @Test
    void aMonthsTaxIsTheRateOnProfitLessRdLessTheExtraDeductionAndItsForegoneIsCounted() {
        int s = firm.sector.ordinal();
        firm.hightech = false;
        firm.tax().closeYear(2016, 5, tax.lossRingLength());
        firm.tax().closeYear(2017, 5, tax.lossRingLength());
        double[] foregone = new double[Sector.COUNT];
        // Operating profit 10, R&D 4, an extra deduction of 0.75 per yuan of R&D: taxable
        // 10 - 4 - 0.75 x 4 = 3, tax 0.75; without the extra deduction 6 x 0.25 = 1.5, so 0.75
        // foregone, booked to the firm's sector.
        double due = tax.settleMonth(firm, 10, 4, 0.75, foregone);
        assertEquals(0.25 * 3, due, 1e-12);
        assertEquals(0.25 * 3, foregone[s], 1e-12);
        assertEquals(0.75, sum(foregone), 1e-12);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
