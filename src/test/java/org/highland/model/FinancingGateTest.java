package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start decision's financing test at its boundary: cash plus the venture money expected over
 * the first stage (venture per unit of investor weight x the firm's weight x the stage's months)
 * must cover the first stage's cost, 24 months x 0.8 M yuan = 19.2 M yuan for an innovative drug
 * (defaults.yaml). And the value a firm sees is linear in quality with slope (1 - tax rate) x R.
 */
class FinancingGateTest {
    private static final double FIRST_STAGE_COST = 24 * 0.8;

    @TempDir
    Path dir;

    @Test
    void cashPlusExpectedVentureMoneyMustCoverTheFirstStage() {
        Scenario scenario = ModelRuns.scenario(dir, "gate", "", "time.endYear=2016");
        HighlandSim sim = ModelRuns.start(scenario, 0.02, 5, 0);
        sim.schedule.step(sim);
        World world = sim.world();
        Region region = world.region("Zhejiang");
        ProjectValuation v = region.valuation();
        ProjectKind kind = ProjectKind.INNOVATIVE_DRUG;
        Enterprise firm = innovator(region);
        assertEquals(FIRST_STAGE_COST, v.stageCost(kind, 0), 1e-9);
        assertEquals(24.0, v.expectedMonths(kind, 0), 0.0);

        // No venture money: cash alone, equal to the cost, is enough; a little less is not.
        region.ventureThisMonth = 0;
        v.update(world);
        firm.cash = FIRST_STAGE_COST;
        assertTrue(ProjectDecision.canFinanceFirstStage(firm, kind));
        firm.cash = FIRST_STAGE_COST - 0.01;
        assertFalse(ProjectDecision.canFinanceFirstStage(firm, kind));

        // One yuan of venture money per unit of weight: the firm expects weight x 24 months of it.
        double weight = region.cumulativeWeight[region.candidateCount - 1];
        region.ventureThisMonth = weight;
        v.update(world);
        assertEquals(1.0, v.venturePerWeight(), 1e-12);
        double expected = firm.financingWeight() * 24;
        firm.cash = FIRST_STAGE_COST - expected + 1e-9; // a hair above, for rounding
        assertTrue(ProjectDecision.canFinanceFirstStage(firm, kind));
        firm.cash = FIRST_STAGE_COST - expected - 0.01;
        assertFalse(ProjectDecision.canFinanceFirstStage(firm, kind));

        // Starting needs both a positive value and the money.
        Route route = world.route(kind);
        assertFalse(ProjectDecision.start(firm, route, 100), "worth it but not financeable");
        firm.cash = 1e6;
        assertTrue(ProjectDecision.start(firm, route, 100));
        assertFalse(ProjectDecision.start(firm, route, 1e-6), "financeable but worth nothing");
    }

    @Test
    void theValueIsLinearInQualityWithTheAfterTaxShareOfRevenue() {
        Scenario scenario = ModelRuns.scenario(dir, "slope", "", "time.endYear=2016");
        HighlandSim sim = ModelRuns.start(scenario, 0.02, 5, 0);
        sim.schedule.step(sim);
        Region region = sim.world().region("Zhejiang");
        Enterprise firm = innovator(region);
        ProjectKind kind = ProjectKind.INNOVATIVE_DRUG;
        double keep = firm.afterTaxRevenueFactor();
        assertTrue(keep == 0.75 || keep == 0.85, "25 % or, high-tech, 15 % corporate tax: " + keep);
        double slope = ProjectDecision.value(firm, kind, 0, 3) - ProjectDecision.value(firm, kind, 0, 2);
        assertEquals(keep * region.valuation().revenue(kind, 0), slope, 1e-9);
    }

    private static Enterprise innovator(Region region) {
        for (int i = 0; i < region.firmCount(); i++) {
            if (region.firm(i).sector == Sector.INNOVATIVE_DRUG) {
                return region.firm(i);
            }
        }
        throw new AssertionError("no innovative-drug firm in " + region.name);
    }
}
