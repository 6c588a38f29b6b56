package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opportunities are thinned from countdowns running at the ceiling, so the ceiling must stay at
 * or above the innovation level in every month: below it, the keep share would pass 1 and the
 * arrival rate would stop following the trend. The ceiling is the parameter, or the trend's bound
 * where that is higher, whatever the run's length.
 */
class OpportunityCeilingTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultTrendsBoundStaysBelowTheDefaultParameter() {
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "default", ""));
        assertTrue(bound(world) < world.firmSpec.opportunityCeiling(), "bound " + bound(world));
        assertEquals(world.firmSpec.opportunityCeiling(), world.opportunityCeiling, 0.0);
    }

    @Test
    void belowTheBoundTheParameterGivesWayToIt() {
        Scenario scenario = ModelRuns.scenario(dir, "low", "", "firms.opportunityCeiling=1");
        HighlandSim sim = ModelRuns.start(scenario, 0.02, 3, 0);
        World world = sim.world();
        assertEquals(bound(world), world.opportunityCeiling, 1e-12);
        double[] highest = {0};
        ModelRuns.run(sim, world.time.months(), w -> {
            assertTrue(w.innovationLevel <= w.opportunityCeiling,
                    "month " + w.month() + ": level " + w.innovationLevel + " above the ceiling " + w.opportunityCeiling);
            highest[0] = Math.max(highest[0], w.innovationLevel);
        });
        assertTrue(highest[0] > 0.8 * world.opportunityCeiling,
                "the ceiling " + world.opportunityCeiling + " is not far above the run's peak " + highest[0]);
    }

    /** The bound of a world's trend, (1 + g)^tau. */
    private static double bound(World world) {
        return Math.pow(1 + world.firmSpec.innovationTrend(), world.firmSpec.innovationTrendDecayYears());
    }

    @Test
    void aSteepTrendRaisesTheCeilingToItsBoundAndEveryMonthStaysBelowIt() {
        // The top of both parameter ranges: the level reaches 10.6 by 2035 and tends to 1.2^20 = 38.
        Scenario steep = ModelRuns.scenario(dir, "steep", "",
                "firms.innovationTrend=0.2", "firms.innovationTrendDecayYears=20");
        HighlandSim sim = ModelRuns.start(steep, 0.02, 3, 0);
        World world = sim.world();
        assertEquals(Math.pow(1.2, 20), world.opportunityCeiling, 1e-9);
        ModelRuns.run(sim, world.time.months(), w -> assertTrue(w.innovationLevel <= w.opportunityCeiling,
                "month " + w.month() + ": level " + w.innovationLevel + " above the ceiling " + w.opportunityCeiling));
    }

    /**
     * Where nothing read at a countdown's end changes between countdowns, the ceiling only bounds
     * the thinning: with every firm's R&D capacity fixed (no sector's opportunities follow its
     * size), the model starts as many projects within noise at the trend's bound as at 8, though
     * from other draws. With the capacity read at a countdown's end, a lower ceiling re-reads it
     * less often: at the bound the default model starts some 3 % fewer projects in 2016-2021 than
     * at 8 (seven standard errors over three seeds of 24 replications, docs/ODD.md 7.5.4).
     */
    @Test
    void withoutTheCapacityTheCeilingChangesTheDrawsButNotHowManyProjectsStart() {
        String[] fixedCapacity = {"time.endYear=2021", "sectors.genericDrug.opportunitySizeElasticity=0",
                "sectors.medicalDevice.opportunitySizeElasticity=0", "sectors.tcm.opportunitySizeElasticity=0"};
        double[] atBound = projectStarts(ModelRuns.scenario(dir, "bound", "", with(fixedCapacity, "firms.opportunityCeiling=1")));
        double[] atEight = projectStarts(ModelRuns.scenario(dir, "eight", "", with(fixedCapacity, "firms.opportunityCeiling=8")));
        assertFalse(Arrays.equals(atBound, atEight), "other countdowns, other draws");
        double meanBound = Arrays.stream(atBound).average().orElseThrow();
        double meanEight = Arrays.stream(atEight).average().orElseThrow();
        double se = Math.sqrt(variance(atBound) / atBound.length + variance(atEight) / atEight.length);
        assertTrue(Math.abs(meanBound - meanEight) < 4 * se,
                "project starts 2016-2021: " + meanBound + " at the bound against " + meanEight + " at 8 (se " + se + ")");
    }

    private static String[] with(String[] sets, String more) {
        String[] all = Arrays.copyOf(sets, sets.length + 1);
        all[sets.length] = more;
        return all;
    }

    /** Each replication's project starts over the four regions, 2016-2021, at scale 0.05. */
    private static double[] projectStarts(Scenario scenario) {
        int replications = 24;
        double[] starts = new double[replications];
        for (int k = 0; k < replications; k++) {
            ReplicationResult result = HighlandSim.run(scenario, 0.05, 11, k);
            for (String region : List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui")) {
                for (int year = 2016; year <= 2021; year++) {
                    starts[k] += result.value("project_starts", region, year);
                }
            }
        }
        return starts;
    }

    private static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1);
    }

    @Test
    void aRunThatEndsEarlierHasTheSameCeiling() {
        String[] steep = {"firms.innovationTrend=0.2", "firms.innovationTrendDecayYears=20"};
        World full = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "full", "", steep));
        World shorter = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "shorter", "", steep).withEndYear(2018));
        assertTrue(shorter.time.months() < full.time.months());
        assertEquals(full.opportunityCeiling, shorter.opportunityCeiling, 0.0);
    }

    @Test
    void runsWithDifferentTrendsDrawTheSameCountdownsOnlyAtOneCeiling() {
        int[] low = countdowns(ModelRuns.scenario(dir, "low", "", "firms.innovationTrend=0.08", "firms.opportunityCeiling=1"));
        int[] high = countdowns(ModelRuns.scenario(dir, "high", "", "firms.innovationTrend=0.16", "firms.opportunityCeiling=1"));
        assertEquals(low.length, high.length, "the same start-year firms");
        assertFalse(Arrays.equals(low, high), "each at its own bound, their countdowns differ");
        String pin = "firms.opportunityCeiling=" + Trend.bound(0.16, 10);
        int[] lowPinned = countdowns(ModelRuns.scenario(dir, "lowPinned", "", "firms.innovationTrend=0.08",
                "firms.innovationTrendDecayYears=10", pin));
        int[] highPinned = countdowns(ModelRuns.scenario(dir, "highPinned", "", "firms.innovationTrend=0.16",
                "firms.innovationTrendDecayYears=10", pin));
        assertArrayEquals(lowPinned, highPinned);
    }

    /** Every start-year firm's months to its first opportunity, region by region. */
    private static int[] countdowns(Scenario scenario) {
        World world = ModelRuns.start(scenario, 0.02, 5, 0).world();
        return Arrays.stream(world.regions)
                .flatMapToInt(r -> IntStream.range(0, r.firmCount).map(i -> r.firms[i].monthsToOpportunity))
                .toArray();
    }

    @Test
    void aFallingTrendIsBoundedByItsStart() {
        assertEquals(1.0, Trend.bound(-0.1, 10), 0.0);
        assertEquals(1.0, Trend.bound(0, 10), 0.0);
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "falling", "", "firms.innovationTrend=-0.1",
                "firms.opportunityCeiling=1"));
        assertEquals(1.0, world.opportunityCeiling, 0.0);
    }

    @Test
    void theBoundIsAboveEveryLevelAndRisesWithBothParameters() {
        for (double growth : new double[] {0.01, 0.05, 0.12, 0.2, 0.5}) {
            for (double decay : new double[] {1, 5, 10, 20}) {
                double bound = Trend.bound(growth, decay);
                for (int month = 0; month < 1212; month += 7) {
                    assertTrue(Trend.level(growth, decay, month / 12.0) <= bound, growth + ", " + decay + ", " + month);
                }
                assertTrue(Trend.bound(growth * 1.1, decay) > bound);
                assertTrue(Trend.bound(growth, decay * 1.1) > bound);
            }
        }
    }
}
