package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highland.cli.HighlandChild;
import org.highland.report.ResultsFixtures;
import org.highland.run.CliRun;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart call stopped by kill (SIGTERM, as Ctrl-C's SIGINT) while it writes into its staging
 * folder leaves the charts as they were and no staging folder: all of the call's charts or none.
 */
class InterruptedChartsTest {
    @TempDir
    Path dir;

    @Test
    void aKilledOverwriteLeavesTheEarlierChartsAndNoStagingFolder() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        CliRun first = CliRun.highland("chart", run.toString(), "--format", "png,svg,pdf");
        assertEquals(0, first.exitCode, first.toString());
        Path charts = run.resolve("charts");
        Map<String, String> before = FolderContents.hashes(charts);
        assertTrue(before.size() > 6, "premise: several charts to write: " + before.keySet());

        String said = HighlandChild.terminateWhen(List.of("chart", run.toString(), "--format", "png,svg,pdf",
                "--overwrite"), dir.resolve("child.log"), () -> staging(charts));

        try (Stream<Path> left = Files.list(charts)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no staging folder left: " + said);
        }
        Map<String, String> after = FolderContents.hashes(charts);
        assertEquals(before.keySet(), after.keySet(), said);
    }

    /** Whether the call has begun writing: a staging folder holds a chart already. */
    private static boolean staging(Path charts) throws IOException {
        try (Stream<Path> entries = Files.list(charts)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
                try (Stream<Path> inside = Files.list(p)) {
                    if (inside.findAny().isPresent()) {
                        return true;
                    }
                } catch (IOException gone) {
                    // removed meanwhile
                }
            }
        }
        return false;
    }
}
