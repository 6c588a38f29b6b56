package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The region's month gathered once ({@link MonthTerms}): its sums continue the ledger's and the
 * region's values bit for bit, and a sum changed elsewhere during a sweep is caught, since the
 * write-back would lose it.
 */
class MonthTermsTest {
    @TempDir
    static Path dir;
    private static World world;
    private static Region region;

    @BeforeAll
    static void world() {
        Scenario scenario = ModelRuns.scenario(dir, "plain", "policies: {}\n");
        HighlandSim sim = ModelRuns.start(scenario, 0.03, 2, 0);
        world = sim.world();
        region = world.region(0);
    }

    @Test
    void theSumsContinueTheLedgersAndTheRegionsValuesInTheirOrder() {
        double[] amounts = {0.1, 1e-17, 3.3, 7.0 / 3.0};
        double rd = world.ledger.rdSpend;
        double tax = region.counters.get(Counter.CORPORATE_TAX);
        double skilled = region.demand[TalentTier.SKILLED.ordinal()];
        MonthTerms terms = new MonthTerms(world).open(region);
        for (double a : amounts) {
            terms.rdSpend += a;
            terms.regionCorporateTax += a;
            terms.skilledDemand += a;
            rd += a;
            tax += a;
            skilled += a;
        }
        terms.close();
        assertEquals(Double.doubleToLongBits(rd), Double.doubleToLongBits(world.ledger.rdSpend));
        assertEquals(Double.doubleToLongBits(tax), Double.doubleToLongBits(region.counters.get(Counter.CORPORATE_TAX)));
        assertEquals(Double.doubleToLongBits(skilled), Double.doubleToLongBits(region.demand[TalentTier.SKILLED.ordinal()]));
    }

    @Test
    void aSumChangedOutsideTheSweepIsCaught() {
        MonthTerms terms = new MonthTerms(world).open(region);
        double before = world.ledger.corporateTax;
        world.ledger.corporateTax += 1.0;
        try {
            AssertionError caught = assertThrows(AssertionError.class, terms::close,
                    "the tests run with assertions on, and the write-back would lose the change");
            assertEquals("a sum of the firms' month changed outside the sweep of " + region.name, caught.getMessage());
        } finally {
            world.ledger.corporateTax = before;
        }
    }
}
