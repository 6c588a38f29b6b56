package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.validation.Targets;
import org.highland.report.CsvRows;
import org.highland.report.ResultsFixtures;
import org.highland.report.ResultsFolder;
import org.highland.report.SummaryTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chart kind holds exactly the numbers of the CSV it was drawn from. */
class ChartDatasetTest {
    private static final Footnote FOOT = new Footnote("test", 3, 0.05, "0.1.0");

    @TempDir
    Path dir;

    private SummaryTable table() throws Exception {
        return ResultsFolder.read(ResultsFixtures.runFolder(dir.resolve("run"), true)).summary();
    }

    /** A run cut short with --end: published figures of later years are left out, not drawn past its end. */
    @Test
    void timeSeriesDrawsOnlyThePublishedFiguresOfTheYearsSimulated() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("short"), false);
        List<String> lines = Files.readAllLines(run.resolve("summary.csv"));
        Files.write(run.resolve("summary.csv"), lines.stream()
                .filter(l -> l.startsWith("metric,") || Integer.parseInt(l.split(",")[2]) <= 2019)
                .toList());
        SummaryTable table = ResultsFolder.read(run).summary();
        NamedChart c = TimeSeriesChart.build(table, "biomedicine_industrial_output", List.of("Zhejiang", "Shanghai"),
                Targets.load(), FOOT);
        YIntervalSeriesCollection figures = (YIntervalSeriesCollection) ((XYPlot) c.chart().getPlot()).getDataset(1);
        // Zhejiang's first published output is for 2020, after the run; Shanghai's 2019 level is within it.
        assertEquals(1, figures.getSeriesCount(), figures.getSeriesKey(0).toString());
        assertEquals(1, figures.getItemCount(0));
        assertEquals(2019, figures.getXValue(0, 0), 0);
    }

    @Test
    void timeSeriesHasOneBandPerAreaWithTheCsvValuesAndThePublishedFigure() throws Exception {
        SummaryTable table = table();
        List<String> areas = List.of("Zhejiang", "Shanghai");
        NamedChart c = TimeSeriesChart.build(table, "biomedicine_industrial_output", areas, Targets.load(), FOOT);
        XYPlot plot = assertInstanceOf(XYPlot.class, c.chart().getPlot(), "similar sizes share one axis");
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(2, bands.getSeriesCount());
        for (int s = 0; s < 2; s++) {
            List<SummaryRow> rows = table.series("biomedicine_industrial_output", areas.get(s));
            // Output is the year's revenue, a flow: each year's value is held across that year.
            assertEquals(2 * rows.size(), bands.getItemCount(s), "a flow holds its value across its year");
            for (int i = 0; i < rows.size(); i++) {
                for (int half = 0; half < 2; half++) {
                    int item = 2 * i + half;
                    assertEquals(rows.get(i).year() - 0.5 + half, bands.getXValue(s, item), 0);
                    assertEquals(rows.get(i).mean(), bands.getYValue(s, item), 0);
                    assertEquals(rows.get(i).p05(), bands.getStartYValue(s, item), 0);
                    assertEquals(rows.get(i).p95(), bands.getEndYValue(s, item), 0);
                }
            }
        }
        // targets.csv maps Zhejiang's 2020 biomedicine output (215.1 billion yuan, tolerance 5 %);
        // Shanghai's first published output is its 2019 level (132.0, external-figures.csv, 5 %).
        YIntervalSeriesCollection figures = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(2, figures.getSeriesCount(), "one series of published figures per area");
        assertEquals(2020, figures.getXValue(0, 0), 0);
        assertEquals(215.1, figures.getYValue(0, 0), 1e-9);
        assertEquals(215.1 * 1.05, figures.getEndYValue(0, 0), 1e-9);
        assertEquals(2019, figures.getXValue(1, 0), 0);
        assertEquals(132.0, figures.getYValue(1, 0), 1e-9);
        assertEquals(132.0 * 0.95, figures.getStartYValue(1, 0), 1e-9);
        assertEquals(1, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "data/projection mark");
        assertTrue(c.stem().contains("Zhejiang") && c.stem().contains("Shanghai"), c.stem());
    }

    @Test
    void aStockIsOnePointPerYearAtItsYearEndValue() throws Exception {
        SummaryTable table = table();
        NamedChart c = TimeSeriesChart.build(table, "enterprises", List.of("Zhejiang"), List.of(), FOOT);
        YIntervalSeriesCollection band = (YIntervalSeriesCollection) ((XYPlot) c.chart().getPlot()).getDataset(0);
        List<SummaryRow> rows = table.series("enterprises", "Zhejiang");
        assertEquals(rows.size(), band.getItemCount(0), "a stock has one point per year");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).year(), band.getXValue(0, i), 0);
            assertEquals(rows.get(i).mean(), band.getYValue(0, i), 0);
        }
        assertEquals("number", ((XYPlot) c.chart().getPlot()).getRangeAxis().getLabel());
    }

    /**
     * Shanghai's output has published figures for 2023 and 2024 (out of sample): the dashed line
     * after 2021 marks the end of the fit, and its label says so rather than "figures to 2021".
     */
    @Test
    void theProjectionLineMarksTheEndOfTheFitNotOfTheFigures() throws Exception {
        NamedChart c = TimeSeriesChart.build(table(), "biomedicine_industrial_output", List.of("Shanghai"),
                Targets.load(), FOOT);
        XYPlot plot = (XYPlot) c.chart().getPlot();
        ValueMarker mark = (ValueMarker) plot.getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(2021.5, mark.getValue(), 0);
        assertEquals("calibrated to 2021 | projection", mark.getLabel());
        YIntervalSeriesCollection figures = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(2024, figures.getXValue(0, figures.getItemCount(0) - 1), 0, "a figure drawn past the line");
    }

    @Test
    void flowsAreStepsAndAreasOfDifferentSizeGetTheirOwnPanels() throws Exception {
        SummaryTable table = table();
        NamedChart c = TimeSeriesChart.build(table, "innovative_drug_approvals", ResultsFixtures.PROVINCES,
                List.of(), FOOT);
        CombinedDomainXYPlot combined = assertInstanceOf(CombinedDomainXYPlot.class, c.chart().getPlot());
        assertEquals(4, combined.getSubplots().size());
        for (int a = 0; a < 4; a++) {
            YIntervalSeriesCollection band = (YIntervalSeriesCollection) ((XYPlot) combined.getSubplots().get(a)).getDataset(0);
            List<SummaryRow> rows = table.series("innovative_drug_approvals", ResultsFixtures.PROVINCES.get(a));
            assertEquals(2 * rows.size(), band.getItemCount(0), "a flow holds its value across its year");
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).year() - 0.5, band.getXValue(0, 2 * i), 0);
                assertEquals(rows.get(i).year() + 0.5, band.getXValue(0, 2 * i + 1), 0);
                assertEquals(rows.get(i).mean(), band.getYValue(0, 2 * i), 0);
                assertEquals(rows.get(i).mean(), band.getYValue(0, 2 * i + 1), 0);
            }
        }
        assertTrue(c.height() > ChartExport.BASE_HEIGHT, "panels make the chart taller");
    }

    @Test
    void differenceFanAndVariantsComeFromTheCompareFolder() throws Exception {
        ResultsFolder folder = ResultsFolder.read(ResultsFixtures.compareFolder(dir.resolve("cmp")));
        assertEquals("baseline", folder.base());
        NamedChart fan = CompareCharts.difference(folder.comparison(), folder.variants(), "enterprises", "Jiangsu", FOOT);
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) ((XYPlot) fan.chart().getPlot()).getDataset(0);
        assertEquals(1, d.getSeriesCount());
        List<Map<String, String>> rows = folder.comparison().rows().stream()
                .filter(r -> r.get("metric").equals("enterprises") && r.get("region").equals("Jiangsu")).toList();
        assertEquals(rows.size(), d.getItemCount(0));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(CsvRows.number(rows.get(i), "diff_mean"), d.getYValue(0, i), 0);
            assertEquals(CsvRows.number(rows.get(i), "diff_p05"), d.getStartYValue(0, i), 0);
            assertEquals(CsvRows.number(rows.get(i), "diff_p95"), d.getEndYValue(0, i), 0);
        }
        NamedChart v = CompareCharts.variants(folder.base(), folder.scenarioSummary("baseline"),
                Map.of("more-output", folder.scenarioSummary("more-output")), "enterprises", "Jiangsu", FOOT);
        YIntervalSeriesCollection vs = (YIntervalSeriesCollection) ((XYPlot) v.chart().getPlot()).getDataset(0);
        assertEquals(2, vs.getSeriesCount(), "base and one variant");
        assertEquals(vs.getYValue(0, 3) + 15, vs.getYValue(1, 3), 1e-9, "the variant's summary, 5 a year above");
    }

    @Test
    void validationChartsHoldEveryTargetAndTheFourRegionsOfTable2() throws Exception {
        CsvRows validation = ResultsFolder.read(ResultsFixtures.runFolder(dir.resolve("run"), true)).validation();
        NamedChart fit = ValidationCharts.fit(validation, FOOT);
        CombinedRangeXYPlot byBasis = assertInstanceOf(CombinedRangeXYPlot.class, fit.chart().getPlot());
        assertEquals(3, byBasis.getSubplots().size(), "identity, calibrated, out of sample");
        int points = 0;
        for (Object p : byBasis.getSubplots()) {
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) ((XYPlot) p).getDataset(0);
            points += data.getItemCount(0) + data.getItemCount(1);
        }
        assertEquals(validation.rows().size(), points, "one dot per target");
        XYPlot calibrated = (XYPlot) byBasis.getSubplots().get(1);
        YIntervalSeriesCollection cal = (YIntervalSeriesCollection) calibrated.getDataset(0);
        assertEquals(450.0 / 448, cal.getYValue(0, 0), 1e-12, "Jiangsu within: simulated over published");
        NamedChart t2 = ValidationCharts.table2(validation, FOOT);
        CombinedDomainXYPlot panels = (CombinedDomainXYPlot) t2.chart().getPlot();
        XYPlot trials = (XYPlot) panels.getSubplots().get(0);
        assertEquals(4, trials.getDataset(0).getItemCount(0), "four regions side by side");
        assertEquals(2000, trials.getDataset(1).getYValue(0, 1), 1e-9, "Jiangsu's published count");
    }

    /**
     * The grey tolerance of an at-least figure lies only below it, of an at-most figure only above:
     * drawn on both sides, a mean of 1.2 times "at least 1200" sat outside the grey while within.
     */
    @Test
    void aBoundsToleranceIsDrawnOnItsOneSide() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("bounds"), true);
        Path csv = run.resolve("validation.csv");
        Files.writeString(csv, Files.readString(csv).replace(",out_of_sample,eq,", ",out_of_sample,ge,")
                .replace(",identity,eq,", ",identity,le,"));
        CombinedRangeXYPlot byBasis = (CombinedRangeXYPlot) ValidationCharts
                .fit(ResultsFolder.read(run).validation(), FOOT).chart().getPlot();
        YIntervalSeriesCollection identity = (YIntervalSeriesCollection) ((XYPlot) byBasis.getSubplots().get(0))
                .getDataset(0);
        assertEquals(1, identity.getStartYValue(2, 0), 1e-12, "at most: nothing tolerated below");
        assertEquals(1.05, identity.getEndYValue(2, 0), 1e-12);
        YIntervalSeriesCollection outOfSample = (YIntervalSeriesCollection) ((XYPlot) byBasis.getSubplots().get(2))
                .getDataset(0);
        assertEquals(0.9, outOfSample.getStartYValue(2, 0), 1e-12);
        assertEquals(1, outOfSample.getEndYValue(2, 0), 1e-12, "at least: nothing tolerated above");
        YIntervalSeriesCollection calibrated = (YIntervalSeriesCollection) ((XYPlot) byBasis.getSubplots().get(1))
                .getDataset(0);
        assertEquals(0.95, calibrated.getStartYValue(2, 0), 1e-12, "an exact figure: both sides");
        assertEquals(1.05, calibrated.getEndYValue(2, 0), 1e-12);
    }

    /**
     * A target's label says over which years a growth or flow runs and to which area a ratio is
     * taken, and a long label is shortened in its metric, never in the derivation or the bound: cut
     * at the end, Hangzhou's "at least half of Zhejiang's output" read as a missed output level.
     */
    @Test
    void aLongLabelKeepsItsDerivationAndBound() {
        String share = ValidationCharts.label(Map.of("region", "Zhejiang/city:Hangzhou", "year", "2021",
                "metric", "biomedicine_industrial_output", "derived", "ratio", "base_year", "",
                "ref_region", "Zhejiang", "relation", "ge"));
        assertTrue(share.endsWith("… (ratio to Zhejiang) [at least]"), share);
        assertEquals(ValidationCharts.MAX_LABEL, share.length(), share);
        String flow = ValidationCharts.label(Map.of("region", "Zhejiang", "year", "2020",
                "metric", "innovative_drug_approvals", "derived", "flow_since", "base_year", "2015",
                "ref_region", "", "relation", "le"));
        assertTrue(flow.startsWith("Zhejiang 2015–2020 ") && flow.endsWith(" (flow) [at most]"), flow);
        String growth = ValidationCharts.label(Map.of("region", "Jiangsu", "year", "2022",
                "metric", "biomedicine_industrial_output", "derived", "cagr", "base_year", "2020",
                "ref_region", "", "relation", "approx"));
        assertTrue(growth.startsWith("Jiangsu 2020–2022 ") && growth.endsWith(" (cagr)"), growth);
    }

    /**
     * A simulated 0 has no ratio on the log axis: it sits at 1/8, inside the axis (not cut in half at
     * its edge), as an open diamond the legend explains; and the subtitle says what each basis drawn
     * means, earlier fit included, and only those drawn.
     */
    @Test
    void aSimulatedZeroIsDrawnWholeAndMarkedAndEveryBasisDrawnIsExplained() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), true);
        String earlier = "earlier fit: seen by an earlier fit whose values the scenario keeps, so no test either";
        JFreeChart plain = ValidationCharts.fit(ResultsFolder.read(run).validation(), FOOT).chart();
        assertTrue(subtitle(plain).contains("Panels by basis (identity: set from the figure; calibrated: fitted to"
                + " it; out of sample: used in no fit, the real test)"), subtitle(plain));
        assertFalse(subtitle(plain).contains("earlier fit"), "no earlier-fit panel, no word of it");
        assertFalse(legendLabels(plain).contains(ValidationCharts.ZERO_LEGEND));

        Path csv = run.resolve("validation.csv");
        Files.writeString(csv, Files.readString(csv).replace(",calibrated,eq,true,448,billion_yuan,450,440,460,0.004,"
                + "0.05,true,", ",earlier_fit,eq,true,448,billion_yuan,0,0,0,-1,0.05,false,"));
        JFreeChart chart = ValidationCharts.fit(ResultsFolder.read(run).validation(), FOOT).chart();
        assertTrue(subtitle(chart).contains("; " + earlier + "; "), subtitle(chart));
        CombinedRangeXYPlot byBasis = (CombinedRangeXYPlot) chart.getPlot();
        XYPlot earlierFit = (XYPlot) byBasis.getSubplots().get(2);
        assertEquals("earlier fit", earlierFit.getDomainAxis().getLabel());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) earlierFit.getDataset(0);
        assertEquals(1, data.getItemCount(1), "Jiangsu, outside tolerance");
        assertEquals(1 / ValidationCharts.MAX_RATIO, data.getYValue(1, 0), 1e-12, "a simulated 0 at 1/8");
        assertTrue(byBasis.getRangeAxis().getLowerBound() < 1 / ValidationCharts.MAX_RATIO / 1.2,
                "room left of 1/8 for the whole marker");
        assertTrue(byBasis.getRangeAxis().getUpperBound() > ValidationCharts.MAX_RATIO * 1.2);
        XYItemRenderer renderer = earlierFit.getRenderer();
        assertEquals(ValidationCharts.ZERO_SHAPE, renderer.getItemShape(1, 0));
        assertFalse(((XYErrorRenderer) renderer).getItemShapeFilled(1, 0), "an open marker, not a dot");
        XYPlot calibrated = (XYPlot) byBasis.getSubplots().get(1);
        assertEquals(1, calibrated.getDataset(0).getItemCount(1), "Zhejiang, outside tolerance");
        assertNotEquals(ValidationCharts.ZERO_SHAPE, calibrated.getRenderer().getItemShape(1, 0),
                "a ratio other than 0 keeps its dot");
        assertTrue(legendLabels(chart).contains(ValidationCharts.ZERO_LEGEND), legendLabels(chart).toString());
    }

    /**
     * A ratio beyond 8 or 1/8 sits at the axis' edge: it is drawn as a triangle pointing the way
     * the ratio goes, with its value after the label, and the legend says so; a chart without one
     * has no such legend item.
     */
    @Test
    void aRatioBeyondTheAxisIsMarkedWithItsValue() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), true);
        assertFalse(legendLabels(ValidationCharts.fit(ResultsFolder.read(run).validation(), FOOT).chart())
                .contains(ValidationCharts.BEYOND_LEGEND));
        Path csv = run.resolve("validation.csv");
        String row = ",calibrated,eq,true,448,billion_yuan,450,440,460,0.004,0.05,true,";
        for (String[] c : new String[][] {{"9000,8000,9500,19.1", "\u00d720", "high"}, {"20,15,25,-0.955", "\u00d70.045", "low"}}) {
            Files.writeString(csv, Files.readString(csv).replace(row, ",calibrated,eq,true,448,billion_yuan," + c[0]
                    + ",0.05,false,"));
            JFreeChart chart = ValidationCharts.fit(ResultsFolder.read(run).validation(), FOOT).chart();
            XYPlot calibrated = (XYPlot) ((CombinedRangeXYPlot) chart.getPlot()).getSubplots().get(1);
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) calibrated.getDataset(0);
            double edge = c[2].equals("high") ? ValidationCharts.MAX_RATIO : 1 / ValidationCharts.MAX_RATIO;
            // Jiangsu, now outside tolerance, after Zhejiang.
            assertEquals(edge, data.getYValue(1, 1), 1e-12, "at the edge");
            assertEquals(c[2].equals("high") ? ValidationCharts.BEYOND_HIGH_SHAPE : ValidationCharts.BEYOND_LOW_SHAPE,
                    calibrated.getRenderer().getItemShape(1, 1));
            assertEquals(new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8), calibrated.getRenderer().getItemShape(1, 0),
                    "Zhejiang, within the axis, keeps its dot");
            String label = ((SymbolAxis) calibrated.getDomainAxis()).getSymbols()[1];
            assertTrue(label.endsWith(" " + c[1]), label);
            assertTrue(legendLabels(chart).contains(ValidationCharts.BEYOND_LEGEND), legendLabels(chart).toString());
            row = ",calibrated,eq,true,448,billion_yuan," + c[0] + ",0.05,false,";
        }
    }

    /** A ratio far below 1/8 keeps its digits: "×0.0" would read as the simulated 0 it is not. */
    @Test
    void aSmallRatioBeyondTheAxisIsNotShownAsZero() {
        assertEquals("\u00d70.0004", ValidationCharts.ratioText(0.0004));
        assertEquals("\u00d70.0046", ValidationCharts.ratioText(0.004567));
        assertEquals("\u00d70.045", ValidationCharts.ratioText(0.045));
        assertEquals("\u00d79.5", ValidationCharts.ratioText(9.5));
        assertEquals("\u00d71,235", ValidationCharts.ratioText(1234.6));
    }

    /** The footnote speaks of 5-95 % bands on the charts that draw them, and only there. */
    @Test
    void onlyChartsWithBandsHaveAFootnoteThatSpeaksOfThem() throws Exception {
        ResultsFolder run = ResultsFolder.read(ResultsFixtures.runFolder(dir.resolve("run"), true));
        ResultsFolder cmp = ResultsFolder.read(ResultsFixtures.compareFolder(dir.resolve("cmp")));
        String bands = "bands: 5-95 % of replications";
        assertTrue(footnote(TimeSeriesChart.build(run.summary(), "enterprises", List.of("Zhejiang"), List.of(), FOOT))
                .contains(bands));
        assertTrue(footnote(CompareCharts.difference(cmp.comparison(), cmp.variants(), "enterprises", "Zhejiang", FOOT))
                .contains(bands));
        for (NamedChart none : List.of(ValidationCharts.fit(run.validation(), FOOT),
                ValidationCharts.table2(run.validation(), FOOT),
                PolicyCharts.outlayByInstrument(run.summary(), ResultsFixtures.PROVINCES, FOOT),
                PolicyCharts.costEffectiveness(cmp.costs(), FOOT))) {
            assertEquals("Scenario test; 3 replications at scale 0.05; Highland 0.1.0; INDICATIVE ONLY: reduced scale,"
                    + " fewer than 10 replications", footnote(none), none.stem());
        }
        assertTrue(new Footnote("test", 1, 0.05, "0.1.0").text().startsWith("Scenario test; 1 replication at scale 0.05;"));
    }

    private static String footnote(NamedChart c) {
        for (int i = 0; i < c.chart().getSubtitleCount(); i++) {
            if (c.chart().getSubtitle(i) instanceof TextTitle t && t.getText().startsWith("Scenario ")) {
                return t.getText();
            }
        }
        return "";
    }

    private static String subtitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t && t.getText().startsWith("Dot:")) {
                return t.getText();
            }
        }
        return "";
    }

    private static List<String> legendLabels(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        for (LegendItemSource source : chart.getLegend().getSources()) {
            LegendItemCollection items = source.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
        }
        return labels;
    }

    @Test
    void outlayIsStackedByInstrumentAndCostEffectivenessKeepsOnlySpendingVariants() throws Exception {
        SummaryTable table = table();
        NamedChart outlay = PolicyCharts.outlayByInstrument(table, ResultsFixtures.PROVINCES, FOOT);
        CombinedDomainXYPlot panels = (CombinedDomainXYPlot) outlay.chart().getPlot();
        assertEquals(4, panels.getSubplots().size(), "every province pays the super deduction");
        TableXYDataset zj = (TableXYDataset) ((XYPlot) panels.getSubplots().get(0)).getDataset();
        assertEquals(2, zj.getSeriesCount(), "two instruments");
        assertEquals(50, zj.getYValue(1, 2022 - ResultsFixtures.FIRST), 0, "rewards start in 2022");
        assertEquals(0, zj.getYValue(1, 2021 - ResultsFixtures.FIRST), 0, "and pay nothing before");
        ResultsFolder cmp = ResultsFolder.read(ResultsFixtures.compareFolder(dir.resolve("cmp")));
        NamedChart cost = PolicyCharts.costEffectiveness(cmp.costs(), FOOT);
        CombinedDomainXYPlot measures = (CombinedDomainXYPlot) cost.chart().getPlot();
        YIntervalSeriesCollection perYuan = (YIntervalSeriesCollection) ((XYPlot) measures.getSubplots().get(1)).getDataset();
        assertEquals(1, perYuan.getItemCount(0), "Jiangsu spent nothing extra, so has no ratio");
        assertEquals(16.7, perYuan.getYValue(0, 0), 1e-12);
        assertEquals(10, perYuan.getStartYValue(0, 0), 1e-12);
        assertEquals(25, perYuan.getEndYValue(0, 0), 1e-12);
        String subtitles = cost.chart().getSubtitles().stream().filter(t -> t instanceof org.jfree.chart.title.TextTitle)
                .map(t -> ((org.jfree.chart.title.TextTitle) t).getText()).reduce("", String::concat);
        assertTrue(subtitles.contains("changed no instrument"), "says which regions it leaves out: " + subtitles);
        // A talent policy's gain has a panel of its own.
        assertEquals(5, measures.getSubplots().size(), "outlay, output, approvals, enterprises and leading talents");
        XYPlot talents = (XYPlot) measures.getSubplots().get(4);
        assertEquals("leading talents per 100 M yuan", talents.getRangeAxis().getLabel());
    }

    @Test
    void labelsAreWordsNotKeys() {
        assertEquals("Hangzhou High-tech Zone (park, Zhejiang)", Labels.area(ResultsFixtures.PARK));
        assertEquals("Class III device approvals", Labels.title("class3_device_approvals"));
        assertEquals("Cumulative class III device approvals", Labels.title("cumulative_class3_device_approvals"));
        assertEquals("number per year", Labels.axis("innovative_drug_approvals", "count"));
        assertEquals("billion yuan per year", Labels.axis("biomedicine_industrial_output", "billion_yuan"));
        assertEquals("number", Labels.axis("enterprises", "count"));
        assertEquals("percent", Labels.axis("pharma_rd_to_operating_income", "percent"));
        assertEquals("R&D super deduction 2015", Labels.instrument("rdSuperDeduction2015"));
        assertFalse(Labels.instrument("standardRate").contains("R&D"));
    }

    @Test
    void panelLegendsPromisePublishedFiguresOnlyWhereSomeAreDrawn() throws Exception {
        SummaryTable table = table();
        // Jiangsu is twenty times Anhui: one panel each.
        List<String> areas = List.of("Jiangsu", "Anhui");
        CombinedDomainXYPlot outlay = assertInstanceOf(CombinedDomainXYPlot.class,
                TimeSeriesChart.build(table, "policy_outlay", areas, Targets.load(), FOOT).chart().getPlot());
        assertEquals(2, outlay.getFixedLegendItems().getItemCount(), "no published outlay: mean and band only");
        CombinedDomainXYPlot output = assertInstanceOf(CombinedDomainXYPlot.class,
                TimeSeriesChart.build(table, "biomedicine_industrial_output", areas, Targets.load(), FOOT).chart().getPlot());
        assertEquals(3, output.getFixedLegendItems().getItemCount(), "Jiangsu's published output is drawn");
    }

    /**
     * Shanghai's 2020 output is published as "exceeded 140 billion yuan" (at least, 5 %): its
     * tolerance lies only below it and it is drawn as a triangle, as validation judges it; drawn as
     * an exact figure with both sides, a mean of 157 read as a miss although it meets the bound.
     */
    @Test
    void aPublishedBoundIsATriangleWithItsToleranceOnOneSide() throws Exception {
        SummaryTable table = table();
        NamedChart c = TimeSeriesChart.build(table, "biomedicine_industrial_output", List.of("Zhejiang", "Shanghai"),
                Targets.load(), FOOT);
        XYPlot plot = assertInstanceOf(XYPlot.class, c.chart().getPlot());
        YIntervalSeriesCollection figures = (YIntervalSeriesCollection) plot.getDataset(1);
        XYItemRenderer renderer = plot.getRenderer(1);
        int at2020 = -1;
        for (int i = 0; i < figures.getItemCount(1); i++) {
            if (figures.getXValue(1, i) == 2020) {
                at2020 = i;
            }
        }
        assertEquals(140.0, figures.getYValue(1, at2020), 1e-9);
        assertEquals(140.0 * 0.95, figures.getStartYValue(1, at2020), 1e-9, "a shortfall within 5 % is tolerated");
        assertEquals(140.0, figures.getEndYValue(1, at2020), 1e-9, "nothing tolerated above a lower bound");
        assertEquals(TimeSeriesChart.AT_LEAST_SHAPE, renderer.getItemShape(1, at2020));
        assertEquals(132.0 * 1.05, figures.getEndYValue(1, 0), 1e-9, "an exact figure keeps both sides");
        assertNotEquals(TimeSeriesChart.AT_LEAST_SHAPE, renderer.getItemShape(1, 0));
        assertTrue(figures.getSeriesKey(1).toString().contains("at least (up)"), figures.getSeriesKey(1).toString());
        assertFalse(figures.getSeriesKey(0).toString().contains("triangle"), "Zhejiang has no bound");

        CombinedDomainXYPlot panels = assertInstanceOf(CombinedDomainXYPlot.class, TimeSeriesChart.build(table,
                "biomedicine_industrial_output", List.of("Jiangsu", "Shanghai", "Anhui"), Targets.load(), FOOT)
                .chart().getPlot());
        LegendItemCollection legend = panels.getFixedLegendItems();
        assertEquals(TimeSeriesChart.BOUND_LEGEND, legend.get(legend.getItemCount() - 1).getLabel());
    }

    @Test
    void everyPanelOfTheOutlayByInstrumentMarksWherePublishedFiguresEnd() throws Exception {
        SummaryTable table = table();
        // The fixture runs 2015-2024, so 2021 | 2022 lies inside it.
        CombinedDomainXYPlot panels = assertInstanceOf(CombinedDomainXYPlot.class, PolicyCharts.outlayByInstrument(
                table, ResultsFixtures.PROVINCES, FOOT).chart().getPlot());
        assertEquals(4, panels.getSubplots().size());
        for (XYPlot panel : panels.getSubplots()) {
            assertEquals(1, panel.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
        }
    }
}
