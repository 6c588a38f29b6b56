package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder appears under its final name complete or not at all: watched from another
 * thread at many moments of a run, and after a real {@code highland} process is killed at
 * moments spread over its run.
 */
class AtomicResultsTest {
    private static final String SCENARIO = Path.of("scenarios", "baseline.yaml").toString();
    private static final List<String> FILES = List.of("manifest.json", "replications.csv", "scenario.resolved.yaml",
            "summary.csv");

    @TempDir
    Path dir;

    private static String[] args(Path out) {
        return new String[] {"run", SCENARIO, "--scale", "0.03", "--end", "2016", "--replications", "1",
            "--threads", "1", "--out", out.toString()};
    }

    @Test
    void whileARunIsInProgressTheFinalFolderIsAbsentOrComplete() throws Exception {
        Path out = dir.resolve("watched");
        AtomicBoolean done = new AtomicBoolean();
        List<Map<String, Long>> seen = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] looks = new int[2];
        Thread watcher = new Thread(() -> {
            try {
                while (!done.get()) {
                    looks[0]++;
                    Map<String, Long> snapshot = snapshot(out);
                    if (snapshot != null) {
                        seen.add(snapshot);
                    } else {
                        looks[1]++;
                    }
                    // A look every fifth of a millisecond, leaving the run a core.
                    LockSupport.parkNanos(200_000);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        watcher.start();
        CliRun run = CliRun.highland(args(out));
        done.set(true);
        watcher.join();
        assertEquals(null, failure.get());
        assertEquals(0, run.exitCode, run.toString());
        Map<String, Long> complete = snapshot(out);
        assertEquals(FILES, List.copyOf(complete.keySet()));
        assertTrue(looks[1] > 100, "too few looks while the folder was absent: " + looks[1]);
        for (Map<String, Long> s : seen) {
            assertEquals(complete, s, "the final folder was seen incomplete");
        }
    }

    @Test
    void aProcessKilledAtAnyMomentLeavesTheCompleteFolderOrNone() throws Exception {
        Path reference = dir.resolve("reference");
        long started = System.nanoTime();
        Process whole = start(reference);
        assertEquals(0, whole.waitFor(), "the uninterrupted run failed");
        long nanos = System.nanoTime() - started;
        List<String> outcomes = new ArrayList<>();
        // Kill times spread over the run, denser towards its end, where the results are written.
        for (double fraction : new double[] {0.5, 0.8, 0.9, 0.97}) {
            Path out = dir.resolve("killed-" + fraction);
            Process p = start(out);
            if (!p.waitFor((long) (fraction * nanos), TimeUnit.NANOSECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
            if (Files.exists(out)) {
                outcomes.add("complete");
                assertEquals(FILES, List.copyOf(snapshot(out).keySet()), "files after a kill at " + fraction);
                for (String file : FILES) {
                    if (!file.equals("manifest.json")) {
                        assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)),
                                file + " after a kill at " + fraction + " of the run");
                    }
                }
                assertTrue(Files.size(out.resolve("manifest.json")) > 100);
            } else {
                outcomes.add("none");
            }
        }
        assertTrue(outcomes.contains("none"), "premise: some kill came before the end: " + outcomes);
    }

    private Process start(Path out) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("child-tmp")),
                "-cp", classPath, HighlandCommand.class.getName()));
        command.addAll(List.of(args(out)));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
    }

    /** File name to size in {@code folder}, sorted; null when the folder is absent. */
    private static Map<String, Long> snapshot(Path folder) {
        if (!Files.exists(folder)) {
            return null;
        }
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                sizes.put(f.getFileName().toString(), Files.size(f));
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }
}
