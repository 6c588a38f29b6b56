package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opportunities are thinned from countdowns running at the ceiling, so the ceiling must stay at
 * or above the innovation level in every month: below it, the keep share would pass 1 and the
 * arrival rate would stop following the trend. The ceiling is the trend's bound, whatever the
 * run's length, unless the parameter asks for more.
 */
class OpportunityCeilingTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultCeilingIsTheTrendsBoundAboveEveryMonthsLevel() {
        Scenario scenario = ModelRuns.scenario(dir, "default", "");
        HighlandSim sim = ModelRuns.start(scenario, 0.02, 3, 0);
        World world = sim.world();
        double growth = world.firmSpec.innovationTrend();
        assertTrue(growth > 0, "the default trend rises");
        assertEquals(Math.pow(1 + growth, world.firmSpec.innovationTrendDecayYears()), world.opportunityCeiling, 1e-12);
        assertTrue(world.firmSpec.opportunityCeiling() < world.opportunityCeiling, "the parameter asks for less");
        double[] highest = {0};
        ModelRuns.run(sim, world.time.months(), w -> {
            assertTrue(w.innovationLevel <= w.opportunityCeiling,
                    "month " + w.month() + ": level " + w.innovationLevel + " above the ceiling " + w.opportunityCeiling);
            highest[0] = Math.max(highest[0], w.innovationLevel);
        });
        assertTrue(highest[0] > 0.8 * world.opportunityCeiling,
                "the ceiling " + world.opportunityCeiling + " is not far above the run's peak " + highest[0]);
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

    @Test
    void theParameterHoldsWhereItIsAboveTheBound() {
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "high", "", "firms.opportunityCeiling=8"));
        assertEquals(8.0, world.opportunityCeiling, 0.0);
    }

    @Test
    void aRunThatEndsEarlierHasTheSameCeiling() {
        World full = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "full", ""));
        World shorter = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "shorter", "").withEndYear(2018));
        assertTrue(shorter.time.months() < full.time.months());
        assertEquals(full.opportunityCeiling, shorter.opportunityCeiling, 0.0);
    }

    @Test
    void runsWithDifferentTrendsDrawTheSameCountdownsOnlyAtOneCeiling() {
        int[] low = countdowns(ModelRuns.scenario(dir, "low", "", "firms.innovationTrend=0.08"));
        int[] high = countdowns(ModelRuns.scenario(dir, "high", "", "firms.innovationTrend=0.16"));
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
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "falling", "", "firms.innovationTrend=-0.1"));
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
