package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One regression test per row of the reliability probe (issue 14): each failed before the fix
 * (path escapes, deleted links, unbounded reads, irreproducible seeds, silent YAML features,
 * overwritten files, traces), and each asserts the behaviour that replaced it.
 */
class ReliabilityRegressionTest {
    static final String BASELINE = "scenarios/baseline.yaml";
    /** The tiniest run that still exercises the whole pipeline. */
    static final List<String> TINY = List.of("--scale", "0.02", "--replications", "1", "--threads", "1", "--end", "2015");

    @TempDir
    Path dir;

    static CliRun highland(List<String> head, String... tail) {
        List<String> args = new ArrayList<>(head);
        args.addAll(Arrays.asList(tail));
        return CliRun.highland(args.toArray(String[]::new));
    }

    static CliRun run(String scenario, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", scenario));
        args.addAll(TINY);
        args.addAll(Arrays.asList(extra));
        if (out != null) {
            args.add("--out");
            args.add(out.toString());
        }
        return CliRun.highland(args.toArray(String[]::new));
    }

    /** Exit 2 with one sentence that has a remedy, and no stack trace. */
    static void assertBadInput(CliRun r, String... mentions) {
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.toString());
        assertTrue(r.err.contains("Fix") || r.err.contains("fix") || r.err.contains("choose"), r.toString());
        assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), "no trace: " + r);
        for (String m : mentions) {
            assertTrue(r.err.contains(m), "mentions '" + m + "': " + r);
        }
    }

    static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).toList();
        }
    }

    private Path scenario(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), "extends: " + Path.of(BASELINE).toAbsolutePath() + "\n" + text);
    }

    // 1: a metric or a policy name must not lead a file out of its folder.
    @Test
    void row1ChartOfAHostileMetricStaysInsideChartsAndPolicyNamesAreIdentifiers() throws IOException {
        Path results = Files.createDirectories(dir.resolve("a/b/c/results"));
        Files.writeString(results.resolve("summary.csv"), "metric,region,year,unit,mean,sd,p05,p50,p95,n\n"
                + "../../../escaped_chart,Zhejiang,2015,count,1,0,1,1,1,1\n"
                + "../../../escaped_chart,Zhejiang,2016,count,2,0,2,2,2,1\n");
        CliRun chart = CliRun.highland("chart", results.toString(), "--metric", "../../../escaped_chart",
                "--region", "Zhejiang");
        assertEquals(0, chart.exitCode, chart.toString());
        for (Path p : everything(dir)) {
            assertTrue(p.startsWith(results) || results.startsWith(p), "written outside the results folder: " + p);
        }
        try (Stream<Path> charts = Files.list(results.resolve("charts"))) {
            assertEquals(1, charts.count());
        }

        Path hostile = scenario("hostile.yaml", "policies:\n  '../../../../x':\n    type: talentRebate\n");
        CliRun r = run(hostile.toString(), dir.resolve("out"));
        assertBadInput(r, "policies", "../../../../x");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    // 2: the folder checked, written and printed is the one '..' leads to through the link.
    @Test
    void row2DotDotAfterASymlinkIsResolvedOnceAndEverywhere() throws IOException {
        Path a = Files.createDirectories(dir.resolve("A"));
        Path sub = Files.createDirectories(a.resolve("real/sub"));
        Files.createSymbolicLink(a.resolve("link"), sub);
        CliRun r = run(BASELINE, Path.of(a + "/link/../escaped"));
        assertEquals(0, r.exitCode, r.toString());
        Path landed = a.resolve("real/escaped");
        assertTrue(Files.isRegularFile(landed.resolve("summary.csv")), r.toString());
        assertTrue(r.out.contains("results: " + landed.toRealPath()), r.out);
        assertFalse(Files.exists(a.resolve("escaped")));
    }

    // 3: a link to an empty folder is followed, never replaced.
    @Test
    void row3OutThatIsALinkToAnEmptyFolderKeepsTheLink() throws IOException {
        Path target = Files.createDirectories(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("L"), target);
        CliRun r = run(BASELINE, link);
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(Files.isSymbolicLink(link), "the link survives");
        assertTrue(Files.isRegularFile(target.resolve("summary.csv")));
    }

    // 4: a huge file is refused by its size, before it is read.
    @Test
    void row4AHugeScenarioIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.yaml");
        StringBuilder text = new StringBuilder("description: \"");
        text.append("x".repeat(2 * 1024 * 1024)).append("\"\n");
        Files.writeString(big, text);
        long t0 = System.nanoTime();
        CliRun r = run(big.toString(), dir.resolve("out"));
        assertBadInput(r, big.toString(), "KiB");
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "refused at once");
    }

    // 5: devices and pipes are refused before reading, also through a link.
    @Test
    void row5DevicesAndPipesAreRefused() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertBadInput(run(zero.toString(), dir.resolve("out")), "device, pipe or socket");
        Path fifo = dir.resolve("fifo.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertBadInput(run(fifo.toString(), dir.resolve("out")), "device, pipe or socket");
        }
        Path parent = scenario("child.yaml", "").resolveSibling("grand.yaml");
        Files.writeString(parent, "extends: zero.yaml\n");
        assertBadInput(run(parent.toString(), dir.resolve("out")), "not a regular file");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    // 6: out of memory is one line with the remedy, exit 1, and no folder (bounded memory: BoundedMemoryTest).
    @Test
    void row6OutOfMemoryIsOneLineWithTheRemedyAndLeavesNoFolder() throws Exception {
        Path out = dir.resolve("oom");
        // 24 MB: enough to start the launcher and print its message on the test class path (which
        // holds Spark and the chart fonts), far too little for a full-scale population.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", System.getProperty("java.class.path"), HighlandCommand.class.getName(),
                "run", BASELINE, "--scale", "1", "--replications", "1", "--threads", "1", "--end", "2015",
                "--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.FAILURE, p.waitFor(), text);
        // Beside the warning on the baseline's policies outside the one year run.
        assertEquals(1, text.strip().lines().filter(l -> !l.startsWith("warning: ")).count(), text);
        assertTrue(text.contains("out of memory") && text.contains("HIGHLAND_JAVA_OPTS"), text);
        assertTrue(everything(dir).isEmpty(), "no folder, not even a hidden partial one: " + everything(dir));
    }

    // 7: --seed has the range of a file's seed, so a run's own resolved scenario reruns it.
    @Test
    void row7SeedRangeIsTheSameOnTheCommandLineAndInFiles() throws IOException {
        assertBadInput(run(BASELINE, dir.resolve("neg"), "--seed", "-1"), "--seed -1");
        assertFalse(Files.exists(dir.resolve("neg")));
        // One past 2^53 rounds onto the bound as a double: refused on both sides, with the bound in full.
        assertBadInput(run(BASELINE, dir.resolve("big"), "--seed", "9007199254740993"), "--seed 9007199254740993",
                "9007199254740992");
        assertBadInput(run(BASELINE, dir.resolve("big"), "--set", "seed=9007199254740993"), "seed", "[0, 9007199254740992]",
                "got 9007199254740993");
        assertFalse(Files.exists(dir.resolve("big")));
        CliRun first = run(BASELINE, dir.resolve("x"), "--seed", "9007199254740992");
        assertEquals(0, first.exitCode, first.toString());
        CliRun again = run(dir.resolve("x/scenario.resolved.yaml").toString(), dir.resolve("y"));
        assertEquals(0, again.exitCode, again.toString());
        assertEquals(Files.readString(dir.resolve("x/summary.csv")), Files.readString(dir.resolve("y/summary.csv")));
    }

    // 8: a scale so small that a region has (almost) no firm is refused, with the least usable scale.
    @Test
    void row8AScaleThatLeavesARegionWithoutFirmsIsRefused() {
        CliRun r = highland(List.of("run", BASELINE, "--scale", "0.0001", "--replications", "1", "--end", "2015",
                "--out", dir.resolve("o").toString()));
        assertBadInput(r, "fewer than 10", "--scale 0.0025");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    // 10 and 16: an empty stage list and all-zero shares are named, not a trace or a silent last-sector draw.
    @Test
    void row10EmptyStagesAndAllZeroSharesAreRefused() {
        assertBadInput(run(BASELINE, dir.resolve("o"), "--set", "routes.genericDrug.stages=[]"),
                "routes.genericDrug.stages", "at least one stage");
        assertBadInput(run(BASELINE, dir.resolve("o"), "--set", "regions.Anhui.firmShares={innovativeDrug: 0,"
                + " genericDrug: 0, medicalDevice: 0, cxo: 0, tcm: 0, healthService: 0}"), "regions.Anhui.firmShares");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    // 9: anchors, aliases and a second document are refused, not silently misread.
    @Test
    void row9AnchorsAliasesAndSecondDocumentsAreRefused() throws IOException {
        Path alias = scenario("alias.yaml", "name: &n x\ndescription: *n\n");
        assertBadInput(run(alias.toString(), dir.resolve("o1")), "anchor");
        Path aliasOnly = scenario("alias2.yaml", "description: *n\n");
        assertBadInput(run(aliasOnly.toString(), dir.resolve("o2")), "alias (*n)");
        Path twoDocs = scenario("two.yaml", "name: one\n---\nnoSuchField: 1\n");
        assertBadInput(run(twoDocs.toString(), dir.resolve("o3")), "one document per file", "two.yaml:4:");
        assertBadInput(run(BASELINE, dir.resolve("o4"), "--set", "description=*n"), "alias");
        assertTrue(everything(dir).stream().noneMatch(p -> p.getFileName().toString().startsWith("o")));
    }

    // 11: overrides without a scenario apply to the defaults; a named bench scenario must exist.
    @Test
    void row11ParamsAppliesSetToTheDefaultsAndBenchRefusesAMissingScenario() {
        CliRun params = CliRun.highland("params", "--set", "seed=5");
        assertEquals(0, params.exitCode, params.toString());
        assertTrue(params.out.lines().anyMatch(l -> l.startsWith("seed\t5\t")), params.out.lines().limit(3).toList().toString());
        CliRun bench = CliRun.highland("bench", "--scenario", dir.resolve("missing.yaml").toString(), "--scale", "0.02",
                "--replications", "1");
        assertBadInput(bench, "missing.yaml");
    }

    // 12: names of any script stay apart as file names; a clash is refused, never overwritten.
    @Test
    void row12ChineseVariantNamesGetTheirOwnFiles() throws IOException {
        Path a = scenario("a.yaml", "name: 变体甲\n");
        Path b = scenario("b.yaml", "name: 变体乙\n");
        Path out = dir.resolve("cmp");
        List<String> args = new ArrayList<>(List.of("compare", BASELINE, a.toString(), b.toString()));
        args.addAll(TINY);
        args.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.highland(args.toArray(String[]::new));
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(Files.readString(out.resolve("scenarios/变体甲.resolved.yaml")).contains("变体甲"));
        assertTrue(Files.readString(out.resolve("scenarios/变体乙.resolved.yaml")).contains("变体乙"));

        Path c = scenario("c.yaml", "name: 'v/1'\n");
        Path d = scenario("d.yaml", "name: 'v:1'\n");
        args = new ArrayList<>(List.of("compare", BASELINE, c.toString(), d.toString()));
        args.addAll(TINY);
        args.addAll(List.of("--out", dir.resolve("clash").toString()));
        assertBadInput(CliRun.highland(args.toArray(String[]::new)), "v/1", "v:1", "v_1");
        assertFalse(Files.exists(dir.resolve("clash")));
    }

    // 13: a finished calibration is not resumed into an inconsistent folder.
    @Test
    void row13AFinishedCalibrationIsNotResumed() throws IOException {
        Path done = Files.createDirectories(dir.resolve("cal"));
        Files.writeString(done.resolve("calibration.csv"), "evaluation,loss\n");
        Files.writeString(done.resolve("calibration-settings.json"), "{}");
        Files.writeString(done.resolve("manifest.json"), "{}");
        Files.writeString(done.resolve("calibrated.yaml"), "seed: 1\n");
        List<Path> before = everything(done);
        CliRun r = CliRun.highland("calibrate", BASELINE, "--replications", "1", "--threads", "1", "--scale", "0.02",
                "--confirm-top", "0",
                "--budget", "60", "--resume", done.toString());
        assertBadInput(r, "has finished");
        assertEquals(before, everything(done));
        assertEquals("{}", Files.readString(done.resolve("manifest.json")));
    }

    // 13: a damaged number in an interrupted calibration's log is named with its line.
    @Test
    void row13ADamagedCalibrationLogIsNamedByLine() throws IOException {
        Path cal = dir.resolve("cal2");
        List<String> calibrate = List.of("calibrate", BASELINE, "--replications", "1", "--threads", "1", "--scale", "0.02",
                "--confirm-top", "0");
        CliRun first = highland(calibrate, "--budget", "2", "--out", cal.toString());
        assertEquals(0, first.exitCode, first.toString());
        Files.delete(cal.resolve("manifest.json")); // as if killed before the end
        List<String> log = new ArrayList<>(Files.readAllLines(cal.resolve("calibration.csv")));
        log.set(1, log.get(1).replaceFirst(",[^,]*,", ",abc,"));
        Files.write(cal.resolve("calibration.csv"), log);
        assertBadInput(highland(calibrate, "--budget", "3", "--resume", cal.toString()), "calibration.csv:2", "abc");
    }

    // 14: a broken summary.csv or absurd chart size is a sentence, and leaves no temporary file.
    @Test
    void row14ChartOnBadInputIsASentence() throws IOException {
        String header = "metric,region,year,unit,mean,sd,p05,p50,p95,n\n";
        List<String> bodies = List.of("", header + "\"enterprises,Zhejiang,2015\n",
                "\u0000\u0001\u0002binary\u00ff\n", header + "enterprises,Zhejiang,2015,count,NaN,0,1,1,1,1\n",
                header + "enterprises,Zhejiang,2015,count,Infinity,0,1,1,1,1\n",
                header + "enterprises,Zhejiang,2015,count,abc,0,1,1,1,1\n");
        int i = 0;
        for (String body : bodies) {
            Path results = Files.createDirectories(dir.resolve("r" + i++));
            Files.writeString(results.resolve("summary.csv"), body, StandardCharsets.UTF_8);
            CliRun r = CliRun.highland("chart", results.toString(), "--metric", "enterprises");
            assertBadInput(r, "summary.csv");
            assertFalse(Files.exists(results.resolve("charts")) && !everything(results.resolve("charts")).isEmpty(),
                    "nothing drawn: " + body);
        }
        Path good = Files.createDirectories(dir.resolve("good"));
        Files.writeString(good.resolve("summary.csv"), header + "enterprises,Zhejiang,2015,count,1,0,1,1,1,1\n");
        assertBadInput(CliRun.highland("chart", good.toString(), "--width", "0"), "--width 0");
        assertBadInput(CliRun.highland("chart", good.toString(), "--width", "100000", "--height", "100000"), "100000");
        assertFalse(Files.exists(good.resolve("charts")) && !everything(good.resolve("charts")).isEmpty());
    }

    // 15: a folder that cannot be made is refused up front with the reason.
    @Test
    void row15UnusableOutIsRefusedWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertBadInput(run(BASELINE, file.resolve("sub")), "is a file, not a folder");
        assertBadInput(run(BASELINE, file), "is a file, not a folder", "Fix: choose another --out, or move the file");
        CliRun proc = run(BASELINE, Path.of("/proc/self/x"));
        assertEquals(ExitCodes.BAD_INPUT, proc.exitCode, proc.toString());
        assertFalse(proc.err.contains("\tat "), proc.toString());
        assertBadInput(run(BASELINE, dir.resolve("n".repeat(300))), "longer than 255 bytes");
        Path longName = scenario("long.yaml", "name: " + "n".repeat(300) + "\n");
        Path root = dir.resolve("root");
        CliRun r = highland(List.of("run", longName.toString()), "--scale", "0.02", "--replications", "1",
                "--threads", "1", "--end", "2015", "--out", root.resolve("explicit").toString());
        assertEquals(0, r.exitCode, r.toString());
    }

    // 16: the smaller ones.
    @Test
    void row16DanglingLinksEmptyOutQuotedNumbersAndFolders() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertBadInput(run(BASELINE, dangling), "does not exist");
        assertBadInput(run(BASELINE, Path.of("")), "--out is empty");
        assertBadInput(run(scenario("q.yaml", "seed: \"5\"\n").toString(), dir.resolve("o")), "seed");
        assertBadInput(run(scenario("s.yaml", "seed: !!str 5\n").toString(), dir.resolve("o")), "seed");
        Files.createDirectories(dir.resolve("folder.yaml"));
        assertBadInput(run(scenario("f.yaml", "").resolveSibling("f2.yaml").toString(), dir.resolve("o")));
        Files.writeString(dir.resolve("f2.yaml"), "extends: folder.yaml\n");
        assertBadInput(run(dir.resolve("f2.yaml").toString(), dir.resolve("o")), "is a folder");
        assertFalse(Files.exists(dir.resolve("o")));
    }
}
