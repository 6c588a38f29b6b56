package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.highland.report.ResultsFolder;
import org.highland.run.CliRun;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tornado charts drawn from a sweep folder's sensitivity.csv alone. */
class SensitivityChartTest {
    private static final String CSV = """
            output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high
            approvals:Zhejiang:2035,firms.discountRatePerYear,morris,2,11.7,7.0,16.9,7.0,9.1,,,,,,
            approvals:Zhejiang:2035,firms.opportunityQualitySigma,morris,1,15.0,10.8,19.2,-6.6,12.0,,,,,,
            approvals:Zhejiang:2035,firms.shortageDelay,morris,3,10.3,6.0,14.0,-6.6,8.0,,,,,,
            output:Zhejiang:2035,capital.valueElasticity,sobol,1,,,,,,0.31,0.2,0.42,0.52,0.40,0.66
            output:Zhejiang:2035,firms.discountRatePerYear,sobol,2,,,,,,0.10,0.02,0.2,0.21,0.12,0.30
            """;

    @TempDir
    Path dir;

    @Test
    void oneTornadoPerOutputRankedWithItsIntervals() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), CSV);
        ResultsFolder folder = ResultsFolder.read(dir);
        assertTrue(folder.isSensitivity());
        List<NamedChart> charts = ChartPlan.build(folder, List.of(), List.of(), List.of());
        assertEquals(2, charts.size());
        XYPlot morris = charts.get(0).chart().getXYPlot();
        SymbolAxis factors = (SymbolAxis) morris.getDomainAxis();
        assertEquals(List.of("firms.opportunityQualitySigma", "firms.discountRatePerYear", "firms.shortageDelay"),
                List.of(factors.getSymbols()), "ranked, most important first");
        XYDataset bars = morris.getDataset(0);
        assertEquals(15.0, bars.getYValue(0, 0));
        assertEquals(11.7, bars.getYValue(0, 1));
        YIntervalSeriesCollection whiskers = (YIntervalSeriesCollection) morris.getDataset(1);
        assertEquals(10.8, whiskers.getStartYValue(0, 0));
        assertEquals(19.2, whiskers.getEndYValue(0, 0));
        XYPlot sobol = charts.get(1).chart().getXYPlot();
        assertEquals(0.52, sobol.getDataset(0).getYValue(0, 0), "Sobol charts rank by total-order ST");
        assertEquals(0.66, ((YIntervalSeriesCollection) sobol.getDataset(1)).getEndYValue(0, 0));
    }

    @Test
    void chartWritesTornadoesOfASweepFolderAndRefusesAnUnknownOutput() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), CSV);
        CliRun bad = CliRun.highland("chart", dir.toString(), "--metric", "atlantis");
        assertEquals(2, bad.exitCode, bad.err);
        assertTrue(bad.err.contains("approvals:Zhejiang:2035"), bad.err);
        assertTrue(!Files.exists(dir.resolve("charts")) || Files.list(dir.resolve("charts")).findAny().isEmpty());
        CliRun ok = CliRun.highland("chart", dir.toString(), "--format", "png");
        assertEquals(0, ok.exitCode, ok.err);
        try (var files = Files.list(dir.resolve("charts"))) {
            List<Path> pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            assertEquals(2, pngs.size(), pngs.toString());
            BufferedImage image = ImageIO.read(pngs.get(0).toFile());
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100);
        }
    }

    @Test
    void theReportOfASweepFolderShowsTheTornadoesAndTheRankedIndices() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), CSV);
        CliRun run = CliRun.highland("report", dir.toString());
        assertEquals(0, run.exitCode, run.err);
        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(2, html.split("<svg", -1).length - 1, "one tornado per output");
        assertTrue(html.contains("firms.opportunityQualitySigma") && html.contains("15.0 [10.8, 19.2]"), html);
        assertTrue(html.contains("0.52 [0.40, 0.66]"), "Sobol rows show ST with its interval");
    }
}
