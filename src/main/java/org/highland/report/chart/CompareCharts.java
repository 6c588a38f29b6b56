package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.report.CsvRows;
import org.highland.report.SummaryTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a {@code compare} folder for one metric and area: each variant against the base (from
 * each scenario's summary.csv), and the paired difference variant minus base with its 5-95 % band
 * (from comparison.csv), a fan around zero that shows when and how surely a policy makes a
 * difference.
 */
public final class CompareCharts {
    private CompareCharts() {
    }

    /** Base (black) and each variant, mean and band; dataset 0 series 0 is the base. */
    public static NamedChart variants(String baseName, SummaryTable base, Map<String, SummaryTable> variants,
                                      String metric, String area, Footnote footnote) {
        boolean flow = Labels.isFlow(metric);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = renderer();
        List<SummaryRow> baseRows = base.series(metric, area);
        data.addSeries(series("base: " + baseName, baseRows, flow));
        renderer.setSeriesPaint(0, ChartStyle.REFERENCE);
        renderer.setSeriesFillPaint(0, ChartStyle.MUTED);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        int i = 1;
        for (Map.Entry<String, SummaryTable> v : variants.entrySet()) {
            data.addSeries(series(v.getKey(), v.getValue().series(metric, area), flow));
            Color c = ChartStyle.colour(i - 1);
            renderer.setSeriesPaint(i, c);
            // Only the base keeps its band: stacked bands of near-equal variants turn to mud, and the
            // variants' uncertainty that matters is the paired one of the difference chart.
            renderer.setSeriesFillPaint(i, new Color(0, 0, 0, 0));
            renderer.setSeriesStroke(i, ChartStyle.line());
            i++;
        }
        String unit = baseRows.get(0).unit();
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(), ChartStyle.valueAxis(Labels.axis(metric, unit)), renderer);
        ChartStyle.markProjection(plot, baseRows.get(0).year(), baseRows.get(baseRows.size() - 1).year());
        String title = Labels.title(metric) + ", " + Labels.area(area) + ": variants against the base";
        JFreeChart chart = new JFreeChart(ChartFonts.drawable(title), ChartFonts.bold(17f), plot, true);
        ChartStyle.finish(chart, Labels.description(metric) + (flow ? " (yearly total, drawn as steps)" : "")
                + "; grey band: the base's 5-95 %; the difference chart shows how sure each variant's effect is", footnote);
        return new NamedChart(ChartFiles.stem("variants_" + metric, List.of(area)), "variants against the base",
                chart, ChartExport.BASE_WIDTH, ChartExport.BASE_HEIGHT);
    }

    /** The paired difference of each variant from the base, mean and 5-95 % band, with a zero line. */
    public static NamedChart difference(CsvRows comparison, List<String> variants, String metric, String area,
                                        Footnote footnote) {
        boolean flow = Labels.isFlow(metric);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = renderer();
        String unit = "";
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < variants.size(); i++) {
            YIntervalSeries s = new YIntervalSeries(ChartFonts.drawable(variants.get(i) + " minus base"));
            for (Map<String, String> r : comparison.rows()) {
                if (r.get("variant").equals(variants.get(i)) && r.get("metric").equals(metric)
                        && r.get("region").equals(area)) {
                    int year = Integer.parseInt(r.get("year"));
                    double mean = CsvRows.number(r, "diff_mean");
                    double lo = CsvRows.number(r, "diff_p05");
                    double hi = CsvRows.number(r, "diff_p95");
                    unit = r.get("unit");
                    first = Math.min(first, year);
                    last = Math.max(last, year);
                    if (flow) {
                        s.add(year - 0.5, mean, lo, hi);
                        s.add(year + 0.5, mean, lo, hi);
                    } else {
                        s.add(year, mean, lo, hi);
                    }
                }
            }
            data.addSeries(s);
            Color c = ChartStyle.colour(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, ChartStyle.line());
        }
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(),
                ChartStyle.valueAxis("difference, " + Labels.axis(metric, unit)), renderer);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1f)), Layer.BACKGROUND);
        ChartStyle.markProjection(plot, first, last);
        String title = Labels.title(metric) + ", " + Labels.area(area) + ": difference each variant makes";
        JFreeChart chart = new JFreeChart(ChartFonts.drawable(title), ChartFonts.bold(17f), plot, true);
        ChartStyle.finish(chart, "Variant minus base, replication by replication with common random numbers;"
                + " a band clear of zero is a difference beyond chance", footnote);
        return new NamedChart(ChartFiles.stem("difference_" + metric, List.of(area)), "paired difference",
                chart, ChartExport.BASE_WIDTH, ChartExport.BASE_HEIGHT);
    }

    private static DeviationRenderer renderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        return renderer;
    }

    private static YIntervalSeries series(String name, List<SummaryRow> rows, boolean flow) {
        YIntervalSeries s = new YIntervalSeries(ChartFonts.drawable(name));
        for (SummaryRow r : rows) {
            if (flow) {
                s.add(r.year() - 0.5, r.mean(), r.p05(), r.p95());
                s.add(r.year() + 0.5, r.mean(), r.p05(), r.p95());
            } else {
                s.add(r.year(), r.mean(), r.p05(), r.p95());
            }
        }
        return s;
    }
}
