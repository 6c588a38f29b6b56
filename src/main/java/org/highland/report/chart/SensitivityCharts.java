package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.sensitivity.SamplingNotes;
import org.highland.report.CsvRows;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Tornado charts of sensitivity.csv: per output, the factors ranked by the index they are ranked
 * by (Sobol total ST, or Morris mu*), a bar each with its 95 % bootstrap interval. Under the plot,
 * the brief form of what sensitivity_notes.csv says the output's sample cannot support; a bar
 * whose estimate those notes flag (a Sobol estimate no true index can take, a Morris mu* within
 * twice its replication noise) is grey, so a chart handed on alone keeps the caveat. An output
 * with no index at all (a Sobol output without variance) or whose notes say it does not vary
 * across a Morris design (mu* 0 for every factor, not a row of grey bars of 0) gets an empty plot
 * saying so.
 */
public final class SensitivityCharts {
    /** Bars whose estimate the sampling notes flag. */
    static final Color FLAGGED = new Color(0xBBBBBB);
    /** Characters of the caveat line per line of the chart at its base width, to size the chart. */
    private static final int CAVEAT_CHARS_PER_LINE = 120;

    private SensitivityCharts() {
    }

    /** The outputs of a table with an {@code output} column (sensitivity.csv, screening.csv), in file order. */
    public static List<String> outputs(CsvRows sensitivity) {
        Set<String> outputs = new LinkedHashSet<>();
        sensitivity.rows().forEach(r -> outputs.add(r.get("output")));
        return List.copyOf(outputs);
    }

    /** The file stem of an output's tornado chart. */
    public static String stem(String output) {
        return ChartFiles.stem("sensitivity_" + output, List.of());
    }

    /**
     * The area of an output label {@code scenario:metric:area:year}
     * ({@link org.highland.experiment.sweep.OutputOfInterest#label()}): what lies between the
     * metric and the year, since a park's key holds a ':' itself. Null for a label of another form.
     */
    public static String areaOf(String output) {
        String[] parts = output.split(":", 3);
        int year = parts.length < 3 ? -1 : parts[2].lastIndexOf(':');
        return year <= 0 ? null : parts[2].substring(0, year);
    }

    /**
     * Whether the rows of an output are of a Sobol design (else Morris): by their method, since a
     * Sobol output without variance has no ST to tell it by.
     */
    static boolean sobol(List<Map<String, String>> rows) {
        return rows.stream().anyMatch(r -> "sobol".equals(r.get("method")));
    }

    /** The rows of one output (of sensitivity.csv or screening.csv, ranked alike), most important factor first. */
    static List<Map<String, String>> ranked(CsvRows sensitivity, String output) {
        List<Map<String, String>> rows = new ArrayList<>(sensitivity.rows().stream()
                .filter(r -> r.get("output").equals(output)).toList());
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("rank"))));
        return rows;
    }

    /**
     * Whether the notes flag the estimate of this row of sensitivity.csv (the rules of
     * {@link SamplingNotes}, applied to the values written).
     */
    static boolean flagged(Map<String, String> row) {
        return sobol(List.of(row))
                ? SamplingNotes.impossible(CsvRows.number(row, "s1"), CsvRows.number(row, "st"))
                : SamplingNotes.withinNoise(CsvRows.number(row, "mu_star"), CsvRows.number(row, "mu_star_noise_se"));
    }

    /**
     * The line under the plot: "Sampling: " and the output's notes in brief (their full text in a
     * notes file written before briefs were); empty without notes.
     */
    static String caveat(CsvRows notes, String output) {
        if (notes == null) {
            return "";
        }
        List<String> briefs = notes.rows().stream().filter(r -> output.equals(r.get("output")))
                .map(r -> r.getOrDefault("brief", "").isBlank() ? r.get("note") : r.get("brief")).toList();
        return briefs.isEmpty() ? "" : "Sampling: " + String.join("; ", briefs);
    }

    /** Whether the output's notes say it does not vary across the design ({@link SamplingNotes#NO_VARIATION}). */
    public static boolean withoutVariation(CsvRows notes, String output) {
        return saysBrief(notes, output, SamplingNotes.NO_VARIATION);
    }

    /** Whether the output's notes say it has no variance across a Sobol sample ({@link SamplingNotes#NO_VARIANCE}). */
    public static boolean withoutVariance(CsvRows notes, String output) {
        return saysBrief(notes, output, SamplingNotes.NO_VARIANCE);
    }

    private static boolean saysBrief(CsvRows notes, String output, String brief) {
        return notes != null && notes.rows().stream()
                .anyMatch(r -> output.equals(r.get("output")) && brief.equals(r.get("brief")));
    }

    public static NamedChart tornado(CsvRows sensitivity, CsvRows notes, String output, Footnote footnote) {
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
        // Without any index (a Sobol output without variance) or with mu* 0 for every factor (a Morris
        // output that does not vary) the plot stays empty and says why.
        boolean flat = !sobol && withoutVariation(notes, output);
        boolean undefined = rows.stream().noneMatch(r -> Double.isFinite(CsvRows.number(r, index)));
        for (int i = 0; i < rows.size() && !undefined && !flat; i++) {
            Map<String, String> r = rows.get(i);
            double value = CsvRows.number(r, index);
            bars.add(i, value);
            whiskers.add(i, value, CsvRows.number(r, index + "_low"), CsvRows.number(r, index + "_high"));
        }
        XYSeriesCollection barData = new XYSeriesCollection(bars);
        barData.setIntervalWidth(0.6);
        boolean[] grey = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            grey[i] = flagged(rows.get(i));
        }
        XYBarRenderer barRenderer = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                return grey[item] ? FLAGGED : super.getItemPaint(series, item);
            }
        };
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.colour(0));
        barRenderer.setSeriesVisibleInLegend(0, false);
        XYPlot plot = new XYPlot(barData, factorAxis, ChartStyle.valueAxis(label), barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage(ChartFonts.drawable(flat ? SamplingNotes.NO_VARIATION : SamplingNotes.NO_VARIANCE));
        plot.setNoDataMessageFont(ChartFonts.bold(14f));
        plot.setNoDataMessagePaint(ChartStyle.PALETTE[1]);
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
        boolean anyGrey = false;
        for (boolean g : grey) {
            anyGrey |= g;
        }
        ChartStyle.finish(chart, flat ? "Morris elementary effects of the factors: all 0, the output takes one value"
                + " across the design"
                : undefined
                ? (sobol ? "Sobol indices" : "Morris elementary effects") + " of the factors: none, the output takes"
                        + " one value across the sample"
                : (sobol ? "Sobol total-order indices" : "Morris elementary effects")
                + " of the factors, most important first; bar: estimate, whisker: 95 % bootstrap interval"
                + (anyGrey ? "; grey bar: an estimate the sampling notes flag" : ""), footnote.withoutBands());
        String caveat = caveat(notes, output);
        if (!caveat.isEmpty()) {
            // Added last, so drawn next to the plot, above the footnote.
            TextTitle line = new TextTitle(ChartFonts.drawable(caveat), ChartFonts.plain(11f));
            line.setPosition(RectangleEdge.BOTTOM);
            line.setHorizontalAlignment(HorizontalAlignment.LEFT);
            line.setTextAlignment(HorizontalAlignment.LEFT);
            line.setPaint(ChartStyle.PALETTE[1]);
            line.setPadding(new RectangleInsets(6, 0, 0, 0));
            chart.addSubtitle(line);
        }
        int caveatLines = caveat.isEmpty() ? 0 : (caveat.length() + CAVEAT_CHARS_PER_LINE - 1) / CAVEAT_CHARS_PER_LINE;
        return new NamedChart(stem(output), "sensitivity", chart,
                ChartExport.BASE_WIDTH, 200 + 34 * rows.size() + 17 * caveatLines);
    }
}
