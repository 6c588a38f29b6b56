package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.highland.scenario.Fixtures.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterCatalogTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryNumericLeafWithUnitRangeAndDoc() {
        Sample sample = Fixtures.reader(dir).defaults();
        List<ParameterRow> rows = ParameterCatalog.list(Sample.class, sample);
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(List.of(
                new ParameterRow("seed", "42", "seed", 0, inf, "random seed"),
                new ParameterRow("time.startYear", "2020", "year", 2000, 2100, "first simulated year"),
                new ParameterRow("time.endYear", "2030", "year", 2000, 2100, "last simulated year"),
                new ParameterRow("regions[0].population", "1000", "person", 0, inf, "residents at start"),
                new ParameterRow("regions[0].growth", "0.01", "share", 0, 1, "yearly growth"),
                new ParameterRow("regions[1].population", "2000", "person", 0, inf, "residents at start"),
                new ParameterRow("regions[1].growth", "0.02", "share", 0, 1, "yearly growth"),
                new ParameterRow("policies.trialSupport.phase1MaxMillion", "5", "million_yuan", 0, 1000, "phase 1 cap"),
                new ParameterRow("policies.trialSupport.phase3MaxMillion", "50", "million_yuan", 0, 1000, "phase 3 cap"),
                new ParameterRow("policies.trialSupport.coverage", "0.3", "share", 0, 1, "share of costs covered"),
                new ParameterRow("policies.rdSubsidy.rate", "0.1", "share", 0, 1, "subsidy rate"),
                new ParameterRow("policies.rdSubsidy.maxFirms", "10", "", Double.NEGATIVE_INFINITY, inf, ""),
                new ParameterRow("shares[0]", "0.25", "share", 0, 1, "sector shares"),
                new ParameterRow("shares[1]", "0.75", "share", 0, 1, "sector shares")), rows);
    }

    /** A shared record's numbers (per sector, per tier) take their meaning from the holding component's @Doc. */
    @Test
    void everyParameterOfTheShippedBaselineHasAMeaning() {
        Scenario baseline = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());
        List<ParameterRow> rows = ParameterCatalog.list(Scenario.class, baseline);
        List<String> empty = rows.stream().filter(r -> r.doc().isBlank()).map(ParameterRow::path).toList();
        assertEquals(List.of(), empty);
        ParameterRow tcm = rows.stream().filter(r -> r.path().equals("regions.Zhejiang.firmShares.tcm")).findFirst()
                .orElseThrow();
        assertEquals("share of the start-year firms in the sector: tcm", tcm.doc());
        assertEquals("share", tcm.unit());
    }

    @Test
    void undocumentedNumericComponentsAreFoundEvenInSubtypesAbsentFromTheValue() {
        assertEquals(List.of("Fixtures.RdSubsidy.maxFirms"), ParameterCatalog.undocumented(Sample.class, null));
    }

    @Test
    void valueMustMatchTheType() {
        assertThrows(IllegalArgumentException.class, () -> ParameterCatalog.list(Sample.class, "not a sample"));
    }
}
