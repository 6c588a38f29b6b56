package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.model.spec.StageSpec;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrated overlay runs as the candidate it was written from, list elements included. */
class OverlayTest {
    private static final Path BASELINE = Path.of("scenarios", "baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theOverlayReadsAsTheScenarioWithTheCalibratedValuesListElementsIncluded() throws IOException {
        Scenario base = Scenarios.load(BASELINE, List.of());
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("regions.Zhejiang.growthShift", -0.0123);
        values.put("routes.innovativeDrug.stages[3].successProbability", 0.4567);
        values.put("routes.innovativeDrug.stages[2].successProbability", 0.789);
        String text = Overlay.render(BASELINE.toString(), "baseline-calibrated", values, List.of("a comment"),
                Scenarios.toYaml(base));
        Path file = Files.writeString(dir.resolve("calibrated.yaml"), text);
        Scenario calibrated = Scenarios.load(file, List.of());

        assertEquals("baseline-calibrated", calibrated.name());
        assertEquals(-0.0123, calibrated.regions().get("Zhejiang").growthShift());
        List<StageSpec> stages = calibrated.routes().innovativeDrug().stages();
        List<StageSpec> before = base.routes().innovativeDrug().stages();
        assertEquals(before.size(), stages.size());
        for (int i = 0; i < stages.size(); i++) {
            double expected = i == 3 ? 0.4567 : i == 2 ? 0.789 : before.get(i).successProbability();
            assertEquals(expected, stages.get(i).successProbability(), "stage " + i);
        }
        // Everything else is the scenario's, to the bit: with the calibrated values put back, the two agree.
        String backToBase = Scenarios.toYaml(Scenarios.load(file, List.of(
                "name=" + base.name(),
                "regions.Zhejiang.growthShift=" + base.regions().get("Zhejiang").growthShift(),
                "routes.innovativeDrug.stages[3].successProbability=" + before.get(3).successProbability(),
                "routes.innovativeDrug.stages[2].successProbability=" + before.get(2).successProbability())));
        assertEquals(Scenarios.toYaml(base), backToBase);
    }

    @Test
    void aPathIntoNoListIsRefused() {
        Scenario base = Scenarios.defaults();
        assertThrows(IllegalArgumentException.class, () -> Overlay.render(null, null,
                Map.of("firms.exitGraceMonths[0]", 1.0), List.of(), Scenarios.toYaml(base)));
    }

    @Test
    void stepsSplitNamesAndListPositions() {
        assertEquals(List.of("routes", "innovativeDrug", "stages", 3, "successProbability"),
                Overlay.steps("routes.innovativeDrug.stages[3].successProbability"));
        assertEquals(List.of("regions", "Shanghai", "parks", "Zhangjiang Pharma Valley", "initialOutputShare"),
                Overlay.steps("regions.Shanghai.parks.Zhangjiang Pharma Valley.initialOutputShare"));
        assertThrows(IllegalArgumentException.class, () -> Overlay.steps("a..b"));
    }
}
