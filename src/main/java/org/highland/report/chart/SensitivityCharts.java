package org.highland.report.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.report.CsvRows;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Tornado charts of sensitivity.csv: per output, the factors ranked by the index they are ranked
 * by (Sobol total ST, or Morris mu*), a bar each with its 95 % bootstrap interval.
 */
public final class SensitivityCharts {
    private SensitivityCharts() {
    }

    /** The outputs of sensitivity.csv, in file order. */
    public static List<String> outputs(CsvRows sensitivity) {
        Set<String> outputs = new LinkedHashSet<>();
        sensitivity.rows().forEach(r -> outputs.add(r.get("output")));
        return List.copyOf(outputs);
    }

    /** Whether the rows of an output carry Sobol indices (else Morris). */
    static boolean sobol(List<Map<String, String>> rows) {
        return rows.stream().anyMatch(r -> Double.isFinite(CsvRows.number(r, "st")));
    }

    /** The rows of one output, most important factor first. */
    static List<Map<String, String>> ranked(CsvRows sensitivity, String output) {
        List<Map<String, String>> rows = new ArrayList<>(sensitivity.rows().stream()
                .filter(r -> r.get("output").equals(output)).toList());
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("rank"))));
        return rows;
    }

    public static NamedChart tornado(CsvRows sensitivity, String output, Footnote footnote) {
        List<Map<String, String>> rows = ranked(sensitivity, output);
        boolean sobol = sobol(rows);
        String index = sobol ? "st" : "mu_star";
        String label = sobol ? "Sobol total-order index ST" : "Morris mu* (mean |elementary effect| over the range)";
        String[] factors = rows.stream().map(r -> ChartFonts.drawable(r.get("factor"))).toArray(String[]::new);
        SymbolAxis factorAxis = new SymbolAxis(null, factors);
        factorAxis.setGridBandsVisible(false);
        factorAxis.setInverted(true);
        XYSeries bars = new XYSeries(sobol ? "ST" : "mu*");
        YIntervalSeries whiskers = new YIntervalSeries("95 % interval");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            double value = CsvRows.number(r, index);
            bars.add(i, value);
            whiskers.add(i, value, CsvRows.number(r, index + "_low"), CsvRows.number(r, index + "_high"));
        }
        XYSeriesCollection barData = new XYSeriesCollection(bars);
        barData.setIntervalWidth(0.6);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.colour(0));
        barRenderer.setSeriesVisibleInLegend(0, false);
        XYPlot plot = new XYPlot(barData, factorAxis, ChartStyle.valueAxis(label), barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
        whiskerRenderer.setDefaultLinesVisible(false);
        whiskerRenderer.setDefaultShapesVisible(false);
        whiskerRenderer.setDrawXError(false);
        whiskerRenderer.setErrorPaint(ChartStyle.REFERENCE);
        whiskerRenderer.setErrorStroke(new BasicStroke(1.6f));
        whiskerRenderer.setCapLength(7);
        whiskerRenderer.setSeriesVisibleInLegend(0, false);
        YIntervalSeriesCollection whiskerData = new YIntervalSeriesCollection();
        whiskerData.addSeries(whiskers);
        plot.setDataset(1, whiskerData);
        plot.setRenderer(1, whiskerRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart("What the answer hangs on: " + ChartFonts.drawable(output),
                ChartFonts.bold(17f), plot, false);
        ChartStyle.finish(chart, (sobol ? "Sobol total-order indices" : "Morris elementary effects")
                + " of the factors, most important first; bar: estimate, whisker: 95 % bootstrap interval",
                footnote);
        return new NamedChart(ChartFiles.stem("sensitivity_" + output, List.of()), "sensitivity", chart,
                ChartExport.BASE_WIDTH, 200 + 34 * rows.size());
    }
}
