package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The founder's view of early financing against hand-computed values: an entrant's allocation
 * weight with the investors, its share of a month's venture money and the utility of a change.
 */
class EntryRulesTest {
    @TempDir
    Path dir;

    private World world() {
        Scenario scenario = ModelRuns.scenario(dir, "entry", "policies: {}\n",
                "entry.revenueMedianMillion=4", "entry.revenueSigma=1", "entry.earlyFinancingYears=3",
                "capital.innovatorProjectShare=0.5", "capital.revenueWeight=0.5", "location.rentUtility=-2");
        return new World(scenario.model(), 0.1, 2, 0);
    }

    @Test
    void anEntrantsWeightIsTheSeedWeightOfItsDrugShareAndItsMeanRevenue() {
        World world = world();
        // Half the entrants are innovative-drug firms: half the seed weight; mean revenue
        // 4 x e^(1/2) million at 0.5 weight per million.
        double[] sectorWeights = {2, 1, 1, 0, 0, 0};
        double seed = world.seedWeight[Sector.INNOVATIVE_DRUG.ordinal()];
        assertEquals(0.5 * seed + 0.5 * 4 * Math.exp(0.5), EntryProcess.entrantFinancingWeight(world, sectorWeights, 4), 1e-12);
        double[] noDrugs = {0, 1, 1, 0, 0, 2};
        assertEquals(0.5 * 4 * Math.exp(0.5), EntryProcess.entrantFinancingWeight(world, noDrugs, 4), 1e-12);
    }

    @Test
    void earlyFinancingIsTheEntrantsShareOfTheMonthsMoneyForAYear() {
        World world = world();
        Region region = world.region("Shanghai");
        Park outside = region.parks[region.parks.length - 1];
        region.ventureThisMonth = 20;
        assertEquals(0, EntryProcess.expectedEarlyFinancing(region, 2), 0.0, "money but no candidates yet");
        region.addCandidate(region.newFirm(Sector.CXO, outside, 1, 0), 3);
        region.addCandidate(region.newFirm(Sector.CXO, outside, 1, 0), 5);
        region.ventureThisMonth = 0;
        assertEquals(0, EntryProcess.expectedEarlyFinancing(region, 2), 0.0, "no money this month");
        region.ventureThisMonth = 20;
        // 12 months x 20 x 2 / (3 + 5 + 2) = 48 million a year.
        assertEquals(48, EntryProcess.expectedEarlyFinancing(region, 2), 1e-12);
        // Its utility: 2 per million (minus the rent utility) x 3 years x the change.
        assertEquals(30, EntryProcess.financingUtility(world, 5), 1e-12);
        assertEquals(-6, EntryProcess.financingUtility(world, -1), 1e-12);
    }
}
