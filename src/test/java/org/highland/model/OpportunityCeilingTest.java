package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opportunities are thinned from countdowns running at the ceiling, so the ceiling must stay at
 * or above the innovation level in every month: below it, the keep share would pass 1 and the
 * arrival rate would stop following the trend. The parameter ranges reach such trends.
 */
class OpportunityCeilingTest {
    @TempDir
    Path dir;

    @Test
    void theParameterHoldsWhereTheTrendStaysBelowIt() {
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "gentle", ""));
        assertTrue(World.peakInnovationLevel(world.firmSpec, world.time.months()) < world.firmSpec.opportunityCeiling(),
                "the default trend peaks below the default ceiling");
        assertEquals(world.firmSpec.opportunityCeiling(), world.opportunityCeiling, 0.0);
    }

    @Test
    void aSteepTrendRaisesTheCeilingToItsPeakSoEveryMonthKeepsItsShare() {
        // The top of both parameter ranges: the level passes 8 in 2031 and reaches 10.6.
        Scenario steep = ModelRuns.scenario(dir, "steep", "",
                "firms.innovationTrend=0.2", "firms.innovationTrendDecayYears=20");
        HighlandSim sim = ModelRuns.start(steep, 0.02, 3, 0);
        World world = sim.world();
        assertTrue(world.opportunityCeiling > world.firmSpec.opportunityCeiling(),
                "ceiling " + world.opportunityCeiling + " against the parameter's " + world.firmSpec.opportunityCeiling());
        double[] highest = {0};
        ModelRuns.run(sim, world.time.months(), w -> {
            assertTrue(w.innovationLevel <= w.opportunityCeiling,
                    "month " + w.month() + ": level " + w.innovationLevel + " above the ceiling " + w.opportunityCeiling);
            highest[0] = Math.max(highest[0], w.innovationLevel);
        });
        assertEquals(highest[0], world.opportunityCeiling, 0.0, "the ceiling is the highest level of the run, no higher");
    }

    @Test
    void aFallingTrendPeaksAtTheStart() {
        World world = ModelRuns.valuedWorld(ModelRuns.scenario(dir, "falling", "", "firms.innovationTrend=-0.1"));
        assertEquals(1.0, World.peakInnovationLevel(world.firmSpec, world.time.months()), 0.0);
    }
}
