package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** earlier-fits.csv names real, unsearched parameters, and the basis column agrees with it both ways. */
class EarlierFitsTest {
    private static final List<Target> TARGETS = Targets.load();
    private static final List<EarlierFits.Entry> ENTRIES = EarlierFits.load();

    @Test
    void theBasisColumnAgreesWithTheFile() {
        assertEquals(List.of(), EarlierFits.problems(TARGETS, ENTRIES));
        Set<String> seen = EarlierFits.seenIds(ENTRIES);
        assertEquals(15, seen.size(), seen.toString());
        for (Target t : TARGETS) {
            if (seen.contains(t.id())) {
                // Seen by the earlier fit: either held out now (earlier_fit) or fitted again (calibrated),
                // never promised as out of sample.
                assertTrue(t.basis() == Basis.EARLIER_FIT || t.basis() == Basis.CALIBRATED, t.id() + " " + t.basis());
            }
        }
    }

    @Test
    void everyKeptValueIsAScenarioParameterTheLatestCalibrationDidNotSearch() {
        Scenario baseline = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());
        Set<String> paths = ParameterCatalog.list(Scenario.class, baseline).stream().map(ParameterRow::path)
                .collect(Collectors.toSet());
        Set<String> searched = CalibrationPlan.builtIn().parameters().stream().map(FreeParameter::path)
                .collect(Collectors.toSet());
        List<EarlierFits.Entry> kept = ENTRIES.stream().filter(EarlierFits.Entry::parameter).toList();
        assertFalse(kept.isEmpty());
        for (EarlierFits.Entry e : kept) {
            assertTrue(paths.contains(e.key()), e.key() + " is a scenario parameter");
            assertFalse(searched.contains(e.key()), e.key() + " is searched again: its row must go");
        }
    }

    @Test
    void mislabelsAreCaughtInBothDirections() {
        List<Target> promised = TARGETS.stream()
                .map(t -> t.id().equals("zj_rd_intensity_2021") ? t.withBasis(Basis.OUT_OF_SAMPLE) : t).toList();
        List<String> problems = EarlierFits.problems(promised, ENTRIES);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("zj_rd_intensity_2021"), problems.get(0));
        List<Target> claimed = TARGETS.stream()
                .map(t -> t.id().equals("sh_biomed_output_2024") ? t.withBasis(Basis.EARLIER_FIT) : t).toList();
        problems = EarlierFits.problems(claimed, ENTRIES);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("sh_biomed_output_2024"), problems.get(0));
        // Refitting on a figure an earlier fit saw is allowed: it is then calibrated.
        List<Target> refitted = TARGETS.stream()
                .map(t -> t.id().equals("zj_rd_intensity_2021") ? t.withBasis(Basis.CALIBRATED) : t).toList();
        assertEquals(List.of(), EarlierFits.problems(refitted, ENTRIES));
    }

    @Test
    void aFitWhoseValuesAreAllGoneTaintsNothing() throws IOException {
        String header = "fit,kind,key,note\n";
        List<EarlierFits.Entry> gone = EarlierFits.parse(new StringReader(header
                + "old,target,zj_rd_intensity_2021,\nnew,parameter,firms.innovationTrend,\n"));
        assertEquals(Set.of(), EarlierFits.seenIds(gone));
        List<EarlierFits.Entry> kept = EarlierFits.parse(new StringReader(header
                + "old,target,zj_rd_intensity_2021,\nold,parameter,firms.innovationTrend,\n"));
        assertEquals(Set.of("zj_rd_intensity_2021"), EarlierFits.seenIds(kept));
        assertThrows(IllegalArgumentException.class,
                () -> EarlierFits.parse(new StringReader(header + "old,value,x,\n")));
    }
}
