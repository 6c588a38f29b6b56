package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOneSelfContainedPageAndKeepsAnExistingOne() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), true);
        CliRun r = CliRun.highland("report", run.toString());
        assertEquals(0, r.exitCode, r.toString());
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Test scenario 测试 &lt;b&gt;&amp;"), "the description, escaped");
        assertTrue(html.contains("R&amp;D super deduction 2015") && html.contains("approval reward"),
                "each policy with what it is");
        assertTrue(html.contains("Targets outside their tolerance") && html.contains("zj_out"), "validation summary");
        assertTrue(html.contains("0123456789abcdef"), "the manifest");
        assertTrue(html.contains("@page { size: A4"), "print layout");
        assertFalse(html.contains("<img") || html.contains("<script") || html.contains("<link"), "nothing to fetch");
        assertEquals(2, CliRun.highland("report", run.toString()).exitCode, "an existing report is kept");
        assertEquals(0, CliRun.highland("report", run.toString(), "--overwrite").exitCode);
        try (Stream<Path> left = Files.list(run)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    /** A mistyped path, or a file of the folder, is named as such in one line, not as a folder without results. */
    @Test
    void aPathThatIsNoFolderIsNamedAsSuch() throws Exception {
        Path missing = dir.resolve("no-such-run");
        CliRun gone = CliRun.highland("report", missing.toString());
        assertEquals(2, gone.exitCode, gone.toString());
        assertTrue(gone.err.startsWith("highland: " + missing + ": expected a results folder") && gone.err.contains(
                "but there is no such folder. Fix: check the path") && gone.err.lines().count() == 1, gone.err);
        assertFalse(Files.exists(missing), "nothing created");

        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        Path summary = run.resolve("summary.csv");
        CliRun file = CliRun.highland("report", summary.toString());
        assertEquals(2, file.exitCode, file.toString());
        assertTrue(file.err.startsWith("highland: " + summary + ": expected a results folder") && file.err.endsWith(
                "but this is a file. Fix: pass the folder that holds it: " + run + ".\n"), file.err);

        Path notes = Files.writeString(dir.resolve("notes.txt"), "not results");
        CliRun other = CliRun.highland("report", notes.toString());
        assertEquals(2, other.exitCode, other.toString());
        assertTrue(other.err.startsWith("highland: " + notes + ": expected a results folder") && other.err.contains(
                "but this is a file. Fix: pass the results folder itself") && other.err.lines().count() == 1, other.err);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no report.html beside the file");
        }
    }

    @Test
    void runDrawsChartsAndTheReportWhenAsked() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.highland("run", "scenarios/baseline.yaml", "--scale", "0.03", "--end", "2016",
                "--replications", "2", "--threads", "1", "--out", out.toString(), "--charts", "--report");
        assertEquals(0, r.exitCode, r.toString());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            assertTrue(charts.count() >= 7, "the headline metrics and the outlay by instrument");
        }
    }
}
