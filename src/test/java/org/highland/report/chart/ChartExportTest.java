package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highland.report.ResultsFixtures;
import org.highland.report.ResultsFolder;
import org.highland.report.SummaryTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same results give the same SVG, byte for byte, so a chart or report.html drawn again can be
 * compared with the earlier one; charts inlined together in one report keep their ids apart.
 */
class ChartExportTest {
    private static final Footnote FOOT = new Footnote("test", 3, 0.05, "0.1.0");
    private static final Pattern CLIP_ID = Pattern.compile("<clipPath id='([^']*)clip-0'");

    @TempDir
    Path dir;

    private static String idPrefix(String svg) {
        Matcher m = CLIP_ID.matcher(svg);
        assertTrue(m.find(), "a clip path");
        return m.group(1);
    }

    @Test
    void aChartDrawnTwiceIsTheSameSvgAndAnotherChartHasOtherIds() throws Exception {
        SummaryTable table = ResultsFolder.read(ResultsFixtures.runFolder(dir.resolve("run"), false)).summary();
        NamedChart output = TimeSeriesChart.build(table, "biomedicine_industrial_output", ResultsFixtures.PROVINCES,
                List.of(), FOOT);
        String first = ChartExport.svg(output.chart(), 900, 560);
        String again = ChartExport.svg(TimeSeriesChart.build(table, "biomedicine_industrial_output",
                ResultsFixtures.PROVINCES, List.of(), FOOT).chart(), 900, 560);
        assertEquals(first, again);
        assertFalse(first.contains("highlandDefsPrefix"), "no placeholder left");
        String enterprises = ChartExport.svg(TimeSeriesChart.build(table, "enterprises", ResultsFixtures.PROVINCES,
                List.of(), FOOT).chart(), 900, 560);
        assertNotEquals(idPrefix(first), idPrefix(enterprises));
        assertTrue(first.contains("clip-path='url(#" + idPrefix(first) + "clip-0)'"), "references follow the ids");
    }

    /**
     * A PDF carries no clock time: drawn again (a second later too) it is the same file, and its
     * blanked dates leave the cross-reference offsets right (each object starts where it says).
     */
    @Test
    void aChartDrawnTwiceIsTheSamePdfWithoutTheClocksDates() throws Exception {
        SummaryTable table = ResultsFolder.read(ResultsFixtures.runFolder(dir.resolve("run"), false)).summary();
        byte[] first = pdf(table);
        Thread.sleep(1100);
        byte[] again = pdf(table);
        assertArrayEquals(first, again);
        String text = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("CreationDate") || text.contains("ModDate"), "no dates");
        Matcher xref = Pattern.compile("\\nxref\\n0 (\\d+)\\n").matcher(text);
        assertTrue(xref.find(), "a cross-reference table");
        String[] entries = text.substring(xref.end()).split("\\s*\\n");
        for (int object = 1; object < Integer.parseInt(xref.group(1)); object++) {
            int offset = Integer.parseInt(entries[object].substring(0, 10));
            assertTrue(text.startsWith(object + " 0 obj", offset), "object " + object + " at " + offset);
        }
    }

    private static byte[] pdf(SummaryTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartExport.write(TimeSeriesChart.build(table, "enterprises", ResultsFixtures.PROVINCES, List.of(), FOOT).chart(),
                ChartExport.Format.PDF, out, ChartExport.Size.DEFAULT);
        return out.toByteArray();
    }
}
