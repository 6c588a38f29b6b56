package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.highland.cli.ExitCodes;
import org.highland.cli.HighlandChild;
import org.highland.run.CliRun;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's files depend only on the experiment: 1 and 2 threads give the same bytes, and a sweep
 * whose process is killed part-way and then resumed gives the bytes of an uninterrupted one.
 */
class SweepDeterminismTest {
    private static final String SCALE = "0.02";
    private static final String END = "2016";

    @TempDir
    static Path dir;
    static Path experiment;
    static Path reference;

    @BeforeAll
    static void uninterrupted() throws Exception {
        experiment = SweepFixtures.grid(dir, 3);
        reference = dir.resolve("one-thread");
        CliRun run = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--threads", "1",
                "--quiet", "--out", reference.toString());
        assertEquals(0, run.exitCode, run.toString());
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws Exception {
        Path two = dir.resolve("two-threads");
        CliRun run = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--threads", "2",
                "--quiet", "--out", two.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertSameFiles(reference, two);
        List<String> rows = Files.readAllLines(reference.resolve(SweepRunner.OUTPUTS));
        // 6 points x 2 replications x 3 outputs, in point then replication order.
        assertEquals(1 + 6 * 2 * 3, rows.size());
        assertTrue(rows.get(1).startsWith("0,0,base,enterprises,Zhejiang,2016,"), rows.get(1));
        assertTrue(rows.get(rows.size() - 1).startsWith("5,1,trial-base,project_starts,Zhejiang,2016,"));
    }

    @Test
    void killedAndResumedSweepEqualsUninterruptedOne() throws Exception {
        Path out = dir.resolve("killed");
        Path journal = dir.resolve(".killed.partial").resolve(SweepRunner.JOURNAL);
        // Killed mid-task, the child may hold a task's scenario file: in a temporary folder of its own.
        Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "org.highland.cli.HighlandCommand", "sweep",
                experiment.toString(), "--scale", SCALE, "--end", END, "--threads", "1", "--quiet", "--out", out.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (finished(journal) < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int before = finished(journal);
        assertTrue(before >= 2 && before < 12, "killed after " + before + " of 12 tasks");
        assertFalse(Files.exists(out), "a killed sweep must not leave a final folder");

        CliRun refused = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--quiet",
                "--out", out.toString());
        assertEquals(2, refused.exitCode, "without --resume an unfinished sweep is refused: " + refused);

        CliRun resumed = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--threads", "2",
                "--quiet", "--resume", "--out", out.toString());
        assertEquals(0, resumed.exitCode, resumed.toString());
        assertSameFiles(reference, out);
        assertFalse(Files.exists(journal.getParent()), "the working folder is renamed away");
    }

    @Test
    void discoverFindsABoxOnAFinishedSweepAndRefusesAnOutputItDoesNotHave() throws Exception {
        CliRun run = CliRun.highland("discover", reference.toString(), "--output", "enterprises", "--region", "Zhejiang",
                "--year", "2016", "--below", medianEnterprises());
        assertEquals(0, run.exitCode, run.toString());
        List<String> rows = Files.readAllLines(reference.resolve("discovery.csv"));
        assertTrue(rows.size() >= 3 && rows.get(1).startsWith("0,"), rows.toString());
        assertTrue(rows.stream().skip(1).anyMatch(r -> r.split(",")[1].equals("true")), "one box is selected");

        assertTrue(run.out.contains(" of interest (") && run.out.contains("base:enterprises:Zhejiang:2016 < "),
                "the header names the output, the count of interest and the range of values: " + run.out);

        CliRun bad = CliRun.highland("discover", reference.toString(), "--output", "listings", "--region", "Zhejiang",
                "--year", "2016", "--above", "1");
        assertEquals(2, bad.exitCode, bad.toString());
        assertTrue(bad.err.contains("--scenario base --output enterprises --region Zhejiang --year 2016"),
                "the refusal lists the outputs the sweep has: " + bad.err);

        Files.delete(reference.resolve("discovery.csv"));
        CliRun none = CliRun.highland("discover", reference.toString(), "--output", "enterprises", "--region",
                "Zhejiang", "--year", "2016", "--below", "-1");
        assertEquals(2, none.exitCode, none.toString());
        assertTrue(none.err.contains("none of the") && none.err.contains("nothing to discover")
                && none.err.contains("choose a threshold inside that range"), none.err);
        CliRun all = CliRun.highland("discover", reference.toString(), "--output", "enterprises", "--region",
                "Zhejiang", "--year", "2016", "--above", "-1");
        assertEquals(2, all.exitCode, all.toString());
        assertTrue(all.err.contains("all of the"), all.err);
        assertFalse(Files.exists(reference.resolve("discovery.csv")), "a refused discovery writes nothing");
    }

    /** Each PRIM setting out of its range is refused with the value given, its range and an example. */
    @Test
    void aPrimSettingOutOfRangeIsRefusedWithTheValueGiven() throws Exception {
        Path folder = copyOfReference("settings");
        String median = medianEnterprises();
        CliRun alpha = discover(folder, "--below", median, "--alpha", "0.5");
        assertEquals(ExitCodes.BAD_INPUT, alpha.exitCode, alpha.toString());
        assertEquals("highland: --alpha 0.5: expected a share of the cases peeled per step in (0, 0.5). Fix: e.g."
                + " --alpha 0.05.", alpha.err.strip());
        CliRun mass = discover(folder, "--below", median, "--min-mass", "NaN");
        assertEquals(ExitCodes.BAD_INPUT, mass.exitCode, mass.toString());
        assertEquals("highland: --min-mass NaN: expected a share of all cases in (0, 1). Fix: e.g. --min-mass 0.05.",
                mass.err.strip());
        CliRun coverage = discover(folder, "--below", median, "--min-coverage", "1.50");
        assertTrue(coverage.err.contains("--min-coverage 1.5: expected a share in (0, 1]."), coverage.err);
        assertFalse(Files.exists(folder.resolve("discovery.csv")), "nothing is written");
    }

    /** A second discovery (another threshold) is refused and the first kept, unless --overwrite. */
    @Test
    void anEarlierDiscoveryIsReplacedOnlyWithOverwrite() throws Exception {
        Path folder = copyOfReference("discovered");
        String median = medianEnterprises();
        assertEquals(ExitCodes.OK, discover(folder, "--below", median).exitCode);
        Map<String, String> before = FolderContents.hashes(folder);

        CliRun again = discover(folder, "--above", median);
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode, again.toString());
        assertTrue(again.err.contains(folder.resolve("discovery.csv") + " exists")
                && again.err.contains("Fix: pass --overwrite") && again.err.contains("Nothing was written."), again.err);
        assertEquals(before, FolderContents.hashes(folder), "the first discovery is kept as it was");

        CliRun replaced = discover(folder, "--above", median, "--overwrite");
        assertEquals(ExitCodes.OK, replaced.exitCode, replaced.toString());
        Path fresh = copyOfReference("discovered-once");
        assertEquals(ExitCodes.OK, discover(fresh, "--above", median).exitCode);
        assertArrayEquals(Files.readAllBytes(fresh.resolve("discovery.csv")),
                Files.readAllBytes(folder.resolve("discovery.csv")), "replaced by the discovery asked for");
    }

    private static CliRun discover(Path folder, String... threshold) {
        List<String> args = new ArrayList<>(List.of("discover", folder.toString(), "--output", "enterprises",
                "--region", "Zhejiang", "--year", "2016"));
        args.addAll(List.of(threshold));
        return CliRun.highland(args.toArray(String[]::new));
    }

    /** The sweep's files (not what other tests analysed in it) in a new folder. */
    private static Path copyOfReference(String name) throws Exception {
        return FolderContents.copy(reference, dir.resolve(name), SweepDescriptor.FILE, SweepRunner.OUTPUTS,
                SweepRunner.POINTS);
    }

    /** A threshold inside the values, as discover wants: the median of the base's enterprises. */
    private static String medianEnterprises() throws Exception {
        List<Double> values = new ArrayList<>();
        for (String line : Files.readAllLines(reference.resolve(SweepRunner.OUTPUTS))) {
            if (line.contains(",base,enterprises,Zhejiang,2016,")) {
                values.add(Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)));
            }
        }
        return Double.toString(values.stream().sorted().toList().get(values.size() / 2));
    }

    @Test
    void aFinishedSweepAsOutIsRefusedBeforeAnythingRunsAndNamedAsSuch() throws Exception {
        CliRun again = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--quiet",
                "--out", reference.toString());
        assertEquals(2, again.exitCode, again.toString());
        assertFalse(again.out.contains("tasks on"), "refused before the sweep's heading: " + again.out);
        assertTrue(again.err.contains("it holds a finished sweep") && again.err.contains("highland sensitivity "),
                again.err);
    }

    /**
     * --resume with no unfinished sweep at --out (a mistyped folder, or one already finished) is
     * refused before the heading, rather than starting a new sweep or passing a finished one off as resumed.
     */
    @Test
    void resumeWithNoUnfinishedSweepAtOutIsRefusedBeforeAnythingRuns() throws Exception {
        Path missing = dir.resolve("nothere");
        CliRun none = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--quiet",
                "--resume", "--out", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, none.exitCode, none.toString());
        assertTrue(none.err.contains("--resume: expected an unfinished sweep at --out " + missing + ", but neither that"
                + " folder nor its working folder .nothere.partial exists. Fix: check --out (the folder the interrupted"
                + " sweep was given), or drop --resume to start a new sweep."), none.err);
        assertFalse(none.out.contains("tasks on"), "refused before the sweep's heading: " + none.out);
        assertFalse(Files.exists(missing) || Files.exists(dir.resolve(".nothere.partial")), "nothing is started");

        Map<String, String> before = FolderContents.hashes(reference);
        CliRun finished = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--quiet",
                "--resume", "--out", reference.toString());
        assertEquals(ExitCodes.BAD_INPUT, finished.exitCode, finished.toString());
        assertTrue(finished.err.contains("--resume: expected an unfinished sweep at --out " + reference + ", but it"
                + " holds a finished sweep, so there is nothing to continue. Fix: ") && finished.err.contains(
                "drop --resume and give another --out"), finished.err);
        assertFalse(finished.out.contains("tasks on"), "refused before the sweep's heading: " + finished.out);
        assertEquals(before, FolderContents.hashes(reference), "the finished sweep is left as it was");
    }

    /**
     * --out is resolved and checked as for every command before anything runs: a file in the way is
     * bad input named as such (exit 2), not an I/O failure at the first task that blamed the disk.
     */
    @Test
    void anOutUnderAFileIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun run = CliRun.highland("sweep", experiment.toString(), "--scale", SCALE, "--end", END, "--quiet",
                "--out", file.resolve("study").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains(file + " is a file, not a folder, so nothing can be created inside it. Fix: choose"
                + " another --out."), run.err);
        assertFalse(run.out.contains("tasks on"), "refused before the sweep's heading: " + run.out);
    }

    /** A sweep stopped by SIGTERM (kill, or Ctrl-C's SIGINT alike) says what it kept and how to go on. */
    @Test
    void anInterruptedSweepSaysHowToResume() throws Exception {
        Path out = dir.resolve("terminated");
        Path journal = dir.resolve(".terminated.partial").resolve(SweepRunner.JOURNAL);
        String said = HighlandChild.terminateWhen(List.of("sweep", experiment.toString(), "--scale", SCALE, "--end", END,
                "--threads", "1", "--quiet", "--out", out.toString()), dir.resolve("terminated.log"),
                () -> finished(journal) >= 1);
        assertTrue(said.contains("sweep interrupted: ") && said.contains(" of 12 tasks finished and kept in ")
                && said.contains("continue with the same command and --resume"), said);
    }

    private static int finished(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        return (int) Files.readAllLines(journal).stream().filter(l -> l.startsWith("#end ")).count();
    }

    static void assertSameFiles(Path expected, Path actual) throws Exception {
        for (String f : List.of(SweepRunner.OUTPUTS, SweepRunner.POINTS, SweepDescriptor.FILE)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }
}
