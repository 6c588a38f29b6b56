package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.highland.policy.ReviewReformPolicy;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review reform scales the mean months of the clinical phases and of the regulator's reviews of
 * the reformed kinds, each by its own multiplier, and leaves every other stage and kind alone.
 */
class ReviewReformLeversTest {
    @TempDir
    Path dir;

    @Test
    void reformScalesClinicalAndReviewMonthsOfItsKindsOnly() {
        Scenario scenario = ModelRuns.scenario(dir, "plain", "policies: {}\n");
        HighlandSim sim = ModelRuns.start(scenario, 0.03, 5, 0);
        sim.schedule.step(sim);
        Region region = sim.world().region(1);
        Government.Account account = region.government().open("reform", 2015, 2035, 0, BudgetMode.STOP);
        ReviewReformPolicy reform = new ReviewReformPolicy(region.name, 2015, 2035, 0, BudgetMode.STOP,
                List.of(ProjectKind.GENERIC_DRUG, ProjectKind.CLASS3_DEVICE), 0.6, 0.25);
        Instrument instrument = reform.mechanism(sim.world(), region, account);
        instrument.onMonth(sim.world());
        instrument.onMonth(sim.world());
        for (ProjectKind kind : ProjectKind.values()) {
            boolean reformed = kind == ProjectKind.GENERIC_DRUG || kind == ProjectKind.CLASS3_DEVICE;
            for (Stage stage : Stage.values()) {
                double expected = 1.0;
                if (reformed && (stage == Stage.PHASE1 || stage == Stage.PHASE2 || stage == Stage.PHASE3)) {
                    expected = 0.6 * 0.6;
                } else if (reformed && (stage == Stage.IND || stage == Stage.NDA)) {
                    expected = 0.25 * 0.25;
                }
                assertEquals(expected, region.levers.stageMonthsMultiplier(kind, stage), 1e-12, kind + " " + stage);
            }
        }
        assertEquals(0.0, account.paidTotal(), "review reform costs no outlay");
    }
}
