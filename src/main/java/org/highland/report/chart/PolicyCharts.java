package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.report.CsvRows;
import org.highland.report.SummaryTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** What policies cost: outlay by instrument over the years, and cost-effectiveness per variant. */
public final class PolicyCharts {
    /** Measures of cost_effectiveness.csv drawn, with their axis labels. */
    static final Map<String, String> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("extra_cumulative_outlay_million_yuan", "extra outlay, million yuan");
        MEASURES.put("output_yuan_per_yuan", "extra output per extra yuan");
        MEASURES.put("innovative_drug_approvals_per_100m_yuan", "innovative approvals per 100 M yuan");
        MEASURES.put("enterprises_per_100m_yuan", "enterprises per 100 M yuan");
        // What a talent rebate or programme buys: without it the chart showed such a policy no gain at all.
        MEASURES.put("biomedicine_provincial_talents_per_100m_yuan", "leading talents per 100 M yuan");
    }

    private PolicyCharts() {
    }

    /** The instruments ({@code policy_outlay.<name>}) with any outlay in the given areas. */
    public static List<String> instruments(SummaryTable table, List<String> areas) {
        List<String> names = new ArrayList<>();
        for (String m : table.metrics()) {
            if (m.startsWith(Labels.OUTLAY_PREFIX)
                    && areas.stream().anyMatch(a -> table.series(m, a).stream().anyMatch(r -> r.mean() > 0))) {
                names.add(m);
            }
        }
        return names;
    }

    /**
     * Mean yearly outlay stacked by instrument, one panel per area that pays anything; each bar spans
     * its year. Instruments keep one colour in every panel.
     */
    public static NamedChart outlayByInstrument(SummaryTable table, List<String> areas, Footnote footnote) {
        List<String> instruments = instruments(table, areas);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis());
        combined.setGap(14);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        List<String> paying = new ArrayList<>();
        for (String area : areas) {
            if (instruments.stream().noneMatch(m -> table.series(m, area).stream().anyMatch(r -> r.mean() > 0))) {
                continue;
            }
            paying.add(area);
            DefaultTableXYDataset data = new DefaultTableXYDataset();
            StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setBarPainter(new StandardXYBarPainter());
            for (int i = 0; i < instruments.size(); i++) {
                String m = instruments.get(i);
                XYSeries s = new XYSeries(ChartFonts.drawable(Labels.instrument(m.substring(Labels.OUTLAY_PREFIX.length()))),
                        true, false);
                for (SummaryRow r : table.series(m, area)) {
                    s.add(r.year(), r.mean());
                    first = Math.min(first, r.year());
                    last = Math.max(last, r.year());
                }
                data.addSeries(s);
                renderer.setSeriesPaint(i, ChartStyle.colour(i));
                renderer.setSeriesVisibleInLegend(i, paying.size() == 1);
            }
            XYPlot panel = new XYPlot(data, null, ChartStyle.valueAxis("million yuan per year"), renderer);
            panel.addAnnotation(new XYTitleAnnotation(0.01, 0.99,
                    new TextTitle(ChartFonts.drawable(Labels.area(area)), ChartFonts.bold(12f)), RectangleAnchor.TOP_LEFT));
            combined.add(panel, 1);
        }
        // Every panel, as in the time series: a reader of the third panel must see where figures end too.
        for (XYPlot panel : combined.getSubplots()) {
            ChartStyle.markProjection(panel, first, last);
        }
        JFreeChart chart = new JFreeChart("Public outlay by instrument", ChartFonts.bold(17f), combined, true);
        ChartStyle.finish(chart, "Mean over replications of each year's outlay, stacked by policy instrument;"
                + " one panel per area that pays, each with its own scale", footnote.withoutBands());
        return new NamedChart(ChartFiles.stem("policy_outlay_by_instrument", areas), "policy outlay", chart,
                ChartExport.BASE_WIDTH, 150 + 220 * Math.max(1, paying.size()));
    }

    /** The last year of cost_effectiveness.csv (the horizon the ratios are read at). */
    public static int horizon(CsvRows costs) {
        return costs.rows().stream().mapToInt(r -> Integer.parseInt(r.get("year"))).max().orElse(0);
    }

    /** Rows at the horizon whose variant spent more than the base (ratios defined). */
    public static List<Map<String, String>> spending(CsvRows costs) {
        int year = horizon(costs);
        return costs.rows().stream()
                .filter(r -> Integer.parseInt(r.get("year")) == year)
                .filter(r -> CsvRows.number(r, "extra_cumulative_outlay_million_yuan") > 0)
                .filter(r -> Double.isFinite(CsvRows.number(r, "output_yuan_per_yuan")))
                .toList();
    }

    /**
     * Cost-effectiveness at the horizon, per variant and region that spent more than the base: extra
     * outlay and what each extra 100 M yuan bought, with 5-95 % intervals over replications.
     */
    public static NamedChart costEffectiveness(CsvRows costs, Footnote footnote) {
        List<Map<String, String>> rows = spending(costs);
        String[] labels = rows.stream().map(r -> ChartFonts.drawable(r.get("variant") + ", " + r.get("region")))
                .toArray(String[]::new);
        SymbolAxis rowAxis = new SymbolAxis(null, labels);
        rowAxis.setGridBandsVisible(false);
        rowAxis.setInverted(true);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(rowAxis);
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setGap(16);
        for (Map.Entry<String, String> measure : MEASURES.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(measure.getValue());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                String col = measure.getKey();
                s.add(i, CsvRows.number(r, col), CsvRows.number(r, col + "_p05"), CsvRows.number(r, col + "_p95"));
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(s);
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDefaultLinesVisible(false);
            renderer.setDrawXError(false);
            renderer.setSeriesPaint(0, ChartStyle.PALETTE[0]);
            renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
            renderer.setErrorStroke(new BasicStroke(2f));
            renderer.setCapLength(8);
            renderer.setSeriesVisibleInLegend(0, false);
            XYPlot panel = new XYPlot(data, null, ChartStyle.valueAxis(measure.getValue()), renderer);
            panel.setOrientation(PlotOrientation.HORIZONTAL);
            panel.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1f)), Layer.BACKGROUND);
            combined.add(panel, 1);
        }
        JFreeChart chart = new JFreeChart("What each variant's extra spending buys, by " + horizon(costs),
                ChartFonts.bold(17f), combined, false);
        ChartStyle.finish(chart, "Cumulative extra outlay over the base and what each extra 100 M yuan bought;"
                + " dot: mean, whisker: 5-95 % of paired replications; left out: regions where a variant spent no"
                + " more, changed no instrument that pays, or spent more only by noise",
                footnote.withoutBands());
        return new NamedChart("cost_effectiveness", "cost-effectiveness", chart, ChartExport.BASE_WIDTH * 5 / 3,
                230 + 46 * rows.size());
    }
}
