package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Firms relocate between the locations of their region (moves between regions: RegionMoveTest): a rent subsidy in one park draws firms
 * from the others, every move costs its moving cost in cash, and no firm moves when moving is
 * prohibitively dear.
 */
class RelocationTest {
    private static final double SCALE = 0.15;
    private static final int REPLICATIONS = 8;
    private static final String QIANTANG = "Zhejiang/park:Qiantang Pharmaceutical Port";

    @TempDir
    Path dir;

    @Test
    void aRentSubsidyDrawsFirmsFromTheRegionsOtherLocations() {
        Scenario base = ModelRuns.scenario(dir, "base", "time: {startYear: 2015, endYear: 2021}\n");
        Scenario subsidy = ModelRuns.scenario(dir, "subsidy", """
                time: {startYear: 2015, endYear: 2021}
                policies:
                  rent: {type: park-investment, region: Zhejiang, park: Qiantang Pharmaceutical Port, startYear: 2016,
                         annualBudgetMillion: 100000, investmentMillion: 0, extraCapacityFirms: 0, extraPlatforms: 0,
                         rentSubsidyPerFirmMillion: 0.5}
                """);
        double inBase = 0;
        double inSubsidy = 0;
        double[] netChange = new double[REPLICATIONS];
        for (int k = 0; k < REPLICATIONS; k++) {
            ReplicationResult b = HighlandSim.run(base, SCALE, 17, k);
            ReplicationResult s = HighlandSim.run(subsidy, SCALE, 17, k);
            for (int year = 2016; year <= 2021; year++) {
                inBase += b.value("relocations_in", QIANTANG, year);
                inSubsidy += s.value("relocations_in", QIANTANG, year);
                netChange[k] += s.value("relocations_in", QIANTANG, year) - s.value("relocations_out", QIANTANG, year)
                        - b.value("relocations_in", QIANTANG, year) + b.value("relocations_out", QIANTANG, year);
            }
        }
        // Moves are rare events: the rise must stand out of its Poisson noise (counts at model scale).
        double noise = 2 * Math.sqrt((inSubsidy + inBase) * SCALE) / SCALE;
        assertTrue(inSubsidy - inBase > noise,
                "moves into the subsidised park: " + inBase + " without, " + inSubsidy + " with the subsidy");
        // Net moves churn both ways (firms also leave for cheaper or denser parks): judge the paired
        // change in net moves (common random numbers) against its own standard error.
        double mean = StatUtils.mean(netChange);
        double standardError = Math.sqrt(StatUtils.variance(netChange) / REPLICATIONS);
        assertTrue(mean > 2 * standardError, String.format(Locale.ROOT,
                "net moves into the subsidised park: paired change %.1f per replication, standard error %.1f",
                mean, standardError));
    }

    @Test
    void everyMoveCostsItsMovingCostInCash() {
        Scenario scenario = ModelRuns.scenario(dir, "moves", "time: {startYear: 2015, endYear: 2018}\n");
        HighlandSim sim = ModelRuns.start(scenario, SCALE, 19, 0);
        ModelRuns.run(sim, scenario.time().months(), world -> {
        });
        World world = sim.world();
        double moves = 0;
        double regionMoves = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            moves += world.region(r).counters().get(Counter.RELOCATIONS);
            regionMoves += world.region(r).counters().get(Counter.FIRMS_MOVED_OUT);
        }
        assertTrue(moves > 0, "no firm moved");
        double expected = moves * scenario.location().movingCostMillion()
                + regionMoves * scenario.location().regionMoveCostMillion();
        assertEquals(expected, world.ledger().movingCosts, 1e-9 * expected);
    }

    @Test
    void noFirmMovesWhenMovingIsProhibitivelyDear() {
        Scenario scenario = ModelRuns.scenario(dir, "dear", "time: {startYear: 2015, endYear: 2019}\n",
                "location.movingCostMillion=10000", "location.regionMoveCostMillion=10000");
        for (int k = 0; k < 2; k++) {
            HighlandSim sim = ModelRuns.start(scenario, SCALE, 23, k);
            sim.runToEnd();
            sim.finish();
            ReplicationResult result = sim.result();
            for (String area : result.areas()) {
                for (int year = 2015; year <= 2019; year++) {
                    assertEquals(0.0, result.value("relocations_in", area, year), area + " " + year);
                    assertEquals(0.0, result.value("relocations_out", area, year), area + " " + year);
                }
            }
            assertEquals(0.0, sim.world().ledger().movingCosts);
        }
    }
}
