package org.highland.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * Reads a resolved scenario shipped as YAML text, with a point's {@code --set}s, through the
 * ordinary reader (so a task checks its values exactly as the command line would). The text is
 * written once per JVM to a temporary file: the reader reads files, and executors of a cluster
 * have none of the user's.
 */
final class ScenarioTexts {
    private static final ConcurrentHashMap<String, Path> FILES = new ConcurrentHashMap<>();

    private ScenarioTexts() {
    }

    static Scenario load(String yaml, List<String> sets) {
        return Scenarios.load(FILES.computeIfAbsent(yaml, ScenarioTexts::write), sets);
    }

    private static Path write(String yaml) {
        try {
            Path file = Files.createTempFile("highland-scenario-", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a scenario for the sweep's tasks", e);
        }
    }
}
