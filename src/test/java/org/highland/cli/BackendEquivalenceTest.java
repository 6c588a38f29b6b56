package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.highland.experiment.sweep.LoopbackSpark;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}, {@code validate} and {@code compare} run their replications on the task engine:
 * 1 thread, 2 threads and Spark in local[2] write byte-identical results (every file but the
 * manifest, which holds the command line and the wall time).
 */
@ExtendWith(LoopbackSpark.class)
class BackendEquivalenceTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toString();
    private static final String SHANGHAI = Path.of("scenarios", "shanghai-trial-support.yaml").toString();
    private static final List<String> TINY = List.of("--scale", "0.03", "--replications", "2");
    private static final List<List<String>> BACKENDS = List.of(List.of("--threads", "1"), List.of("--threads", "2"),
            List.of("--backend", "spark", "--master", "local[2]"));

    @TempDir
    Path dir;

    @Test
    void runGivesTheSameBytesOnEveryBackend() throws IOException {
        sameOnEveryBackend(List.of("run", BASELINE, "--end", "2016"), "replications.csv");
    }

    @Test
    void validateGivesTheSameBytesOnEveryBackend() throws IOException {
        // validate refuses to stop before the last target year.
        sameOnEveryBackend(List.of("validate", BASELINE, "--end", "2024"), "validation.csv");
    }

    @Test
    void compareGivesTheSameBytesOnEveryBackend() throws IOException {
        sameOnEveryBackend(List.of("compare", BASELINE, SHANGHAI, "--end", "2016"), "comparison.csv");
    }

    private void sameOnEveryBackend(List<String> command, String mainFile) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (int b = 0; b < BACKENDS.size(); b++) {
            Path out = dir.resolve(command.get(0) + "-" + b);
            List<String> args = new ArrayList<>(command);
            args.addAll(TINY);
            args.addAll(BACKENDS.get(b));
            args.addAll(List.of("--out", out.toString()));
            CliRun r = CliRun.highland(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.exitCode, r.toString());
            if (BACKENDS.get(b).contains("spark")) {
                assertTrue(r.err.contains("backend: Spark local[2] (2 cores)"), r.err);
            }
            folders.add(out);
        }
        List<Path> files = files(folders.get(0));
        assertTrue(files.contains(Path.of(mainFile)), mainFile + " missing from " + files);
        assertTrue(Files.size(folders.get(0).resolve(mainFile)) > 100, mainFile + " is nearly empty");
        for (int b = 1; b < folders.size(); b++) {
            assertEquals(files, files(folders.get(b)), "the files written with " + BACKENDS.get(b));
            for (Path file : files) {
                assertArrayEquals(Files.readAllBytes(folders.get(0).resolve(file)),
                        Files.readAllBytes(folders.get(b).resolve(file)), file + " differs with " + BACKENDS.get(b));
            }
        }
    }

    /** Every file of the folder but the manifest, relative and sorted. */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(folder::relativize)
                    .filter(p -> !p.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
    }
}
