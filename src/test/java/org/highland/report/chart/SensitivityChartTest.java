package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.highland.cli.ExitCodes;
import org.highland.report.ResultsFolder;
import org.highland.run.CliRun;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tornado charts drawn from a sweep folder's sensitivity.csv alone. */
class SensitivityChartTest {
    private static final String CSV = """
            output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high
            approvals:Zhejiang:2035,firms.discountRatePerYear,morris,2,11.7,7.0,16.9,7.0,9.1,,,,,,
            approvals:Zhejiang:2035,firms.knownQualityShare,morris,1,15.0,10.8,19.2,-6.6,12.0,,,,,,
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
        assertEquals(List.of("firms.knownQualityShare", "firms.discountRatePerYear", "firms.shortageDelay"),
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

    /**
     * A tornado carries under its plot the brief notes of its output (sensitivity_notes.csv), and
     * greys the bars they flag: a Morris mu* within twice its noise, a Sobol estimate no index can
     * take. A notes file written before the brief column shows its full notes.
     */
    @Test
    void aTornadoCarriesItsOutputsSamplingNotesAndGreysTheBarsTheyFlag() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), """
                output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high,mu_star_noise_se
                approvals:Zhejiang:2035,firms.knownQualityShare,morris,1,15.0,10.8,19.2,-6.6,12.0,,,,,,,2
                approvals:Zhejiang:2035,firms.shortageDelay,morris,2,3.0,1.0,5.0,-1.0,2.0,,,,,,,2
                output:Zhejiang:2035,capital.valueElasticity,sobol,1,,,,,,1.3,0.2,2.4,1.1,0.40,1.6,
                output:Zhejiang:2035,firms.discountRatePerYear,sobol,2,,,,,,0.10,0.02,0.2,0.21,0.12,0.30,
                """);
        Files.writeString(dir.resolve("sensitivity_notes.csv"), """
                output,note,brief
                approvals:Zhejiang:2035,sample: 8 trajectories (24 points) x 2 replication(s) per point,8 trajectories x 2 replication(s) per point
                approvals:Zhejiang:2035,warning: 1 of 2 factors have mu* within twice its replication noise (se): their effect and rank are not evidence; raise the replications or the scale.,1 of 2 mu* within noise (grey): not evidence
                output:Zhejiang:2035,sample: 4 base samples (16 points) x 2 replication(s) per point,4 base samples x 2 replication(s) per point
                """);
        List<NamedChart> charts = ChartPlan.build(ResultsFolder.read(dir), List.of(), List.of(), List.of());
        JFreeChart morris = charts.get(0).chart();
        assertTrue(texts(morris).contains("Sampling: 8 trajectories x 2 replication(s) per point; 1 of 2 mu* within"
                + " noise (grey): not evidence"), texts(morris).toString());
        XYItemRenderer bars = morris.getXYPlot().getRenderer(0);
        assertEquals(SensitivityCharts.FLAGGED, bars.getItemPaint(0, 1), "mu* 3.0 within 2 x se 2");
        assertNotEquals(SensitivityCharts.FLAGGED, bars.getItemPaint(0, 0), "mu* 15.0 well above it");
        JFreeChart sobol = charts.get(1).chart();
        assertTrue(texts(sobol).contains("Sampling: 4 base samples x 2 replication(s) per point"), texts(sobol).toString());
        assertEquals(SensitivityCharts.FLAGGED, sobol.getXYPlot().getRenderer(0).getItemPaint(0, 0), "S1 1.3 > ST 1.1");
        assertNotEquals(SensitivityCharts.FLAGGED, sobol.getXYPlot().getRenderer(0).getItemPaint(0, 1));

        Files.writeString(dir.resolve("sensitivity_notes.csv"), "output,note\napprovals:Zhejiang:2035,warning: one"
                + " replication per point: replication noise cannot be told apart\n");
        JFreeChart older = ChartPlan.build(ResultsFolder.read(dir), List.of(), List.of(), List.of()).get(0).chart();
        assertTrue(texts(older).contains("Sampling: warning: one replication per point: replication noise cannot be"
                + " told apart"), texts(older).toString());
    }

    /**
     * A tornado draws bars and bootstrap whiskers its subtitle explains, and no 5-95 % band: its
     * footnote says where the chart came from and does not speak of bands, with bars or without.
     */
    @Test
    void aTornadosFootnoteDoesNotSpeakOfBands() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), CSV + """
                flat:Zhejiang:2035,firms.shortageDelay,sobol,1,,,,,,,,,,,
                """);
        Footnote foot = new Footnote("experiment e", 2, 0.05, "0.1.0");
        assertTrue(foot.text().contains("bands: 5-95 % of replications"), "charts with bands keep the phrase");
        List<NamedChart> charts = ChartPlan.build(ResultsFolder.read(dir), List.of(), List.of(), List.of());
        assertEquals(3, charts.size());
        for (NamedChart c : charts) {
            List<String> feet = texts(c.chart()).stream().filter(t -> t.startsWith("Scenario ")).toList();
            assertEquals(1, feet.size(), texts(c.chart()).toString());
            assertFalse(feet.get(0).contains("band"), feet.get(0));
        }
        assertEquals(0, charts.get(2).chart().getXYPlot().getDataset(0).getItemCount(0), "the no-index case too");
        NamedChart tornado = SensitivityCharts.tornado(ResultsFolder.read(dir).sensitivity(), null,
                "approvals:Zhejiang:2035", foot);
        assertTrue(texts(tornado.chart()).contains("Scenario experiment e; 2 replications at scale 0.05; Highland"
                + " 0.1.0; INDICATIVE ONLY: reduced scale, fewer than 10 replications"), texts(tornado.chart()).toString());
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                texts.add(t.getText());
            }
        }
        return texts;
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

    /** Outputs as sensitivity labels them (scenario:metric:area:year), one of a park whose key holds a ':'. */
    private static final String BY_AREA = """
            output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,s1,s1_low,s1_high,st,st_low,st_high
            trial-base:approvals:Zhejiang:2035,firms.knownQualityShare,morris,1,15.0,10.8,19.2,-6.6,12.0,,,,,,
            trial-base:approvals:Zhejiang:2035,firms.shortageDelay,morris,2,10.3,6.0,14.0,-6.6,8.0,,,,,,
            base:enterprises:Zhejiang/park:Hangzhou High-tech Zone:2030,firms.knownQualityShare,morris,1,2.0,1.0,3.0,1.0,1.0,,,,,,
            base:enterprises:Jiangsu:2030,firms.knownQualityShare,morris,1,3.0,2.0,4.0,1.0,1.0,,,,,,
            """;

    @Test
    void theAreaOfAnOutputIsBetweenItsMetricAndItsYear() {
        assertEquals("Zhejiang", SensitivityCharts.areaOf("trial-base:approvals:Zhejiang:2035"));
        assertEquals("Zhejiang/park:Hangzhou High-tech Zone",
                SensitivityCharts.areaOf("base:enterprises:Zhejiang/park:Hangzhou High-tech Zone:2030"));
        assertNull(SensitivityCharts.areaOf("approvals:Zhejiang:2035"), "not a label of four parts");
    }

    @Test
    void regionKeepsTheTornadoesOfThatAreaOnly() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), BY_AREA);
        ResultsFolder folder = ResultsFolder.read(dir);
        assertEquals(3, ChartPlan.build(folder, List.of(), List.of(), List.of()).size(), "all outputs by default");
        List<NamedChart> park = ChartPlan.build(folder, List.of(), List.of("Zhejiang/park:Hangzhou High-tech Zone"),
                List.of());
        assertEquals(1, park.size());
        assertEquals(List.of("firms.knownQualityShare"),
                List.of(((SymbolAxis) park.get(0).chart().getXYPlot().getDomainAxis()).getSymbols()));
        assertEquals(2, ChartPlan.build(folder, List.of(), List.of("Zhejiang", "Jiangsu"), List.of()).size());
        assertEquals(1, ChartPlan.build(folder, List.of("trial-base:approvals:Zhejiang:2035"), List.of("Zhejiang"),
                List.of()).size());
        ChartPlan.RequestException other = assertThrows(ChartPlan.RequestException.class, () -> ChartPlan.build(folder,
                List.of("base:enterprises:Jiangsu:2030"), List.of("Zhejiang"), List.of()));
        assertTrue(other.getMessage().contains("an output of Jiangsu, not of --region Zhejiang. Fix: drop --region, or"
                + " add --region Jiangsu."), other.getMessage());
    }

    @Test
    void anUnknownRegionOnASweepFolderIsRefusedWithTheValidAreasAndNothingWritten() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), BY_AREA);
        CliRun r = CliRun.highland("chart", dir.toString(), "--region", "Nowhere", "--format", "pdf");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode, r.toString());
        assertTrue(r.err.contains("--region Nowhere: no output of sensitivity.csv is of this area. Valid areas:"
                + " Zhejiang, Zhejiang/park:Hangzhou High-tech Zone, Jiangsu. Fix: name one of them, or drop --region"
                + " to chart every output."), r.err);
        assertTrue(r.err.contains("Nothing was written"), r.err);
        assertFalse(Files.exists(dir.resolve("charts")), "no chart file, not even the folder");
        CliRun jiangsu = CliRun.highland("chart", dir.toString(), "--region", "Jiangsu", "--format", "pdf");
        assertEquals(ExitCodes.OK, jiangsu.exitCode, jiangsu.toString());
        try (var files = Files.list(dir.resolve("charts"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).contains("Jiangsu") && names.get(0).endsWith(".pdf"), names.toString());
        }
    }

    @Test
    void everyBadOutputAndAreaOfASweepFolderIsRefusedAtOnceWithDidYouMean() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), BY_AREA);
        ResultsFolder folder = ResultsFolder.read(dir);
        ChartPlan.RequestException e = assertThrows(ChartPlan.RequestException.class, () -> ChartPlan.build(folder,
                List.of("trial-base:approvals:Zhejiang:2053", "nothing"), List.of("Jiangsuu"), List.of()));
        assertEquals(List.of(
                "--metric trial-base:approvals:Zhejiang:2053: not an output of sensitivity.csv. Valid outputs:"
                        + " trial-base:approvals:Zhejiang:2035, base:enterprises:Zhejiang/park:Hangzhou High-tech"
                        + " Zone:2030, base:enterprises:Jiangsu:2030. Fix: did you mean"
                        + " 'trial-base:approvals:Zhejiang:2035'? Otherwise name one of them, or drop --metric to chart"
                        + " every output.",
                "--metric nothing: not an output of sensitivity.csv either. Fix: name one of the valid outputs above,"
                        + " or drop --metric to chart every output.",
                "--region Jiangsuu: no output of sensitivity.csv is of this area. Valid areas: Zhejiang,"
                        + " Zhejiang/park:Hangzhou High-tech Zone, Jiangsu. Fix: did you mean 'Jiangsu'? Otherwise name"
                        + " one of them, or drop --region to chart every output."), e.getMessage().lines().toList());
    }

    @Test
    void theReportOfASweepFolderShowsTheTornadoesAndTheRankedIndices() throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), CSV);
        CliRun run = CliRun.highland("report", dir.toString());
        assertEquals(0, run.exitCode, run.err);
        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(2, html.split("<svg", -1).length - 1, "one tornado per output");
        assertTrue(html.contains("firms.knownQualityShare") && html.contains("15.0 [10.8, 19.2]"), html);
        assertTrue(html.contains("0.52 [0.40, 0.66]"), "Sobol rows show ST with its interval");
    }
}
