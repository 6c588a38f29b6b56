package org.highland.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** A scenario shipped as text to a task is read as the command line reads it, and leaves no file behind. */
class ScenarioTextsTest {

    @Test
    void readsTheTextWithItsSetsAndLeavesNoTemporaryFile() {
        String name = "texts-" + UUID.randomUUID();
        String yaml = Scenarios.toYaml(Scenarios.defaults()).replaceFirst("(?m)^name: .*$", "name: " + name);
        Scenario plain = ScenarioTexts.load(yaml, List.of());
        Scenario shorter = ScenarioTexts.load(yaml, List.of("time.endYear=2018"));
        assertEquals(name, plain.name());
        assertEquals(Scenarios.defaults().time().endYear(), plain.time().endYear());
        assertEquals(2018, shorter.time().endYear());
        assertEquals(List.of(), filesHolding(name), "temporary scenario files left behind");
    }

    @Test
    void keepsTheLastScenariosReadForTheSameTextAndSets() {
        String yaml = Scenarios.toYaml(Scenarios.defaults()).replaceFirst("(?m)^name: .*$", "name: texts-" + UUID.randomUUID());
        Scenario first = ScenarioTexts.load(yaml, List.of("time.endYear=2019"));
        assertSame(first, ScenarioTexts.load(yaml, List.of("time.endYear=2019")));
        assertNotSame(first, ScenarioTexts.load(yaml, List.of("time.endYear=2020")));
    }

    @Test
    void aBadTextIsRefusedAndLeavesNoTemporaryFile() {
        String name = "texts-" + UUID.randomUUID();
        String yaml = Scenarios.toYaml(Scenarios.defaults()).replaceFirst("(?m)^name: .*$", "name: " + name)
                + "\nnoSuchField: 1\n";
        RuntimeException refused = assertThrows(RuntimeException.class, () -> ScenarioTexts.load(yaml, List.of()));
        assertTrue(refused.getMessage().contains("noSuchField"), refused.getMessage());
        assertEquals(List.of(), filesHolding(name), "temporary scenario files left behind");
    }

    /** The scenario files in the temporary folder that hold {@code text} (other tests may write their own meanwhile). */
    private static List<Path> filesHolding(String text) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, "highland-scenario-*.yaml")) {
            List<Path> holding = new ArrayList<>();
            for (Path f : files) {
                try {
                    if (Files.readString(f).contains(text)) {
                        holding.add(f);
                    }
                } catch (IOException e) {
                    // Deleted by its writer meanwhile.
                }
            }
            return holding;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
