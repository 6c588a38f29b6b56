package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real child process at seeded random moments, for run, compare and calibrate: a
 * folder with the final name is never incomplete, a finished folder is never changed, and a rerun
 * with the same --out (--resume for calibrate) works and gives the uninterrupted result.
 */
class KillNineTest {
    private static final List<String> TINY = List.of("--scale", "0.02", "--replications", "2", "--threads", "2",
            "--end", "2016");
    private static final String BASELINE = "scenarios/baseline.yaml";

    @TempDir
    Path dir;

    private final SplittableRandom random = new SplittableRandom(14);

    /**
     * Starts the command in a child JVM whose temporary folder is the test's: a child killed while
     * it holds a temporary file (a task's scenario, read from one) leaves it there, not in the
     * machine's.
     */
    private Process start(List<String> args) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), HighlandCommand.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Runs to the end; returns the exit code and the wall time in ms. */
    private long[] finish(List<String> args) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(args);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished in time: " + args);
        return new long[] {p.exitValue(), (System.nanoTime() - t0) / 1_000_000};
    }

    /** Starts the command and kills it with SIGKILL after a random share of {@code millis}. */
    private void killSomewhereIn(List<String> args, long millis) throws Exception {
        Process p = start(args);
        Thread.sleep((long) (random.nextDouble() * millis));
        p.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook runs
        p.waitFor(60, TimeUnit.SECONDS);
    }

    /** Every file under a folder with its content, hidden names left out. */
    private static TreeMap<String, String> contents(Path folder, List<String> ignoredFiles) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (!name.startsWith(".") && !ignoredFiles.contains(name)) {
                    all.put(name, Files.readString(p));
                }
            }
        }
        return all;
    }

    private static List<String> with(List<String> head, Path out, String... more) {
        List<String> args = new ArrayList<>(head);
        args.addAll(TINY);
        args.addAll(List.of(more));
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    /** run and compare: the folder appears whole or not at all; a rerun fills it or is refused. */
    private void checkFolderCommand(List<String> head, List<String> complete, int kills) throws Exception {
        Path reference = dir.resolve("reference-" + head.get(0));
        long[] ref = finish(with(head, reference));
        assertEquals(0, ref[0]);
        // Wall time and command line differ from run to run; everything else must not.
        List<String> varying = List.of("manifest.json");
        TreeMap<String, String> expected = contents(reference, varying);
        for (int k = 0; k < kills; k++) {
            Path out = dir.resolve("killed-" + head.get(0) + "-" + k);
            killSomewhereIn(with(head, out), ref[1] * 3 / 2);
            boolean landed = Files.exists(out);
            if (landed) {
                for (String file : complete) {
                    assertTrue(Files.isRegularFile(out.resolve(file)), out + " lacks " + file);
                }
                assertEquals(expected, contents(out, varying), "a folder with its final name is complete");
            }
            TreeMap<String, String> before = landed ? contents(out, List.of()) : null;
            long[] rerun = finish(with(head, out));
            if (landed) {
                assertEquals(ExitCodes.BAD_INPUT, rerun[0], "a finished folder is not overwritten");
                assertEquals(before, contents(out, List.of()), "and not changed");
            } else {
                assertEquals(0, rerun[0], "rerun with the same --out");
                assertEquals(expected, contents(out, varying));
            }
        }
    }

    @Test
    void runAndCompareNeverLeaveAnIncompleteFolderUnderTheFinalName() throws Exception {
        checkFolderCommand(List.of("run", BASELINE),
                List.of("manifest.json", "summary.csv", "replications.csv", "scenario.resolved.yaml"), 2);
        checkFolderCommand(List.of("compare", BASELINE, "scenarios/guidance-fund.yaml"),
                List.of("manifest.json", "comparison.csv", "cost_effectiveness.csv"), 2);
    }

    @Test
    void aKilledCalibrationResumesToTheUninterruptedResult() throws Exception {
        List<String> calibrate = List.of("calibrate", BASELINE, "--replications", "1", "--threads", "1",
                "--scale", "0.02", "--budget", "3", "--confirm-scale", "0.02", "--confirm-replications", "1");
        Path reference = dir.resolve("reference");
        List<String> args = new ArrayList<>(calibrate);
        args.addAll(List.of("--out", reference.toString()));
        long[] ref = finish(args);
        assertEquals(0, ref[0]);
        List<String> varying = List.of("manifest.json", CalibrateCommand.OVERLAY);
        TreeMap<String, String> expected = contents(reference, varying);
        for (int k = 0; k < 2; k++) {
            Path out = dir.resolve("killed-" + k);
            List<String> fresh = new ArrayList<>(calibrate);
            fresh.addAll(List.of("--out", out.toString()));
            killSomewhereIn(fresh, ref[1] * 3 / 2);
            List<String> again = new ArrayList<>(calibrate);
            if (!Files.exists(out)) {
                again.addAll(List.of("--out", out.toString()));
                assertEquals(0, finish(again)[0], "a fresh start with the same --out");
            } else if (Files.exists(out.resolve("manifest.json"))) {
                TreeMap<String, String> before = contents(out, List.of());
                again.addAll(List.of("--resume", out.toString()));
                assertEquals(ExitCodes.BAD_INPUT, finish(again)[0], "a finished calibration is not resumed");
                assertEquals(before, contents(out, List.of()));
            } else {
                again.addAll(List.of("--resume", out.toString()));
                assertEquals(0, finish(again)[0], "--resume of the killed calibration");
            }
            assertEquals(expected, contents(out, varying));
        }
    }
}
