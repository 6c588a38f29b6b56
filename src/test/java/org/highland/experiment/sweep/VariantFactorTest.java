package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.highland.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A factor may be a setting of a variant's own policy (how much a subsidy pays): each point sets
 * it in the scenarios that hold the policy and leaves the base as it is, so the effect of the
 * policy can be swept over its own design.
 */
class VariantFactorTest {
    private static final String COST_SHARE = "policies.zhejiangTrialSupport.costShare";

    @TempDir
    Path dir;

    @Test
    void aVariantsPolicySettingIsSetInTheVariantAloneAtEveryPoint() throws Exception {
        Path file = SweepFixtures.write(dir, "dose.yaml", """
                name: dose
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: %s
                    levels: [0.1, 0.6]
                  - path: firms.discountRatePerYear
                    levels: [0.08]
                design: {method: grid, size: 2}
                replications: 1
                seed: 7
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2024}
                  - {metric: innovative_project_starts, area: Zhejiang, year: 2024, difference: trial}
                """.formatted(SweepFixtures.BASELINE, SweepFixtures.TRIAL, COST_SHARE));
        ExperimentSpec spec = ExperimentReader.read(file, 2024);
        TaskPlan plan = SweepRunner.plan(spec, 0.05, 2024);
        assertEquals(2, plan.points());
        for (int p = 0; p < 2; p++) {
            String discount = "firms.discountRatePerYear=0.08";
            assertEquals(List.of(discount), plan.sets(0, p), "the base has no such policy: only the model parameter");
            assertEquals(List.of(COST_SHARE + "=" + (p == 0 ? 0.1 : 0.6), discount), plan.sets(1, p));
        }
        String low = plan.run(0);
        String high = plan.run(1);
        assertTrue(low.startsWith("0,0,base,enterprises,"), low);
        assertEquals(withoutPoint(low, 0), withoutPoint(high, 0), "the base runs the same at both points (common streams)");
        assertTrue(withoutPoint(low, 1).startsWith("0,trial-base,innovative_project_starts,"), low);
        assertNotEquals(withoutPoint(low, 1), withoutPoint(high, 1), "the variant's subsidy share moves its effect");
    }

    @Test
    void aPathNoScenarioHasIsRefusedWithTheNearestOne() throws Exception {
        Path file = SweepFixtures.write(dir, "typo.yaml", """
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: policies.zhejiangTrialSupport.costShar
                    range: [0.1, 0.5]
                design: {method: lhs, size: 4}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(SweepFixtures.BASELINE, SweepFixtures.TRIAL));
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, 2020)).getMessage();
        assertTrue(m.contains("typo.yaml:5:") && m.contains("a numeric parameter of the base or of a variant")
                && m.contains(COST_SHARE), m);
    }

    /**
     * A retired parameter is named as such with its replacement, not matched to the nearest
     * current name (capital.innovatorWeight is close to capital.discoveryWeight, a different
     * parameter a sweep would then vary).
     */
    @Test
    void aRetiredPathIsRefusedWithItsReplacementNotTheNearestName() throws Exception {
        Path file = SweepFixtures.write(dir, "retired.yaml", """
                base: %s
                factors:
                  - path: capital.innovatorWeight
                    range: [5, 50]
                design: {method: lhs, size: 4}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(SweepFixtures.BASELINE));
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, 2020)).getMessage();
        assertTrue(m.contains("retired.yaml:3:") && m.contains("'innovatorWeight' is no longer a field here")
                && m.contains("innovatorProjectShare"), m);
        assertFalse(m.contains("discoveryWeight'?"), m);
    }

    /**
     * A variant that does not read cannot tell which settings it has: its own problems are
     * reported, not a factor on its policy as a path no scenario has.
     */
    @Test
    void aFactorOfAVariantThatDoesNotReadIsNotBlamed() throws Exception {
        Path broken = SweepFixtures.write(dir, "broken.yaml", "extends: " + SweepFixtures.TRIAL + "\nseed: x\n");
        Path file = SweepFixtures.write(dir, "broken-variant.yaml", """
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: %s
                    range: [0.1, 0.5]
                design: {method: lhs, size: 4}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(SweepFixtures.BASELINE, broken, COST_SHARE));
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, 2020)).getMessage();
        assertTrue(m.contains("broken.yaml:2:1: seed:"), m);
        assertFalse(m.contains("factors[0]"), m);
    }

    /**
     * A set line applies to every scenario, so one for the variant's own policy fails on the base:
     * the problem says on which scenario, and where such a change belongs.
     */
    @Test
    void aSetLineThatFitsOnlyTheVariantSaysItFailedOnTheBase() throws Exception {
        Path file = SweepFixtures.write(dir, "set-for-variant.yaml", """
                base: %s
                variants:
                  trial: %s
                set: ["policies.zhejiangTrialSupport.phase3MaxMillion=50"]
                factors:
                  - path: firms.discountRatePerYear
                design: {method: lhs, size: 4}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(SweepFixtures.BASELINE, SweepFixtures.TRIAL));
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, 2020)).getMessage();
        assertTrue(m.contains("set-for-variant.yaml:4:") && m.contains("set[0]: expected overrides that fit the base"
                + " and every variant, since each set line applies to all of them; the above arose on the base, "
                + SweepFixtures.BASELINE + ". Fix: put a change meant for one scenario into that scenario's file"), m);
        assertFalse(m.contains("arose on the variant"), "the variant has the policy: " + m);
    }

    /** Row {@code i} of a task's outputs without its point number. */
    /** A variant simulating other years than its base has no year-by-year difference: refused, located. */
    @Test
    void aVariantOfOtherYearsIsRefusedAtItsLine() throws Exception {
        Path later = SweepFixtures.write(dir, "later.yaml", "extends: " + SweepFixtures.BASELINE + "\ntime: {startYear: 2016}\n");
        Path file = SweepFixtures.write(dir, "years.yaml", """
                base: %s
                variants:
                  later: %s
                factors:
                  - path: firms.discountRatePerYear
                design: {method: lhs, size: 2}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2018, difference: later}
                """.formatted(SweepFixtures.BASELINE, later));
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, 2018)).getMessage();
        assertTrue(m.contains("years.yaml:3:") && m.contains("variants.later: expected a scenario simulating the base's"
                + " years 2015-2018") && m.contains("got 2016-2018"), m);
    }

    private static String withoutPoint(String rows, int i) {
        String row = rows.lines().toList().get(i);
        return row.substring(row.indexOf(',') + 1);
    }
}
