package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Firms move between regions: a large rent subsidy in one region's enlarged park draws firms from the
 * other regions when moving there is cheap, none move when it is prohibitively dear, and a moved
 * firm is handed over whole (id, projects, cash less the cost) with the firms conserved.
 */
class RegionMoveTest {
    private static final double SCALE = 0.05;
    private static final int REPLICATIONS = 4;
    private static final String SUBSIDY = """
            time: {startYear: 2015, endYear: 2018}
            policies:
              rent: {type: park-investment, region: Zhejiang, park: Qiantang Pharmaceutical Port, startYear: 2016,
                     annualBudgetMillion: 1000000, investmentMillion: 0, extraCapacityFirms: 20000, extraPlatforms: 0,
                     rentSubsidyPerFirmMillion: 3}
            """;

    @TempDir
    Path dir;

    @Test
    void aRentSubsidyInOneRegionDrawsFirmsFromTheOthersUnlessMovingIsProhibitive() {
        Scenario base = ModelRuns.scenario(dir, "base", "time: {startYear: 2015, endYear: 2018}\n",
                "location.regionMoveCostMillion=2");
        Scenario subsidy = ModelRuns.scenario(dir, "subsidy", SUBSIDY, "location.regionMoveCostMillion=2");
        Scenario dear = ModelRuns.scenario(dir, "dear", SUBSIDY, "location.regionMoveCostMillion=10000");
        double inBase = 0;
        double inSubsidy = 0;
        for (int k = 0; k < REPLICATIONS; k++) {
            ReplicationResult b = HighlandSim.run(base, SCALE, 31, k);
            ReplicationResult s = HighlandSim.run(subsidy, SCALE, 31, k);
            ReplicationResult d = HighlandSim.run(dear, SCALE, 31, k);
            for (int year = 2016; year <= 2018; year++) {
                inBase += b.value("firms_moved_in", "Zhejiang", year);
                inSubsidy += s.value("firms_moved_in", "Zhejiang", year);
                for (String region : new String[] {"Zhejiang", "Jiangsu", "Shanghai", "Anhui"}) {
                    assertEquals(0.0, d.value("firms_moved_in", region, year), region + " " + year);
                    assertEquals(0.0, d.value("firms_moved_out", region, year), region + " " + year);
                }
            }
        }
        // Counts at model scale are Poisson: the rise must stand out of its noise.
        double noise = 2 * Math.sqrt((inSubsidy + inBase) * SCALE) / SCALE;
        assertTrue(inSubsidy - inBase > noise,
                "firms moved into Zhejiang: " + inBase + " without, " + inSubsidy + " with the subsidy");
    }

    @Test
    void aMovedFirmKeepsItsIdProjectsAndCashLessTheCostAndFirmsAreConserved() {
        Scenario scenario = ModelRuns.scenario(dir, "handover", "time: {startYear: 2015, endYear: 2016}\n",
                "location.regionMoveCostMillion=2", "location.relocationReviewShare=1", "location.movingCostMillion=10000");
        HighlandSim sim = ModelRuns.start(scenario, SCALE, 37, 0);
        // One month first, so the regions hold financing candidates when the firms move.
        ModelRuns.run(sim, 1, w -> {
        });
        World world = sim.world();
        Region zhejiang = null;
        for (int r = 0; r < world.regionCount(); r++) {
            if (world.region(r).name.equals("Zhejiang")) {
                zhejiang = world.region(r);
            }
        }
        zhejiang.levers.parkRentSubsidy[0] = 5;
        for (int r = 0; r < world.regionCount(); r++) {
            world.region(r).parkChoice.update();
        }
        Map<Enterprise, Region> regionBefore = new IdentityHashMap<>();
        Map<Enterprise, Double> cashBefore = new IdentityHashMap<>();
        Map<Enterprise, Long> idBefore = new IdentityHashMap<>();
        Map<Enterprise, Pipeline> projectsBefore = new IdentityHashMap<>();
        Set<Enterprise> before = ModelRuns.livingFirms(world);
        int zhejiangBefore = zhejiang.firmCount();
        for (Enterprise firm : before) {
            regionBefore.put(firm, firm.region);
            cashBefore.put(firm, firm.cash);
            idBefore.put(firm, firm.id);
            projectsBefore.put(firm, firm.pipeline);
        }
        double costsBefore = world.ledger().movingCosts;
        double movedInBefore = 0;
        double movedOutBefore = 0;
        int candidatesBefore = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            movedInBefore += world.region(r).counters().get(Counter.FIRMS_MOVED_IN);
            movedOutBefore += world.region(r).counters().get(Counter.FIRMS_MOVED_OUT);
            candidatesBefore += world.region(r).candidateCount;
        }
        assertTrue(candidatesBefore > 0, "no financing candidates");

        new RelocationProcess(world).step(sim);

        Set<Enterprise> after = ModelRuns.livingFirms(world);
        assertEquals(before, after, "the same firms, none lost or duplicated");
        int total = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            Region region = world.region(r);
            total += region.firmCount();
            int inParks = 0;
            for (int p = 0; p < region.parkCount(); p++) {
                inParks += region.park(p).firms;
            }
            assertEquals(region.firmCount(), inParks, region.name + ": park counts match the firm array");
            for (int i = 0; i < region.firmCount(); i++) {
                assertSame(region, region.firm(i).region, "a firm sits in its own region's array");
            }
            for (int i = 0; i < region.candidateCount; i++) {
                assertSame(region, region.candidates[i].region, "a mover left its old region's financing candidates");
            }
        }
        assertEquals(before.size(), total);
        int moved = 0;
        for (Enterprise firm : after) {
            assertEquals(idBefore.get(firm), firm.id);
            assertSame(projectsBefore.get(firm), firm.pipeline);
            if (firm.region != regionBefore.get(firm)) {
                moved++;
                assertEquals(cashBefore.get(firm) - 2, firm.cash, 1e-9);
                assertEquals(firm.sectorSpec().organicGrowth() + firm.region.spec.growthShift(), firm.trendGrowth(), 1e-12);
            } else {
                assertEquals(cashBefore.get(firm), firm.cash, 0.0);
            }
        }
        assertTrue(moved > 0, "no firm moved between regions");
        assertEquals(2.0 * moved, world.ledger().movingCosts - costsBefore, 1e-9);
        double movedIn = -movedInBefore;
        double movedOut = -movedOutBefore;
        for (int r = 0; r < world.regionCount(); r++) {
            movedIn += world.region(r).counters().get(Counter.FIRMS_MOVED_IN);
            movedOut += world.region(r).counters().get(Counter.FIRMS_MOVED_OUT);
        }
        assertEquals(moved, movedIn);
        assertEquals(moved, movedOut);
        assertTrue(zhejiang.firmCount() > zhejiangBefore, "the subsidised region gains firms");
    }
}
