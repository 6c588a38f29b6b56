package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.highland.cli.ExitCodes;
import org.highland.cli.HighlandChild;
import org.highland.cli.HighlandCommand;
import org.highland.experiment.io.Hashes;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepRunner;
import org.highland.run.CliRun;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * sensitivity runs an experiment's sweep, or reuses a finished sweep folder without running anything;
 * an earlier analysis in the folder is replaced only with --overwrite.
 */
class SensitivityCommandTest {
    @TempDir
    Path dir;

    /** One finished Morris sweep, not analysed; the tests that analyse it work on copies of its files. */
    @TempDir
    static Path shared;
    static Path swept;

    @BeforeAll
    static void sweepOnce() throws Exception {
        swept = shared.resolve("sweep");
        CliRun run = CliRun.highland("sweep", morrisExperiment(shared).toString(), "--scale", "0.02", "--end", "2016",
                "--quiet", "--out", swept.toString());
        assertEquals(0, run.exitCode, run.toString());
    }

    /** Two factors, 3 trajectories of 3 points, one replication, two outputs in 2016. */
    private static Path morrisExperiment(Path dir) throws Exception {
        return Files.writeString(dir.resolve("morris.yaml"), """
                name: morris
                base: %s
                factors:
                  - path: firms.discountRatePerYear
                  - path: capital.valueElasticity
                design: {method: morris, size: 3, levels: 4}
                replications: 1
                seed: 3
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                  - {metric: project_starts, area: Zhejiang, year: 2016}
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath()));
    }

    @Test
    void morrisExperimentGivesRankedIndicesAndTheFolderIsReused() throws Exception {
        Path file = morrisExperiment(dir);
        Path out = dir.resolve("sweep");
        CliRun first = CliRun.highland("sensitivity", file.toString(), "--scale", "0.02", "--end", "2016", "--quiet",
                "--bootstrap", "50", "--out", out.toString());
        assertEquals(0, first.exitCode, first.toString());
        List<String> rows = Files.readAllLines(out.resolve(Sensitivity.FILE));
        assertEquals(SensitivityRow.HEADER, rows.get(0));
        assertEquals(1 + 2 * 2, rows.size());
        assertTrue(rows.get(1).startsWith("base:enterprises:Zhejiang:2016,") && rows.get(1).contains(",morris,1,"), rows.get(1));
        assertTrue(first.out.contains("mu*"), first.out);
        assertTrue(first.out.contains("sample: 3 trajectories (9 points) x 1 replication(s) per point")
                && first.out.contains("warning: one replication per point"), "the sample and its limits: " + first.out);
        List<String> notes = Files.readAllLines(out.resolve(Sensitivity.NOTES_FILE));
        assertEquals(Sensitivity.NOTES_HEADER, notes.get(0));
        assertTrue(notes.stream().anyMatch(l -> l.startsWith("base:enterprises:Zhejiang:2016,")
                && l.contains("one replication per point")), "the notes printed are kept for the report: " + notes);
        CliRun report = CliRun.highland("report", out.toString());
        assertEquals(0, report.exitCode, report.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<p class=\"warning\"><strong>base:enterprises:Zhejiang:2016</strong>: ")
                && html.contains("one replication per point"), "the report repeats what the sample cannot support");
        byte[] before = Files.readAllBytes(out.resolve(Sensitivity.FILE));

        CliRun again = CliRun.highland("sensitivity", out.toString(), "--bootstrap", "50", "--charts", "--overwrite");
        assertEquals(0, again.exitCode, again.toString());
        assertFalse(again.out.contains("tasks on"), "a sweep folder is analysed, not re-run");
        assertArrayEquals(before, Files.readAllBytes(out.resolve(Sensitivity.FILE)));

        CliRun bare = CliRun.highland("sensitivity", out.toString(), "--bootstrap", "0", "--overwrite");
        assertEquals(0, bare.exitCode, bare.toString());
        assertTrue(bare.out.contains(" [-, -] ") && !bare.out.contains("NaN"), "no bootstrap, no interval: " + bare.out);

        CliRun ignored = CliRun.highland("sensitivity", out.toString(), "--scale", "0.2", "--replications", "5");
        assertEquals(2, ignored.exitCode, "sweep options beside a finished sweep would be silently ignored: " + ignored);
        assertTrue(ignored.err.contains("--scale, --replications: expected with an experiment file only")
                && ignored.err.contains("is a finished sweep (scale 0.02, 1 replication(s) per point, to 2016)"),
                ignored.err);
        try (var charts = Files.list(out.resolve("charts"))) {
            assertEquals(2, charts.filter(p -> p.toString().endsWith(".png")).count(), "one tornado per output");
        }
    }

    @Test
    void aFolderThatIsNoSweepIsRefused() {
        CliRun run = CliRun.highland("sensitivity", dir.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("not a finished sweep folder"), run.err);
    }

    @Test
    void aMissingPathIsRefusedAsNeitherAnExperimentNorASweep() {
        CliRun run = CliRun.highland("sensitivity", dir.resolve("study").toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("expected an experiment file or a finished sweep folder, but there is no such file"
                + " or folder"), run.err);
    }

    @Test
    void aSecondAnalysisIsRefusedAndLeavesTheFolderAsItWas() throws Exception {
        Path folder = analysed("again", "--bootstrap", "50");
        Map<String, String> before = FolderContents.hashes(folder);
        CliRun again = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0");
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode, again.toString());
        assertTrue(again.err.contains(folder.resolve(Sensitivity.FILE) + " exists")
                && again.err.contains("Fix: pass --overwrite") && again.err.contains("Nothing was written."), again.err);
        assertEquals(before, FolderContents.hashes(folder), "a refused analysis changes no file");
    }

    @Test
    void overwriteReplacesTheEarlierAnalysisWithTheNewOne() throws Exception {
        Path folder = analysed("replaced", "--bootstrap", "50");
        byte[] earlier = Files.readAllBytes(folder.resolve(Sensitivity.FILE));
        CliRun replaced = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0", "--overwrite");
        assertEquals(ExitCodes.OK, replaced.exitCode, replaced.toString());
        Path fresh = analysed("fresh", "--bootstrap", "0");
        for (String file : List.of(Sensitivity.FILE, Sensitivity.NOTES_FILE)) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(folder.resolve(file)),
                    file + " as a first analysis with the same options writes it");
        }
        assertFalse(Arrays.equals(earlier, Files.readAllBytes(folder.resolve(Sensitivity.FILE))),
                "the intervals of 50 resamples are gone");
    }

    /**
     * New tables written beside drawings of an earlier analysis (without --charts, or charts of
     * another format, and report.html) are not left unsaid: a warning names them and the commands
     * that redraw them, and the redrawn ones are not named.
     */
    @Test
    void drawingsNotRedrawnAreNamedWithTheCommandsThatRedrawThem() throws Exception {
        Path folder = analysed("drawn", "--bootstrap", "50", "--charts");
        assertEquals(ExitCodes.OK, CliRun.highland("chart", folder.toString(), "--format", "svg").exitCode);
        assertEquals(ExitCodes.OK, CliRun.highland("report", folder.toString()).exitCode);
        Map<String, String> drawings = FolderContents.hashes(folder.resolve("charts"));

        CliRun tablesOnly = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0", "--overwrite");
        assertEquals(ExitCodes.OK, tablesOnly.exitCode, tablesOnly.toString());
        assertEquals(drawings, FolderContents.hashes(folder.resolve("charts")), "nothing is redrawn or removed");
        assertTrue(tablesOnly.err.contains("warning: " + folder.resolve("charts") + "/sensitivity_")
                && tablesOnly.err.contains(" and 4 more were not redrawn from the tables just written: they show the"
                + " analysis they were drawn from. Fix: redraw with highland chart " + folder + " --format png,svg"
                + " --overwrite and highland report " + folder + " --overwrite."), tablesOnly.err);

        CliRun charted = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0", "--overwrite",
                "--charts");
        assertEquals(ExitCodes.OK, charted.exitCode, charted.toString());
        assertTrue(charted.err.contains("Fix: redraw with highland chart " + folder + " --format svg --overwrite and"
                + " highland report " + folder + " --overwrite."), "the PNGs were redrawn: " + charted.err);

        Path fresh = analysed("undrawn", "--bootstrap", "0");
        CliRun again = CliRun.highland("sensitivity", fresh.toString(), "--bootstrap", "0", "--overwrite");
        assertFalse(again.err.contains("warning"), "no drawings, nothing to say: " + again.err);
    }

    /**
     * Charts that exist are found before the tables are rewritten, so tables and charts still match;
     * the refusal advises only options sensitivity has. With --overwrite the charts are redrawn.
     */
    @Test
    void existingChartsAreRefusedBeforeAnythingIsWrittenAndReplacedWithOverwrite() throws Exception {
        Path folder = analysed("charted", "--bootstrap", "50", "--charts");
        Map<String, String> before = FolderContents.hashes(folder);
        CliRun again = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0", "--charts");
        assertEquals(ExitCodes.BAD_INPUT, again.exitCode, again.toString());
        assertEquals(before, FolderContents.hashes(folder), "tables and charts as they were");
        assertAdvisesOnlyOptionsOfSensitivity(again.err);

        // The tables moved away, the charts left: the refusal names a chart.
        Files.delete(folder.resolve(Sensitivity.FILE));
        Files.delete(folder.resolve(Sensitivity.NOTES_FILE));
        before = FolderContents.hashes(folder);
        CliRun chartsOnly = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0", "--charts");
        assertEquals(ExitCodes.BAD_INPUT, chartsOnly.exitCode, chartsOnly.toString());
        assertTrue(chartsOnly.err.contains(folder.resolve("charts").resolve("sensitivity_") + "")
                && chartsOnly.err.contains(".png exists"), chartsOnly.err);
        assertEquals(before, FolderContents.hashes(folder), "no table written beside the old charts");
        assertAdvisesOnlyOptionsOfSensitivity(chartsOnly.err);

        CliRun replaced = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "0", "--charts",
                "--overwrite");
        assertEquals(ExitCodes.OK, replaced.exitCode, replaced.toString());
        Map<String, String> fresh = FolderContents.hashes(analysed("fresh-charts", "--bootstrap", "0", "--charts"));
        Map<String, String> after = FolderContents.hashes(folder);
        assertEquals(fresh, after, "tables and charts as a first analysis with the same options draws them");
        assertFalse(before.entrySet().stream().filter(e -> e.getKey().endsWith(".png"))
                .allMatch(e -> e.getValue().equals(after.get(e.getKey()))), "the charts were redrawn");
    }

    /**
     * sensitivity --charts --overwrite stopped by kill (SIGTERM, as Ctrl-C) while it draws its
     * charts, or once its new tables are in place, leaves the earlier tables and charts or the new
     * ones, never new tables beside earlier charts, and no hidden file.
     */
    @Test
    void aKilledChartedAnalysisLeavesTheEarlierAnalysisOrTheNewOne() throws Exception {
        Path folder = analysed("killed", "--bootstrap", "0", "--charts");
        Map<String, String> earlier = FolderContents.hashes(folder);
        Map<String, String> renewed = FolderContents.hashes(analysed("renewed", "--bootstrap", "50", "--charts"));
        assertNotEquals(earlier, renewed, "premise: the new analysis differs from the earlier one");

        String said = HighlandChild.terminateWhen(List.of("sensitivity", folder.toString(), "--bootstrap", "50",
                "--charts", "--overwrite"), dir.resolve("child.log"),
                () -> drawing(folder.resolve("charts"))
                        || !earlier.get(Sensitivity.FILE).equals(Hashes.sha256(folder.resolve(Sensitivity.FILE))));

        Map<String, String> after = FolderContents.hashes(folder);
        assertTrue(after.equals(earlier) || after.equals(renewed), "the earlier analysis or the new one, whole: "
                + after + "\n" + said);
    }

    /** Whether charts/ holds a hidden file being drawn. */
    private static boolean drawing(Path charts) throws Exception {
        try (Stream<Path> entries = Files.list(charts)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("."));
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /**
     * A sweep folder where charts/ cannot be made (a file has its name): sensitivity --charts fails
     * before its new tables move, so the earlier analysis stays.
     */
    @Test
    void chartsThatCannotBeWrittenLeaveTheEarlierTables() throws Exception {
        Path folder = analysed("blocked", "--bootstrap", "0");
        Files.writeString(folder.resolve("charts"), "a file where the charts folder goes");
        Map<String, String> earlier = FolderContents.hashes(folder);
        CliRun failed = CliRun.highland("sensitivity", folder.toString(), "--bootstrap", "50", "--charts",
                "--overwrite");
        assertEquals(earlier, FolderContents.hashes(folder), "the earlier tables, nothing beside them: " + failed);
        assertEquals(ExitCodes.FAILURE, failed.exitCode, failed.toString());
        assertTrue(failed.err.contains(folder.resolve("charts") + ": not a folder"), failed.err);
    }

    /** A copy of the shared sweep in {@code dir}, analysed once with these options. */
    private Path analysed(String name, String... options) throws Exception {
        Path folder = FolderContents.copy(swept, dir.resolve(name), SweepDescriptor.FILE, SweepRunner.OUTPUTS,
                SweepRunner.POINTS);
        CliRun first = CliRun.highland(Stream.concat(Stream.of("sensitivity", folder.toString()), Stream.of(options))
                .toArray(String[]::new));
        assertEquals(ExitCodes.OK, first.exitCode, first.toString());
        return folder;
    }

    /** Every option a message names is one the sensitivity command has. */
    private static void assertAdvisesOnlyOptionsOfSensitivity(String message) {
        CommandSpec sensitivity = new CommandLine(new HighlandCommand()).getSubcommands().get("sensitivity")
                .getCommandSpec();
        Matcher option = Pattern.compile("--[a-z][a-z-]*").matcher(message);
        while (option.find()) {
            assertNotNull(sensitivity.findOption(option.group()), option.group() + " is advised, but sensitivity"
                    + " has no such option: " + message);
        }
    }
}
