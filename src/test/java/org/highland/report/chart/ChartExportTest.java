package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
