package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.highland.experiment.engine.ScenarioTexts;
import org.highland.model.Trend;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep over the innovation trend runs every point at the ceiling of its highest trend, where
 * that passes the scenarios' own (the baseline's 8: a trend of 0.12 fading over 10 to 20 years
 * has bounds of 3.1 to 9.6).
 */
class SweepCeilingTest {
    @TempDir
    Path dir;

    @Test
    void everyScenarioOfASweepOverTheTrendCarriesTheSharedCeiling() throws IOException {
        TaskPlan plan = SweepRunner.plan(ExperimentReader.read(experiment("firms.innovationTrendDecayYears", "[10, 20]"), null), 0.05, null);
        double highest = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < plan.points(); p++) {
            String set = plan.sets(p).get(0);
            highest = Math.max(highest, Double.parseDouble(set.substring(set.indexOf('=') + 1)));
        }
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < plan.points(); p++) {
                Scenario scenario = ScenarioTexts.load(plan.scenarioYaml(s), plan.sets(p));
                double growth = scenario.model().firms().innovationTrend();
                assertEquals(Trend.bound(growth, highest), scenario.model().firms().opportunityCeiling(), 0.0);
            }
        }
    }

    @Test
    void aSweepOverOtherFactorsKeepsTheScenariosOwnCeiling() throws IOException {
        TaskPlan plan = SweepRunner.plan(ExperimentReader.read(experiment("firms.discountRatePerYear", "[0.05, 0.2]"), null), 0.05, null);
        Scenario scenario = ScenarioTexts.load(plan.scenarioYaml(0), plan.sets(0));
        assertEquals(8.0, scenario.model().firms().opportunityCeiling(), 0.0);
    }

    private Path experiment(String factor, String range) throws IOException {
        return SweepFixtures.write(dir, "trend.yaml", """
                name: trend
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: %s
                    range: %s
                design: {method: lhs, size: 3}
                replications: 1
                seed: 7
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(SweepFixtures.BASELINE, SweepFixtures.TRIAL, factor, range));
    }
}
