package org.highland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.highland.policy.PolicySpec;
import org.highland.policy.RdSuperDeductionPolicy;
import org.highland.run.HighlandSim;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the scenario library loads, says what it is and where it comes from, and runs. */
class ScenarioLibraryTest {
    private static final Path LIBRARY = Path.of("scenarios");
    /** A seed document cited as in the baseline figures, e.g. 004_abc7f2e53fbacb9a.txt. */
    private static final Pattern SOURCE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    private static final List<String> SINGLE_POLICY_VARIANTS = List.of("shanghai-trial-support",
            "talent-rebate-province", "approval-rewards", "new-park", "guidance-fund");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(LIBRARY)) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Scenario load(String name) {
        return Scenarios.load(LIBRARY.resolve(name + ".yaml"), List.of());
    }

    @Test
    void theLibraryHoldsEveryScenarioOfTheIssue() throws IOException {
        Set<String> names = new TreeSet<>();
        files().forEach(p -> names.add(p.getFileName().toString().replace(".yaml", "")));
        assertTrue(names.containsAll(List.of("baseline", "shanghai-trial-support", "guangzhou-trial-uplift",
                "talent-rebate-province", "approval-rewards", "new-park", "guidance-fund", "budget-cut",
                "combined")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachFileOpensWithACommentNamingWhatItIsAndItsSource(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        StringBuilder header = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        assertTrue(header.length() > 0, file + " starts with a comment");
        assertTrue(SOURCE.matcher(header).find(), file + " cites a source document in its header:\n" + header);
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachFileLoadsUnderItsOwnNameAndRunsBriefly(Path file) {
        Scenario scenario = Scenarios.load(file, List.of());
        assertEquals(file.getFileName().toString().replace(".yaml", ""), scenario.name(),
                "the name in the file matches the file, so compare output can be traced back");
        ReplicationResult result = HighlandSim.run(scenario.withEndYear(2018), 0.02, scenario.seed(), 0);
        // Every policy of the file is recorded by name; every metric of every region is a number.
        List<String> names = result.metrics().stream().map(m -> m.name()).toList();
        for (String policy : scenario.policies().keySet()) {
            assertTrue(names.contains("policy_outlay." + policy), file + ": no outlay recorded for " + policy);
        }
        for (String region : List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui")) {
            for (String metric : names) {
                if (!metric.equals("industrial_output_growth")) {
                    double v = result.value(metric, region, 2018);
                    assertTrue(Double.isFinite(v), file + ": " + metric + " in " + region + " 2018 is " + v);
                }
            }
        }
        // A policy variant of the baseline moves the firm count by far less than half in four years.
        double firms = result.value(Metrics.ENTERPRISES.name(), "Zhejiang", 2018);
        double baseFirms = baseline2018().value(Metrics.ENTERPRISES.name(), "Zhejiang", 2018);
        assertTrue(firms > 0.5 * baseFirms && firms < 2 * baseFirms, file + ": " + firms + " firms against the baseline's "
                + baseFirms);
    }

    private static ReplicationResult baseline2018;

    private static synchronized ReplicationResult baseline2018() {
        if (baseline2018 == null) {
            Scenario base = load("baseline");
            baseline2018 = HighlandSim.run(base.withEndYear(2018), 0.02, base.seed(), 0);
        }
        return baseline2018;
    }

    @Test
    void everyVariantChangesThePoliciesOfTheBaselineAndNothingElse() throws IOException {
        Scenario baseline = load("baseline");
        files().map(p -> Scenarios.load(p, List.of())).filter(s -> !s.name().equals("baseline")).forEach(s -> {
            assertNotEquals(baseline.policies(), s.policies(), s.name());
            Scenario samePolicies = new Scenario(baseline.name(), baseline.description(), s.seed(), s.replications(), s.scale(),
                    s.time(), s.regions(), s.sectors(), s.routes(), s.firms(), s.entry(), s.talent(), s.capital(), s.tax(), s.location(),
                    baseline.policies());
            assertEquals(baseline, samePolicies, s.name() + " differs from the baseline only in its policies");
        });
    }

    /**
     * new-park says when its one budget buys what: the build-out claims all 600 M yuan each January
     * until its 3 B yuan are paid (2023-2027), so the rent subsidy, paid from what is left, starts
     * in 2028 and not with the build-out.
     */
    @Test
    void theNewParksRentSubsidyStartsOnceItsBuildOutIsPaidAsItsDescriptionSays() {
        Scenario park = load("new-park");
        ReplicationResult r = HighlandSim.run(park.withEndYear(2028), 0.05, park.seed(), 0);
        String outlay = "policy_outlay.yuhangParkBuildOut";
        for (int year = 2023; year <= 2027; year++) {
            assertEquals(600, r.value(outlay, "Zhejiang", year), 1e-6, "the build-out takes the budget in " + year);
        }
        double rent = r.value(outlay, "Zhejiang", 2028);
        assertTrue(rent > 0 && rent < 100, "the rent subsidy alone in 2028: " + rent);
        assertTrue(park.description().contains("rent subsidy from 2028"), park.description());
    }

    @Test
    void budgetCutEndsEveryBaselinePolicyIn2023AndCarriesItOnHalved() {
        Scenario baseline = load("baseline");
        Scenario cut = load("budget-cut");
        int funded = 0;
        for (Map.Entry<String, PolicySpec> e : baseline.policies().entrySet()) {
            PolicySpec ended = cut.policies().get(e.getKey());
            if (e.getValue().annualBudgetMillion() == 0 || e.getValue() instanceof RdSuperDeductionPolicy) {
                // A rule without outlay (the review reform) is not support to halve, nor is national
                // tax law (the R&D super-deduction).
                assertEquals(e.getValue(), ended, e.getKey() + " stays as in the baseline");
                continue;
            }
            funded++;
            PolicySpec halved = cut.policies().get(e.getKey() + "From2024");
            assertNotNull(halved, e.getKey() + " has a halved copy from 2024");
            assertEquals(2023, ended.endYear(), e.getKey());
            assertEquals(2024, halved.startYear(), e.getKey());
            assertEquals(e.getValue().endYear(), halved.endYear(), e.getKey());
            assertEquals(e.getValue().getClass(), halved.getClass(), e.getKey());
            assertEquals(e.getValue().region(), halved.region(), e.getKey());
            assertEquals(e.getValue().annualBudgetMillion() / 2, halved.annualBudgetMillion(), 1e-9, e.getKey());
        }
        assertTrue(funded > 0, "the baseline has funded policies");
        assertEquals(baseline.policies().size() + funded, cut.policies().size());
    }

    @Test
    void combinedHoldsEachSingleVariantsPoliciesUnchanged() {
        Scenario baseline = load("baseline");
        Scenario combined = load("combined");
        Map<String, PolicySpec> added = new LinkedHashMap<>();
        for (String name : SINGLE_POLICY_VARIANTS) {
            load(name).policies().forEach((key, spec) -> {
                if (!baseline.policies().containsKey(key)) {
                    added.put(key, spec);
                }
            });
        }
        Map<String, PolicySpec> expected = new LinkedHashMap<>(baseline.policies());
        expected.putAll(added);
        assertEquals(expected, combined.policies());
    }
}
