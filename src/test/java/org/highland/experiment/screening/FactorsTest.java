package org.highland.experiment.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.experiment.Experiment;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing factors from the plausible ranges and from a parameters file. */
class FactorsTest {
    private static final Scenario BASE = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());
    private static final Scenario VARIANT = Scenarios.load(Path.of("scenarios", "shanghai-trial-support.yaml"), List.of());

    @TempDir
    Path dir;

    @Test
    void allBehaviouralFactorsHaveAProperRangeAroundTheirValue() {
        List<Factor> factors = Factors.allBehavioural(BASE, VARIANT, PlausibleRanges.builtIn());
        assertTrue(factors.size() > 100, "factors: " + factors.size());
        for (Factor f : factors) {
            assertTrue(f.low() < f.high() && f.low() <= f.nominal() && f.nominal() <= f.high(), f.toString());
            assertTrue(!f.path().startsWith("policies.zhejiangTrialSupport"), "only parameters of both scenarios");
        }
        assertTrue(factors.stream().noneMatch(f -> f.path().equals("sectors.cxo.projectStartsPerYear")),
                "a structural zero has an empty range and is not a factor");
    }

    @Test
    void aFileNamesPathsPatternsAndExplicitRanges() throws IOException {
        Path file = Files.writeString(dir.resolve("f.csv"), String.join("\n", "path,low,high", "# comment",
                "routes.innovativeDrug.stages[*].successProbability", "firms.shortageDelay,0.1,0.9", ""));
        List<Factor> factors = Factors.fromFile(file, BASE, VARIANT, PlausibleRanges.builtIn());
        assertEquals(7, factors.size(), factors.toString());
        assertEquals("routes.innovativeDrug.stages[3].successProbability", factors.get(3).path());
        assertEquals(0.24, factors.get(3).low());
        String path = "routes.innovativeDrug.stages[3].successProbability";
        double calibrated = value(BASE, path);
        assertTrue(calibrated != value(Scenarios.defaults(), path), "the premise: the baseline calibrates it");
        assertEquals(calibrated, factors.get(3).nominal(), "the base scenario's (calibrated) value, not the default");
        assertEquals(new Factor("firms.shortageDelay", 0.1, 0.9, 0.5), factors.get(6));
    }

    private static double value(Scenario scenario, String path) {
        return ParameterCatalog.list(Scenario.class, scenario).stream().filter(r -> r.path().equals(path))
                .findFirst().orElseThrow().number();
    }

    /**
     * A setting of a policy only one scenario holds (the variant's subsidy share) is a factor: its
     * centre is that scenario's value, and each point sets it in that scenario alone.
     */
    @Test
    void aParameterOnlyOneScenarioHasIsAFactorSetInThatOneAlone() throws IOException {
        String costShare = "policies.zhejiangTrialSupport.costShare";
        Path file = Files.writeString(dir.resolve("g.csv"), costShare + ",0.1,0.5\nfirms.shortageDelay,0.1,0.9\n");
        for (Scenario[] pair : new Scenario[][] {{BASE, VARIANT}, {VARIANT, BASE}}) {
            List<Factor> factors = Factors.fromFile(file, pair[0], pair[1], PlausibleRanges.builtIn());
            assertEquals(new Factor(costShare, 0.1, 0.5, 0.3), factors.get(0), "the variant's own value at the centre");
        }
        List<Factor> factors = Factors.fromFile(file, BASE, VARIANT, PlausibleRanges.builtIn());
        ScenarioEffect effect = new ScenarioEffect(Path.of("scenarios", "baseline.yaml"),
                Path.of("scenarios", "shanghai-trial-support.yaml"), List.of("seed=3"), factors, List.of(), null,
                new Experiment.Settings(0.05, 1, 1, 1), null);
        double[] point = {0.2, 0.4};
        assertEquals(List.of("seed=3", "firms.shortageDelay=0.4"), effect.baseSets(point));
        assertEquals(List.of("seed=3", costShare + "=0.2", "firms.shortageDelay=0.4"), effect.variantSets(point));

        Path outside = Files.writeString(dir.resolve("h.csv"), "firms.shortageDelay,0.5,2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Factors.fromFile(outside, BASE,
                VARIANT, PlausibleRanges.builtIn()));
        assertTrue(e.getMessage().contains("validity bounds"), e.getMessage());
    }

    @Test
    void everyBadLineIsReportedAtOnceWithItsLineAndFix() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "firms.discountRatePerYaer\n"
                + "capital.valueElasticity,1.5,0\nfirms.shortageDelay,abc,1\nfirms.discountRatePerYear\n");
        String m = assertThrows(IllegalArgumentException.class,
                () -> Factors.fromFile(file, BASE, VARIANT, PlausibleRanges.builtIn())).getMessage();
        assertTrue(m.lines().anyMatch(l -> l.endsWith("bad.csv:1: 'firms.discountRatePerYaer' is a parameter of neither"
                + " scenario. Fix: did you mean 'firms.discountRatePerYear'?")), "no full stop after the question: " + m);
        assertTrue(m.contains("bad.csv:2: capital.valueElasticity: expected low < high") && m.contains("got 1.5, 0."
                + " Fix: swap the ends: capital.valueElasticity,0,1.5."), m);
        assertTrue(m.contains("bad.csv:3: firms.shortageDelay: low and high must be numbers, got 'abc', '1'"), m);
        assertEquals(3, m.lines().count(), "one line per problem, the good line 4 none: " + m);
    }

    /**
     * A line whose ends are not numbers is a problem of its own, whatever its path names: not
     * checked against the scenarios (a misspelt path is named once the line is well formed), and
     * named once for a pattern, not once for each parameter it matches.
     */
    @Test
    void aLineWhoseEndsAreNotNumbersIsNotCheckedFurther() throws IOException {
        Path file = Files.writeString(dir.resolve("ends.csv"), "firms.shortageDelai,abc,1\nfirms.*,0.1,x\n"
                + "firms.shortageDelai\n");
        String m = assertThrows(IllegalArgumentException.class,
                () -> Factors.fromFile(file, BASE, VARIANT, PlausibleRanges.builtIn())).getMessage();
        assertEquals(List.of(file + ":1: firms.shortageDelai: low and high must be numbers, got 'abc', '1'. Fix: write"
                + " e.g. firms.shortageDelai,0.1,0.3.", file + ":2: firms.*: low and high must be numbers, got '0.1', 'x'."
                + " Fix: write e.g. firms.*,0.1,0.3.", file + ":3: 'firms.shortageDelai' is a parameter of neither"
                + " scenario. Fix: did you mean 'firms.shortageDelay'?"), m.lines().toList());
    }
}
