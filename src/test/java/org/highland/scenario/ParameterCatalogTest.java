package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /**
     * The parameters of several scenarios together: a setting of a policy only one holds is among
     * them, as that one lists it, and a path both have keeps the first one's row.
     */
    @Test
    void theUnionOfScenariosHoldsEachPathOnceAsTheFirstThatHasItListsIt() {
        Sample first = Fixtures.reader(dir).defaults();
        Sample second = Fixtures.reader(dir).read(Fixtures.write(dir, "more.yaml", """
                seed: 7
                policies:
                  rdSubsidy: ~
                """), List.of());
        Map<String, ParameterRow> union = ParameterCatalog.union(Sample.class, List.of(second, first),
                PlausibleRanges.builtIn());
        assertEquals("7", union.get("seed").value(), "the first scenario's row");
        assertEquals("0.1", union.get("policies.rdSubsidy.rate").value(), "a policy only the second holds");
        assertEquals(ParameterCatalog.list(Sample.class, first).size(), union.size());
        assertFalse(ParameterCatalog.paths(Sample.class, second).contains("policies.rdSubsidy.rate"));
        assertTrue(ParameterCatalog.paths(Sample.class, first).contains("policies.rdSubsidy.rate"));
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
        assertEquals("share of the region's start-year firms in the sector (normalised over sectors): tcm", tcm.doc());
        assertEquals("share", tcm.unit());
    }

    /**
     * A number per talent tier leaves unit and range to the component holding it: params lists
     * the owner's unit (never the placeholder), and a scenario is checked against the owner's
     * tighter bound (a tax rate of 1.5 is refused, naming the unit).
     */
    @Test
    void aTierValueTakesItsOwnersUnitAndBound() {
        Scenario baseline = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());
        List<ParameterRow> rows = ParameterCatalog.list(Scenario.class, baseline);
        assertEquals(List.of(), rows.stream().filter(r -> r.unit().equals(ParamBounds.AS_OWNER)).map(ParameterRow::path).toList());
        ParameterRow wage = rows.stream().filter(r -> r.path().equals("regions.Zhejiang.annualWageThousand.leading"))
                .findFirst().orElseThrow();
        assertEquals("thousand_yuan_per_year", wage.unit());
        ParameterRow tax = rows.stream().filter(r -> r.path().equals("talent.effectiveTaxRate.skilled")).findFirst()
                .orElseThrow();
        assertEquals("share", tax.unit());
        assertEquals(1.0, tax.max());
        ScenarioException refused = assertThrows(ScenarioException.class, () -> Scenarios.load(Path.of("scenarios", "baseline.yaml"),
                List.of("talent.effectiveTaxRate.skilled=1.5")));
        assertTrue(refused.getMessage().contains("expected a number in [0, 1] share, got 1.5"), refused.getMessage());
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
