package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instrument whose outcome no headline metric shows (elderly-care beds, TCM area, other talent
 * tiers) gets rows of its own in compare's table: with the headline rows alone an elderly-care
 * subsidy of billions read as buying nothing.
 */
class OwnOutcomesTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Scenario variant(String policies) throws IOException {
        Path file = Files.writeString(dir.resolve("v.yaml"), "extends: " + BASELINE + "\npolicies:\n" + policies);
        return Scenarios.load(file, List.of());
    }

    @Test
    void theVariantsOwnInstrumentsBringTheirOutcomes() throws IOException {
        Scenario base = Scenarios.load(BASELINE, List.of());
        assertEquals(List.of(Metrics.ELDERLY_INSTITUTIONS, Metrics.ELDERLY_BEDS), OwnOutcomes.of(base, variant(
                "  care: {type: elderly-care-subsidy, region: Zhejiang, annualBudgetMillion: 100}\n")));
        assertEquals(List.of(), OwnOutcomes.of(base, variant(
                "  leading: {type: talent-programme, region: Zhejiang, annualBudgetMillion: 100}\n")),
                "leading talents are a headline metric already");
        assertEquals(List.of(Metrics.SKILLED_STAFF, Metrics.TCM_AREA, Metrics.TCM_OUTPUT), OwnOutcomes.of(base, variant(
                "  herbs: {type: tcm-cultivation-support, region: Anhui, annualBudgetMillion: 100}\n"
                        + "  skilled: {type: talent-programme, region: Zhejiang, tier: SKILLED, annualBudgetMillion: 100}\n")));
        assertEquals(List.of(), OwnOutcomes.of(base, base), "the base's own policies add nothing");
    }

    @Test
    void theTerminalTableHasARowPerProvinceForEachOwnOutcome() {
        List<Metric> metrics = List.of(Metrics.POLICY_OUTLAY, Metrics.ELDERLY_BEDS);
        List<ReplicationResult> base = List.of(Synthetic.result(0, metrics, (m, a, y) -> 100),
                Synthetic.result(1, metrics, (m, a, y) -> 100));
        List<ReplicationResult> variant = List.of(Synthetic.result(0, metrics, (m, a, y) -> m == 1 && a == 0 ? 350 : 100),
                Synthetic.result(1, metrics, (m, a, y) -> m == 1 && a == 0 ? 350 : 100));
        String table = HeadlineComparison.render("base", "care", base, variant, List.of("North", "South"), 1.0,
                List.of(Metrics.ELDERLY_BEDS));
        assertTrue(table.matches("(?s).*\ncare beds +North +100 +\\+250 \\[\\+250, \\+250\\].*"), table);
        assertTrue(table.contains("care beds      = elderly_care_beds: elderly-care beds"), "and in the legend: " + table);
        assertFalse(HeadlineComparison.render("base", "care", base, variant, List.of("North"), 1.0, List.of())
                .contains("care beds"));
    }
}
