package org.highland.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzz tests of the scenario reader and of --set: whatever the bytes, reading ends in a scenario
 * or a {@link ScenarioException}, never another exception, a hang or an OutOfMemoryError.
 *
 * <p>Without {@code JAZZER_FUZZ=1} (as in {@code mvn verify}) each test replays its seed corpus in
 * {@code src/test/resources/org/highland/scenario/ScenarioReaderFuzzTestInputs/<test>/}: the
 * shipped scenarios and a few --set arguments. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -o test -Dtest=ScenarioReaderFuzzTest#readsAScenarioFile
 * -Djazzer.max_duration=10m}; findings are saved into that folder and replayed from then on.
 * The file corpus is a snapshot of scenarios/*.yaml (the mutation test reads the live files);
 * copy them again when scenarios are added.
 */
class ScenarioReaderFuzzTest {
    private static final Path CORPUS = Path.of("src/test/resources/org/highland/scenario/ScenarioReaderFuzzTestInputs");
    /** A copy of scenarios/, so that a fuzzed file can extend baseline.yaml as the shipped ones do. */
    private static final Path WORK = copyOfScenarios();

    private static Path copyOfScenarios() {
        try {
            Path work = Files.createDirectories(Path.of("target", "fuzz-scenarios"));
            try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
                for (Path p : files.toList()) {
                    Files.copy(p, work.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void readsAScenarioFile(byte[] data) throws IOException {
        Path file = WORK.resolve("fuzzed-" + Thread.currentThread().getId() + ".yaml");
        Files.write(file, data);
        try {
            Scenarios.load(file, List.of());
        } catch (ScenarioException expected) {
            // a sentence for the user: the reader did its job
        }
    }

    @FuzzTest
    void appliesASet(byte[] data) {
        String set = new String(data, StandardCharsets.UTF_8);
        try {
            Scenarios.load(WORK.resolve("baseline.yaml"), List.of(set));
        } catch (ScenarioException expected) {
            // a sentence for the user
        }
    }
}
