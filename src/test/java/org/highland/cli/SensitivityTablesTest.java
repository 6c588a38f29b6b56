package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.highland.experiment.sensitivity.Interval;
import org.highland.experiment.sensitivity.SamplingNote;
import org.highland.experiment.sensitivity.Sensitivity;
import org.highland.experiment.sensitivity.SensitivityRow;
import org.highland.report.chart.ChartExport;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sensitivity.csv, its notes and, with --charts, the tornado charts drawn from them are replaced
 * together or not at all: a failure while writing any of them (a full disk, a kill) leaves the
 * earlier analysis whole in the sweep folder.
 */
class SensitivityTablesTest {
    private static final List<SensitivityRow> ROWS = List.of(
            row("firms.discountRatePerYear", 1, 120), row("capital.valueElasticity", 2, 40));
    private static final List<SensitivityRow> OTHER_ROWS = List.of(
            row("capital.valueElasticity", 1, 300), row("firms.discountRatePerYear", 2, 10));
    private static final Map<String, List<SamplingNote>> NOTES = Map.of("base:enterprises:Zhejiang:2016",
            List.of(new SamplingNote("sample: 3 trajectories (9 points) x 1 replication(s) per point", "3 x 1")));

    @TempDir
    Path dir;

    private static SensitivityRow row(String factor, int rank, double muStar) {
        return new SensitivityRow("base:enterprises:Zhejiang:2016", factor, "morris", rank,
                new Interval(muStar, muStar * 0.8, muStar * 1.2), muStar, muStar / 2, Interval.NONE, Interval.NONE,
                Double.NaN);
    }

    /** A writer that fails, as a full disk does, once {@code limit} characters went through. */
    private static Writer failingAfter(Writer out, int limit) {
        return new FilterWriter(out) {
            private int written;

            @Override
            public void write(String text, int offset, int length) throws IOException {
                for (int i = 0; i < length; i++) {
                    write(text.charAt(offset + i));
                }
            }

            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                write(new String(text, offset, length), 0, length);
            }

            @Override
            public void write(int c) throws IOException {
                if (written++ == limit) {
                    throw new IOException("No space left on device");
                }
                super.write(c);
            }
        };
    }

    /** The folder after a first analysis: both tables, written by the command's own code. */
    private Path analysed() throws IOException {
        SensitivityCommand.writeAnalysis(dir, out -> Sensitivity.write(out, ROWS),
                out -> Sensitivity.writeNotes(out, NOTES), false, false);
        assertTrue(Files.readString(dir.resolve(Sensitivity.FILE)).contains("firms.discountRatePerYear,morris,1,120"));
        return dir;
    }

    @Test
    void aTableThatFailsHalfWayLeavesTheEarlierAnalysis() throws IOException {
        Map<String, String> earlier = FolderContents.hashes(analysed());
        List<SensitivityRow> other = List.of(row("capital.valueElasticity", 1, 300), row("firms.discountRatePerYear",
                2, 10));
        IOException e = assertThrows(IOException.class, () -> SensitivityCommand.writeAnalysis(dir,
                out -> Sensitivity.write(failingAfter(out, SensitivityRow.HEADER.length() + 30), other),
                out -> Sensitivity.writeNotes(out, NOTES), false, true));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(earlier, FolderContents.hashes(dir), "sensitivity.csv and its notes as they were, nothing beside");
    }

    /** The table is written first: when the notes fail after it, the earlier table is still the one on disk. */
    @Test
    void notesThatFailLeaveTheEarlierTableToo() throws IOException {
        Map<String, String> earlier = FolderContents.hashes(analysed());
        assertThrows(IOException.class, () -> SensitivityCommand.writeAnalysis(dir,
                out -> Sensitivity.write(out, List.of(row("capital.valueElasticity", 1, 300))),
                out -> Sensitivity.writeNotes(failingAfter(out, 20), NOTES), false, true));
        assertEquals(earlier, FolderContents.hashes(dir));
    }

    @Test
    void withoutOverwriteAnEarlierAnalysisIsRefusedInTheUsualWords() throws IOException {
        Map<String, String> earlier = FolderContents.hashes(analysed());
        BadInputException e = assertThrows(BadInputException.class, () -> SensitivityCommand.writeAnalysis(dir,
                out -> Sensitivity.write(out, ROWS), out -> Sensitivity.writeNotes(out, NOTES), false, false));
        assertTrue(e.getMessage().contains("Fix: pass --overwrite") && e.getMessage().contains("Nothing was written."),
                e.getMessage());
        assertEquals(earlier, FolderContents.hashes(dir));
    }

    /** The charts are drawn from the tables about to be written, not from those they replace. */
    @Test
    void theChartsAreDrawnFromTheNewTables() throws IOException {
        SensitivityCommand.writeAnalysis(dir, out -> Sensitivity.write(out, ROWS),
                out -> Sensitivity.writeNotes(out, NOTES), true, false);
        Map<String, String> earlier = FolderContents.hashes(dir);
        List<Path> drawn = SensitivityCommand.writeAnalysis(dir, out -> Sensitivity.write(out, OTHER_ROWS),
                out -> Sensitivity.writeNotes(out, NOTES), true, true);
        assertEquals(1, drawn.size(), drawn.toString());
        Map<String, String> written = FolderContents.hashes(dir);
        assertNotEquals(earlier.get("charts/" + drawn.get(0).getFileName()),
                written.get("charts/" + drawn.get(0).getFileName()), "premise: other tables, another chart");

        ChartCommand.draw(dir, List.of(), List.of(), List.of(ChartExport.Format.PNG), ChartExport.Size.DEFAULT, true);
        assertEquals(written, FolderContents.hashes(dir), "the chart `chart` draws from the tables in place");
    }

    /**
     * Charts that cannot be written (a file where charts/ should be) leave the earlier tables: no
     * table moves before every chart is drawn.
     */
    @Test
    void chartsThatCannotBeWrittenLeaveTheEarlierTables() throws IOException {
        analysed();
        Files.writeString(dir.resolve("charts"), "a file where the charts folder goes");
        Map<String, String> earlier = FolderContents.hashes(dir);
        assertThrows(NotDirectoryException.class, () -> SensitivityCommand.writeAnalysis(dir,
                out -> Sensitivity.write(out, OTHER_ROWS), out -> Sensitivity.writeNotes(out, NOTES), true, true));
        assertEquals(earlier, FolderContents.hashes(dir), "the earlier tables, nothing beside them");
    }
}
