package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firm's opportunities arrive at its rate of the month, read from its revenue that month: the
 * reference rate times the region's highest multiplier among the sector's kinds, the innovation
 * level and the firm's R&D capacity ({@link OpportunityCapacity#factor}), over 12. A firm whose
 * revenue jumps gets its larger share of opportunities from that month on, not from the end of a
 * countdown drawn before (the lag found on 29 November 2026, docs/ODD.md 7.5.4).
 */
class OpportunityHazardTest {
    /** Far more than any month uses up, so the month brings no arrival. */
    private static final double FAR = 10;
    @TempDir
    Path dir;
    private World world;

    @BeforeEach
    void aYearIntoARun() {
        var sim = ModelRuns.start(ModelRuns.scenario(dir, "hazard", ""), 0.05, 3, 0);
        ModelRuns.run(sim, 12, w -> { });
        world = sim.world();
    }

    /** The first firm of the sector in the first region, without projects or products. */
    private Enterprise firmOf(Sector sector) {
        Region region = world.regions[0];
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise firm = region.firms[i];
            if (firm.sector == sector && firm.pipeline == null) {
                return firm;
            }
        }
        throw new AssertionError("no " + sector + " firm without a pipeline");
    }

    /** The hazard the firm's month uses up (far from an arrival, so no draw follows). */
    private static double hazardOfMonth(Enterprise firm) {
        firm.opportunityHazardLeft = FAR;
        firm.stepMonth();
        return FAR - firm.opportunityHazardLeft;
    }

    private double expectedRate(Enterprise firm) {
        Region region = firm.region;
        return firm.sectorSpec().projectStartsPerYear() * region.propensity.arrivalMultiplier(firm.sector.ordinal())
                * world.innovationLevel * region.capacity.factor(firm.sector, firm.revenue()) / 12.0;
    }

    @Test
    void aFirmsMonthUsesUpItsRateOfThatMonthAtItsRevenueThen() {
        Enterprise firm = firmOf(Sector.GENERIC_DRUG);
        double used = hazardOfMonth(firm);
        assertTrue(used > 0, "a generic maker gets opportunities");
        assertEquals(expectedRate(firm), used, 1e-9 * used);
        // The revenue jumps a hundredfold: the very next month's rate is ten times as high (elasticity 1/2).
        firm.baseRevenue *= 100;
        double after = hazardOfMonth(firm);
        assertEquals(expectedRate(firm), after, 1e-9 * after);
        assertEquals(10.0, after / used, 0.2, "sqrt(100), up to a month's growth");
    }

    @Test
    void anInnovativeDrugFirmsRateDoesNotFollowItsRevenue() {
        Enterprise firm = firmOf(Sector.INNOVATIVE_DRUG);
        double used = hazardOfMonth(firm);
        firm.baseRevenue *= 100;
        double after = hazardOfMonth(firm);
        assertTrue(used > 0);
        assertEquals(used, after, 0.0, "elasticity 0: one rate for every firm of the sector");
        assertEquals(expectedRate(firm), after, 1e-9 * after);
    }

    @Test
    void aMonthThatUsesUpTheHazardLeftDrawsTheHazardToTheNextArrival() {
        Enterprise firm = firmOf(Sector.GENERIC_DRUG);
        firm.opportunityHazardLeft = 1e-12;
        firm.stepMonth();
        assertTrue(firm.opportunityHazardLeft >= 0, "the next arrival's hazard lies ahead: " + firm.opportunityHazardLeft);
    }
}
