package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.policy.RdSubsidyPolicy;
import org.highland.policy.TrialSupportPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a planner writing a variant meets: budget warnings and scaling a value with {@code *=}. */
class PlannerOverridesTest {
    @TempDir
    Path dir;

    private Path variant(String policies) throws IOException {
        Path file = dir.resolve("variant.yaml");
        Files.writeString(file, "name: variant\npolicies:\n" + policies);
        return file;
    }

    @Test
    void aSpendingPolicyWithoutABudgetIsWarnedAboutWithTheDefaultItTook() throws IOException {
        Path file = variant("""
                  topUp: {type: rd-subsidy, region: Zhejiang, share: 0.2}
                  budgeted: {type: clinical-trial-support, region: Zhejiang, annualBudgetMillion: 300}
                  deduction: {type: rd-super-deduction, region: all}
                  reform: {type: review-reform, region: all}
                """);
        List<String> warnings = new ArrayList<>();
        Scenario s = Scenarios.load(file, List.of(), warnings::add);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("policies.topUp (rd-subsidy) states no annualBudgetMillion"), warnings.get(0));
        assertTrue(warnings.get(0).contains("type default of 1000 million yuan"), warnings.get(0));
        assertEquals(1000, s.policies().get("topUp").annualBudgetMillion());
    }

    @Test
    void aSpendingPolicyWithoutARegionIsWarnedThatItRunsInEveryRegion() throws IOException {
        Path file = variant("""
                  everywhere: {type: rd-subsidy, annualBudgetMillion: 1500}
                  stated: {type: rd-subsidy, region: all, annualBudgetMillion: 1500}
                  deduction: {type: rd-super-deduction}
                """);
        List<String> warnings = new ArrayList<>();
        Scenario s = Scenarios.load(file, List.of(), warnings::add);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: policies.everywhere (rd-subsidy) states no region: it uses the"
                + " type default 'all', a copy of the policy in every region"), warnings.get(0));
        assertEquals("all", s.policies().get("everywhere").region());
    }

    @Test
    void starEqualsMultipliesTheCurrentValueOrTheTypeDefault() throws IOException {
        Path file = variant("""
                  topUp: {type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 400}
                  trials: {type: clinical-trial-support, region: Zhejiang, annualBudgetMillion: 300, phase3MaxMillion: 25}
                """);
        Scenario s = Scenarios.load(file, List.of("policies.topUp.share*=2", "policies.trials.phase3MaxMillion*=2",
                "policies.topUp.annualBudgetMillion*=0.5"));
        RdSubsidyPolicy rd = (RdSubsidyPolicy) s.policies().get("topUp");
        assertEquals(0.2, rd.share(), 1e-12, "the type default 0.1 doubled");
        assertEquals(200, rd.annualBudgetMillion(), 1e-12);
        assertEquals(50, ((TrialSupportPolicy) s.policies().get("trials")).phase3MaxMillion(), 1e-12);
        assertEquals(5, Scenarios.load(file, List.of("replications*=0.5")).replications(), "the default 10 halved");
    }

    @Test
    void starEqualsRefusesATextFactorAndATextField() throws IOException {
        Path file = variant("  topUp: {type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 400}\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Scenarios.load(file, List.of("policies.topUp.share*=twice", "name*=2")));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("a number to multiply by"), e.getMessage());
        assertTrue(e.getMessage().contains("a number already set at name"), e.getMessage());
    }
}
