package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.report.CsvRows;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Tornado charts of screening.csv ({@code highland screen}), one per output, the factors ranked as
 * the screen ranks them. A one-at-a-time screen draws, per factor, the variant's effect with the
 * factor at the low and at the high end of its range, joined by a bar, against the effect with
 * every factor at its value (a line): how far each parameter moves the policy's effect, and which
 * way. A Morris screen draws mu* with its bootstrap interval, as the sweep's tornadoes do. A
 * factor the screen marks as not above the simulation noise is drawn grey.
 */
public final class ScreeningCharts {
    private ScreeningCharts() {
    }

    /** The outputs of screening.csv ({@code metric:area:year}), in file order. */
    public static List<String> outputs(CsvRows screening) {
        return SensitivityCharts.outputs(screening);
    }

    /**
     * The area of an output {@code metric:area:year}: what lies between the metric and the year,
     * since a park's key holds a ':' itself. Null for a label of another form.
     */
    public static String areaOf(String output) {
        int metricEnd = output.indexOf(':');
        int yearStart = output.lastIndexOf(':');
        return metricEnd < 0 || yearStart <= metricEnd ? null : output.substring(metricEnd + 1, yearStart);
    }

    /** The file stem of an output's chart. */
    public static String stem(String output) {
        return ChartFiles.stem("screening_" + output, List.of());
    }

    public static NamedChart tornado(CsvRows screening, String output, Footnote footnote) {
        List<Map<String, String>> rows = SensitivityCharts.ranked(screening, output);
        boolean morris = rows.stream().anyMatch(r -> "morris".equals(r.get("method")));
        NamedChart chart = morris ? morris(rows, output, footnote) : oneAtATime(rows, output, footnote);
        return new NamedChart(stem(output), "screening", chart.chart(), chart.width(), chart.height());
    }

    /**
     * A Morris screen's mu* per factor with its bootstrap interval, drawn as the sweep's tornado
     * draws Morris indices (its noise column named as there, so the same factors are grey).
     */
    private static NamedChart morris(List<Map<String, String>> rows, String output, Footnote footnote) {
        List<Map<String, String>> asIndices = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Map<String, String> row = new LinkedHashMap<>(r);
            row.put("mu_star_noise_se", r.getOrDefault("noise_se", ""));
            asIndices.add(row);
        }
        return SensitivityCharts.tornado(CsvRows.of(asIndices), null, output, footnote);
    }

    private static NamedChart oneAtATime(List<Map<String, String>> rows, String output, Footnote footnote) {
        String[] factors = rows.stream().map(r -> ChartFonts.drawable(r.get("factor"))).toArray(String[]::new);
        SymbolAxis factorAxis = new SymbolAxis(null, factors);
        factorAxis.setGridBandsVisible(false);
        factorAxis.setInverted(true);
        XYIntervalSeries spans = new XYIntervalSeries("range of the effect");
        XYSeries atLow = new XYSeries("factor at the low end of its range");
        XYSeries atHigh = new XYSeries("factor at the high end");
        boolean[] grey = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            double low = CsvRows.number(r, "effect_at_low");
            double high = CsvRows.number(r, "effect_at_high");
            spans.add(i, i - 0.3, i + 0.3, (low + high) / 2, Math.min(low, high), Math.max(low, high));
            atLow.add(i, low);
            atHigh.add(i, high);
            grey[i] = "false".equals(r.get("above_noise"));
        }
        XYBarRenderer bars = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                return grey[item] ? SensitivityCharts.FLAGGED : super.getItemPaint(series, item);
            }
        };
        bars.setUseYInterval(true);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.band(ChartStyle.colour(0)));
        bars.setSeriesVisibleInLegend(0, false);
        XYPlot plot = new XYPlot(new XYIntervalSeriesCollection() {
            {
                addSeries(spans);
            }
        }, factorAxis, ChartStyle.valueAxis("the variant's effect (variant minus base, in the output's unit)"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        XYLineAndShapeRenderer ends = new XYLineAndShapeRenderer(false, true);
        ends.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
        ends.setSeriesShape(1, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        ends.setSeriesPaint(0, ChartStyle.colour(1));
        ends.setSeriesPaint(1, ChartStyle.colour(0));
        XYSeriesCollection endData = new XYSeriesCollection();
        endData.addSeries(atLow);
        endData.addSeries(atHigh);
        plot.setDataset(1, endData);
        plot.setRenderer(1, ends);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        double nominal = rows.isEmpty() ? Double.NaN : CsvRows.number(rows.get(0), "effect_nominal");
        if (Double.isFinite(nominal)) {
            ValueMarker marker = new ValueMarker(nominal, ChartStyle.REFERENCE, new BasicStroke(1.4f));
            plot.addRangeMarker(marker);
        }
        JFreeChart chart = new JFreeChart("What the policy's effect hangs on: " + ChartFonts.drawable(output),
                ChartFonts.bold(17f), plot, true);
        boolean anyGrey = false;
        for (boolean g : grey) {
            anyGrey |= g;
        }
        ChartStyle.finish(chart, "One at a time: the effect with each factor at either end of its range, the others"
                + " at their values; line: every factor at its value" + (Double.isFinite(nominal)
                ? " (" + String.format(Locale.ROOT, "%.3g", nominal) + ")" : "") + "; most influential first"
                + (anyGrey ? "; grey bar: a swing within twice its simulation noise" : ""), footnote.withoutBands());
        return new NamedChart(stem(output), "screening", chart, ChartExport.BASE_WIDTH, 240 + 34 * rows.size());
    }
}
