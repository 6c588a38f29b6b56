package org.highland.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sensitivity runs an experiment's sweep, or reuses a finished sweep folder without running anything. */
class SensitivityCommandTest {
    @TempDir
    Path dir;

    @Test
    void morrisExperimentGivesRankedIndicesAndTheFolderIsReused() throws Exception {
        Path file = dir.resolve("morris.yaml");
        Files.writeString(file, """
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

        CliRun again = CliRun.highland("sensitivity", out.toString(), "--bootstrap", "50", "--charts");
        assertEquals(0, again.exitCode, again.toString());
        assertFalse(again.out.contains("tasks on"), "a sweep folder is analysed, not re-run");
        assertArrayEquals(before, Files.readAllBytes(out.resolve(Sensitivity.FILE)));

        CliRun bare = CliRun.highland("sensitivity", out.toString(), "--bootstrap", "0");
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
}
