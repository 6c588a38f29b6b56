package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.highland.report.ResultsFixtures;
import org.highland.report.ResultsFolder;
import org.highland.run.CliRun;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A screen folder is charted and reported: a tornado per output of screening.csv, ranked as the screen ranks. */
class ScreeningChartTest {
    private static final String HEADER = "factor,output,method,low,high,effect_nominal,effect_at_low,effect_at_high,"
            + "swing,mu_star,mu,sigma,trajectories,noise_se,above_noise,rank,mu_star_low,mu_star_high\n";

    @TempDir
    Path dir;

    /** A one-at-a-time screen of two outputs: the second factor swings more on the first output. */
    private Path screenFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("screen"));
        Files.writeString(folder.resolve("screening.csv"), HEADER
                + "a.x,enterprises:Zhejiang:2030,oat,0,1,2.0,1.5,2.5,1.0,,,,1,0.1,true,2,,\n"
                + "b.y,enterprises:Zhejiang:2030,oat,0,1,2.0,4.0,0.5,-3.5,,,,1,0.1,true,1,,\n"
                + "a.x,enterprises:Zhejiang/park:Hangzhou Zone:2035,oat,0,1,1.0,0.9,1.1,0.2,,,,1,0.2,false,1,,\n"
                + "b.y,enterprises:Zhejiang/park:Hangzhou Zone:2035,oat,0,1,1.0,1.0,1.05,0.05,,,,1,0.2,false,2,,\n");
        Files.createDirectories(folder.resolve("scenarios"));
        Files.writeString(folder.resolve("scenarios/base.resolved.yaml"), "name: baseline\n");
        Files.writeString(folder.resolve("scenarios/variant.resolved.yaml"), "name: more-support\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"replications\": 4, \"scale\": 0.1}");
        return folder;
    }

    @Test
    void eachOutputGetsATornadoOfItsFactorsRankedWithTheEndsOfTheirRanges() throws IOException {
        ResultsFolder folder = ResultsFolder.read(screenFolder());
        assertTrue(folder.isScreening());
        assertEquals("screen of more-support against baseline", folder.scenarioName());
        List<NamedChart> charts = ChartPlan.build(folder, List.of(), List.of(), List.of());
        assertEquals(2, charts.size());
        NamedChart first = charts.get(0);
        assertEquals("screening", first.kind());
        assertTrue(first.title().endsWith("enterprises:Zhejiang:2030"), first.title());
        XYPlot plot = first.chart().getXYPlot();
        // Ranked: b.y (rank 1) first, at position 0; its ends are the effect at the low and the high end.
        XYDataset ends = plot.getDataset(1);
        assertEquals(0, ends.getXValue(0, 0));
        assertEquals(4.0, ends.getYValue(0, 0), "b.y at its low end");
        assertEquals(0.5, ends.getYValue(1, 0), "b.y at its high end");
        assertEquals(1.5, ends.getYValue(0, 1), "a.x at its low end");
        assertEquals(2.0, ((ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next()).getValue(),
                "the line: every factor at its value");
        assertFalse(first.chart().getSubtitles().toString().contains("5-95"), "no bands to speak of");
    }

    /**
     * screening.csv lists factors in factor order with every digit of a double; the report's table
     * gives each output's factors in rank order, as the console and the tornado do, to four
     * significant digits, and a Morris row with its mu.
     */
    @Test
    void theReportTableIsInRankOrderToTheDigitsTheConsolePrints() throws IOException {
        Path folder = screenFolder();
        Files.writeString(folder.resolve("screening.csv"), HEADER
                + "a.x,enterprises:Zhejiang:2030,morris,0,1,,,,,0.2031573757631655,-0.1290041,0.2792,4,0.191,false,2,"
                + "0.05162801771157177,0.4142064082610055\n"
                + "b.y,enterprises:Zhejiang:2030,morris,0,1,,,,,1.2830495158882655,-0.24030,1.482,4,0.1,true,1,"
                + "1.0427888026854788,1.5233102290910523\n");
        CliRun report = CliRun.highland("report", folder.toString());
        assertEquals(0, report.exitCode, report.toString());
        String html = Files.readString(folder.resolve("report.html"));
        String table = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
        assertTrue(table.indexOf("<td>b.y</td>") < table.indexOf("<td>a.x</td>"), "rank 1 first: " + table);
        assertTrue(table.contains("<td>b.y</td><td>mu* 1.283 [1.043, 1.523], mu -0.2403</td><td>yes</td>"), table);
        assertTrue(table.contains("<td>a.x</td><td>mu* 0.2032 [0.05163, 0.4142], mu -0.129</td><td>no</td>"), table);
    }

    @Test
    void theAreaOfAnOutputIsBetweenItsMetricAndItsYear() {
        assertEquals("Zhejiang", ScreeningCharts.areaOf("enterprises:Zhejiang:2030"));
        assertEquals("Zhejiang/park:Hangzhou Zone", ScreeningCharts.areaOf("enterprises:Zhejiang/park:Hangzhou Zone:2035"));
        assertNull(ScreeningCharts.areaOf("enterprises"));
    }

    @Test
    void chartAndReportTakeAScreenFolderAndRegionSelects() throws IOException {
        Path folder = screenFolder();
        CliRun one = CliRun.highland("chart", folder.toString(), "--region", "Zhejiang/park:Hangzhou Zone", "--format", "svg");
        assertEquals(0, one.exitCode, one.toString());
        try (Stream<Path> files = Files.list(folder.resolve("charts"))) {
            assertEquals(List.of("screening_enterprises_Zhejiang_park_Hangzhou_Zone_2035.svg"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        CliRun bad = CliRun.highland("chart", folder.toString(), "--region", "Zhejaing", "--format", "svg");
        assertEquals(2, bad.exitCode, bad.toString());
        assertTrue(bad.err.contains("--region Zhejaing: no output of screening.csv is of this area")
                && bad.err.contains("did you mean 'Zhejiang'?"), bad.err);
        CliRun report = CliRun.highland("report", folder.toString());
        assertEquals(0, report.exitCode, report.toString());
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("What the policy's effect hangs on") && html.contains("<svg"), "the section and its charts");
        assertTrue(html.contains("0.9 to 1.1 (swing 0.2)"), "the table of effects");
    }
}
