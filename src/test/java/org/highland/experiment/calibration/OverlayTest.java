package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibrated overlay runs as the calibrated scenario: the values searched and the overrides it ran with. */
class OverlayTest {
    private static final Path BASELINE = Path.of("scenarios", "baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theOverlayReadsAsTheCalibratedScenarioListsOverridesAndRemovalsIncluded() throws IOException {
        List<String> calibration = List.of(
                "regions.Zhejiang.growthShift=-0.0123",
                "routes.innovativeDrug.stages[3].successProbability=0.4567",
                "firms.shortageDelay=0.9",
                "regions.Shanghai.ventureBillion=1.6",
                "policies.reviewReform=~");
        Scenario file = Scenarios.load(BASELINE, List.of());
        Scenario calibrated = Scenarios.load(BASELINE, calibration);
        String text = Overlay.render(BASELINE.toString(), "baseline-calibrated", List.of("a comment"),
                Scenarios.toYaml(file), Scenarios.toYaml(calibrated));
        assertTrue(text.startsWith("# a comment\n# routes.innovativeDrug.stages: written whole"), text);
        Path overlay = Files.writeString(dir.resolve("calibrated.yaml"), text);

        Scenario read = Scenarios.load(overlay, List.of());
        assertEquals("baseline-calibrated", read.name());
        assertEquals("As baseline, with its free parameters as calibrated (the header says how).", read.description());
        assertEquals(Scenarios.toYaml(calibrated), Scenarios.toYaml(Scenarios.load(overlay, List.of("name=" + file.name(),
                "description=" + file.description()))), "the overlay runs exactly the calibrated scenario");
        assertFalse(read.policies().containsKey("reviewReform"));
    }

    @Test
    void objectsDifferKeyByKeyAndATypeChangeOrAListIsWrittenWhole() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode base = (ObjectNode) json.valueToTree(java.util.Map.of(
                "a", java.util.Map.of("x", 1, "y", 2),
                "p", java.util.Map.of("type", "t1", "k", 1, "m", 2),
                "l", List.of(1, 2, 3),
                "gone", 5));
        ObjectNode target = (ObjectNode) json.valueToTree(java.util.Map.of(
                "a", java.util.Map.of("x", 1, "y", 3),
                "p", java.util.Map.of("type", "t2", "k", 1),
                "l", List.of(1, 9, 3),
                "new", 7));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> lists = new ArrayList<>();
        Overlay.diff(base, target, out, "", lists);
        JsonNode expected = json.valueToTree(java.util.Map.of(
                "a", java.util.Map.of("y", 3),
                "p", java.util.Map.of("type", "t2", "k", 1),
                "l", List.of(1, 9, 3),
                "new", 7));
        ObjectNode withRemoval = ((ObjectNode) expected).deepCopy();
        withRemoval.putNull("gone");
        assertEquals(withRemoval, out);
        assertEquals(List.of("l"), lists);
    }
}
