package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highland.report.CsvRows;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of validation.csv: every target's simulated value against its published figure
 * (dot-and-whisker, grouped by basis), and the four regions side by side for the Table 2 counts.
 */
public final class ValidationCharts {
    /** Ratios drawn between 1/8 and 8 on a log axis; beyond it a dot sits at the edge. */
    static final double MAX_RATIO = 8;
    /**
     * The axis reaches this factor beyond 1/8 and 8, so that a dot at the edge (a ratio beyond it,
     * or a simulated 0, which has no place on a log axis) is drawn whole, not cut in half.
     */
    static final double EDGE_MARGIN = 1.25;
    /** A simulated 0: an open diamond at 1/8, so it is not read as a ratio of 1/8. */
    static final Shape ZERO_SHAPE = new Polygon(new int[] {0, 5, 0, -5}, new int[] {-5, 0, 5, 0}, 4);
    static final String ZERO_LEGEND = "simulated 0 (no ratio; drawn at the left edge)";
    /** A mean ratio beyond 8 (or below 1/8): a triangle at the edge, pointing the way the ratio goes. */
    static final Shape BEYOND_HIGH_SHAPE = new Polygon(new int[] {-4, 5, -4}, new int[] {-5, 0, 5}, 3);
    static final Shape BEYOND_LOW_SHAPE = new Polygon(new int[] {4, -5, 4}, new int[] {-5, 0, 5}, 3);
    /** Characters of a target's label, so that the panels keep room for the dots. */
    static final int MAX_LABEL = 72;
    static final String BEYOND_LEGEND = "ratio beyond 1/8 or 8 (drawn at the edge; its value follows the label)";
    /** What agreement can prove in each basis (see Basis and docs/ODD.md), in panel order. */
    static final Map<String, String> BASES = basisMeanings();
    static final int ROW_HEIGHT = 17;
    static final List<String> REGIONS = List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui");
    /** Table 2 targets: the registry counts of the four regions (ids t2_... in targets.csv). */
    static final String TABLE2_PREFIX = "t2_";

    private ValidationCharts() {
    }

    /**
     * Simulated over published, per target: a dot at the mean with the 5-95 % whisker, green when
     * the mean is within tolerance, orange when not; grey whiskers show the tolerance around 1.
     * One panel per basis; targets with a zero or negative figure have no ratio and are left out.
     */
    public static NamedChart fit(CsvRows validation, Footnote footnote) {
        Map<String, List<Map<String, String>>> byBasis = new LinkedHashMap<>();
        for (String basis : BASES.keySet()) {
            byBasis.put(basis, new ArrayList<>());
        }
        int skipped = 0;
        int notSimulated = 0;
        for (Map<String, String> r : validation.rows()) {
            if (notSimulated(r)) {
                notSimulated++;
                continue;
            }
            if (!(CsvRows.number(r, "target") > 0)) {
                skipped++;
                continue;
            }
            byBasis.computeIfAbsent(r.get("basis"), b -> new ArrayList<>()).add(r);
        }
        byBasis.values().removeIf(List::isEmpty);
        LogAxis ratio = new LogAxis("simulated / published figure (log scale; 1 = agreement)");
        ratio.setRange(1 / (MAX_RATIO * EDGE_MARGIN), MAX_RATIO * EDGE_MARGIN);
        ratio.setTickUnit(new NumberTickUnit(Math.log10(2)));
        ratio.setNumberFormatOverride(new DecimalFormat("0.###"));
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(ratio);
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setGap(10);
        int rows = 0;
        for (Map.Entry<String, List<Map<String, String>>> e : byBasis.entrySet()) {
            XYPlot panel = basisPanel(e.getKey(), e.getValue());
            panel.getRenderer().setDefaultSeriesVisibleInLegend(rows == 0);
            combined.add(panel, e.getValue().size());
            rows += e.getValue().size();
        }
        JFreeChart chart = new JFreeChart("Simulated against published figures", ChartFonts.bold(17f), combined, true);
        ChartStyle.finish(chart, fitSubtitle(byBasis.keySet(), skipped, notSimulated), footnote.withoutBands());
        LegendItemCollection edges = new LegendItemCollection();
        if (byBasis.values().stream().flatMap(List::stream).anyMatch(ValidationCharts::simulatedZero)) {
            edges.add(new LegendItem(ZERO_LEGEND, null, null, null, true, ZERO_SHAPE, false, Color.WHITE, true,
                    ChartStyle.REFERENCE, new BasicStroke(1.5f), false, ZERO_SHAPE, new BasicStroke(1f), Color.WHITE));
        }
        if (byBasis.values().stream().flatMap(List::stream).anyMatch(r -> beyondAxis(r) != 0)) {
            edges.add(new LegendItem(BEYOND_LEGEND, null, null, null, true, BEYOND_HIGH_SHAPE, true, ChartStyle.REFERENCE,
                    false, ChartStyle.REFERENCE, new BasicStroke(1f), false, BEYOND_HIGH_SHAPE, new BasicStroke(1f),
                    Color.WHITE));
        }
        if (edges.getItemCount() > 0) {
            chart.getLegend().setSources(new LegendItemSource[] {combined, () -> edges});
        }
        return new NamedChart("validation_by_basis", "validation", chart, ChartExport.BASE_WIDTH,
                220 + ROW_HEIGHT * rows + 30 * byBasis.size());
    }

    /**
     * What the dots and whiskers are, and what each basis drawn as a panel means, so that a chart
     * handed on alone explains every group it shows.
     */
    static String fitSubtitle(Collection<String> bases, int skipped, int notSimulated) {
        List<String> meanings = bases.stream()
                .map(b -> b.replace('_', ' ') + ": " + BASES.getOrDefault(b, "as validation.csv labels it")).toList();
        return "Dot: mean of replications, whisker: 5-95 %; grey: the figure's tolerance. Panels by basis ("
                + String.join("; ", meanings) + ")"
                + (skipped > 0 ? "; " + skipped + " figure(s) of zero left out" : "")
                + (notSimulated > 0 ? "; " + notSimulated + " target(s) past the run's end not simulated, left out"
                        : "");
    }

    private static Map<String, String> basisMeanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put("identity", "set from the figure");
        meanings.put("calibrated", "fitted to it");
        // Basis.EARLIER_FIT: held out of the latest fit, but an earlier fit the scenario keeps saw it.
        meanings.put("earlier_fit", "seen by an earlier fit whose values the scenario keeps, so no test either");
        meanings.put("out_of_sample", "used in no fit, the real test");
        return Collections.unmodifiableMap(meanings);
    }

    /** Whether the simulated mean of a row is 0: no ratio on a log axis, drawn as {@link #ZERO_SHAPE} at the edge. */
    static boolean simulatedZero(Map<String, String> r) {
        return CsvRows.number(r, "sim_mean") == 0;
    }

    /**
     * 1 when the mean ratio of a row lies beyond {@link #MAX_RATIO}, -1 when below its inverse
     * (a simulated 0 aside, which has its own marker), else 0: such a dot sits at the axis' edge.
     */
    static int beyondAxis(Map<String, String> r) {
        double ratio = CsvRows.number(r, "sim_mean") / CsvRows.number(r, "target");
        if (simulatedZero(r) || !(ratio > 0)) {
            return 0;
        }
        return ratio > MAX_RATIO ? 1 : ratio < 1 / MAX_RATIO ? -1 : 0;
    }

    /**
     * "×23", "×0.045", "×0.0004": a ratio beyond the axis, as its label shows it; one below 0.01
     * to two significant digits, so that it never reads as 0, which a simulated 0 is.
     */
    static String ratioText(double ratio) {
        if (ratio < 0.01) {
            return "\u00d7" + new BigDecimal(ratio).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        }
        return "\u00d7" + new DecimalFormat(ratio >= 10 ? "#,##0" : "0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(ratio);
    }

    private static XYPlot basisPanel(String basis, List<Map<String, String>> rows) {
        String[] labels = new String[rows.size()];
        YIntervalSeries within = new YIntervalSeries("simulated, within tolerance");
        YIntervalSeries outside = new YIntervalSeries("simulated, outside tolerance");
        YIntervalSeries tolerance = new YIntervalSeries("tolerance of the figure");
        // Per series (within, outside), the items that are a simulated 0.
        List<Set<Integer>> zeros = List.of(new HashSet<>(), new HashSet<>());
        // Per series (within, outside), the items beyond the axis: +1 high, -1 low.
        List<Map<Integer, Integer>> beyond = List.of(new HashMap<>(), new HashMap<>());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            double target = CsvRows.number(r, "target");
            int edge = beyondAxis(r);
            labels[i] = ChartFonts.drawable(label(r)
                    + (edge != 0 ? " " + ratioText(CsvRows.number(r, "sim_mean") / target) : ""));
            double mean = clamp(CsvRows.number(r, "sim_mean") / target);
            double lo = clamp(CsvRows.number(r, "sim_p05") / target);
            double hi = clamp(CsvRows.number(r, "sim_p95") / target);
            boolean in = "true".equals(r.get("within"));
            YIntervalSeries series = in ? within : outside;
            if (simulatedZero(r)) {
                zeros.get(in ? 0 : 1).add(series.getItemCount());
            }
            if (edge != 0) {
                beyond.get(in ? 0 : 1).put(series.getItemCount(), edge);
            }
            series.add(i, mean, lo, hi);
            double tol = CsvRows.number(r, "tolerance");
            // An at-least figure tolerates only a shortfall, an at-most one only an excess.
            String relation = r.get("relation");
            tolerance.add(i, 1, "le".equals(relation) ? 1 : clamp(1 - tol), "ge".equals(relation) ? 1 : clamp(1 + tol));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(within);
        data.addSeries(outside);
        data.addSeries(tolerance);
        XYErrorRenderer renderer = new XYErrorRenderer() {
            @Override
            public Shape getItemShape(int series, int item) {
                if (zero(series, item)) {
                    return ZERO_SHAPE;
                }
                Integer edge = series < beyond.size() ? beyond.get(series).get(item) : null;
                return edge == null ? super.getItemShape(series, item) : edge > 0 ? BEYOND_HIGH_SHAPE : BEYOND_LOW_SHAPE;
            }

            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return !zero(series, item) && super.getItemShapeFilled(series, item);
            }

            private boolean zero(int series, int item) {
                return series < zeros.size() && zeros.get(series).contains(item);
            }
        };
        renderer.setDefaultOutlineStroke(new BasicStroke(1.8f));
        renderer.setDefaultLinesVisible(false);
        renderer.setDrawXError(false);
        renderer.setCapLength(4);
        Color in = ChartStyle.PALETTE[2];
        Color out = ChartStyle.PALETTE[1];
        renderer.setSeriesPaint(0, in);
        renderer.setSeriesPaint(1, out);
        renderer.setSeriesPaint(2, new Color(0xBBBBBB));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(2, new Ellipse2D.Double(-1, -1, 2, 2));
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setDefaultSeriesVisibleInLegend(true, false);
        SymbolAxis axis = new SymbolAxis(basis.replace('_', ' '), labels);
        axis.setGridBandsVisible(false);
        axis.setTickLabelFont(ChartFonts.plain(10f));
        axis.setInverted(true);
        XYPlot plot = new XYPlot(data, axis, null, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(1, ChartStyle.REFERENCE, new BasicStroke(1f)), Layer.BACKGROUND);
        return plot;
    }

    /**
     * Whether a row of validation.csv is a target the run did not reach (status
     * {@code not_simulated}; in a file written before that column, an empty sim_mean): neither a
     * hit nor a miss, so it is neither drawn nor counted.
     */
    public static boolean notSimulated(Map<String, String> r) {
        String status = r.get("status");
        return status != null && !status.isEmpty() ? "not_simulated".equals(status)
                : Double.isNaN(CsvRows.number(r, "sim_mean"));
    }

    /**
     * "Zhejiang 2015–2020 Biomedicine industrial output (cagr)", "Jiangsu 2020 Cumulative trials
     * (ratio to Zhejiang)". A long label is shortened in its area and metric, never in the
     * derivation or the bound: without them a ratio reads as a level, and a met "at least" as a miss.
     */
    static String label(Map<String, String> r) {
        String baseYear = r.getOrDefault("base_year", "");
        String years = baseYear.isEmpty() ? r.get("year") : baseYear + "–" + r.get("year");
        String head = r.get("region") + " " + years + " " + Labels.title(r.get("metric"));
        String tail = derivation(r)
                + ("le".equals(r.get("relation")) ? " [at most]" : "ge".equals(r.get("relation")) ? " [at least]" : "");
        int room = MAX_LABEL - tail.length();
        return (head.length() > room ? head.substring(0, room - 1) + "…" : head) + tail;
    }

    /** " (cagr)", " (flow)" (summed over the years), " (ratio to Zhejiang)"; empty for a plain value. */
    private static String derivation(Map<String, String> r) {
        String derived = r.get("derived");
        if ("value".equals(derived)) {
            return "";
        }
        String refRegion = r.getOrDefault("ref_region", "");
        String name = "flow_since".equals(derived) ? "flow" : derived.replace('_', ' ');
        return " (" + name + (refRegion.isEmpty() ? "" : " to " + refRegion) + ")";
    }

    private static double clamp(double ratio) {
        if (Double.isNaN(ratio)) {
            return 1 / MAX_RATIO;
        }
        return Math.max(1 / MAX_RATIO, Math.min(MAX_RATIO, ratio));
    }

    /** Whether the validation has Table 2 rows to draw. */
    public static boolean hasTable2(CsvRows validation) {
        return validation.rows().stream().anyMatch(ValidationCharts::isTable2);
    }

    private static boolean isTable2(Map<String, String> r) {
        return r.get("target_id").startsWith(TABLE2_PREFIX) && "value".equals(r.get("derived"))
                && REGIONS.contains(r.get("region"));
    }

    /**
     * Table 2, the registry counts to 2020: one panel per count with the four regions side by side,
     * the published figure as a grey bar and the simulated mean with its 5-95 % whisker.
     */
    public static NamedChart table2(CsvRows validation, Footnote footnote) {
        Map<String, List<Map<String, String>>> byMetric = new LinkedHashMap<>();
        for (Map<String, String> r : validation.rows()) {
            if (isTable2(r)) {
                byMetric.computeIfAbsent(r.get("metric"), m -> new ArrayList<>()).add(r);
            }
        }
        SymbolAxis regions = new SymbolAxis(null, REGIONS.toArray(new String[0]));
        regions.setGridBandsVisible(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(regions);
        combined.setGap(12);
        int year = 0;
        for (Map.Entry<String, List<Map<String, String>>> e : byMetric.entrySet()) {
            XYSeries figures = new XYSeries("published figure");
            YIntervalSeries simulated = new YIntervalSeries("simulated (mean, 5-95 %)");
            for (Map<String, String> r : e.getValue()) {
                int x = REGIONS.indexOf(r.get("region"));
                figures.add(x, CsvRows.number(r, "target"));
                simulated.add(x, CsvRows.number(r, "sim_mean"), CsvRows.number(r, "sim_p05"),
                        CsvRows.number(r, "sim_p95"));
                year = Integer.parseInt(r.get("year"));
            }
            XYSeriesCollection bars = new XYSeriesCollection(figures);
            bars.setIntervalWidth(0.5);
            XYBarRenderer barRenderer = new XYBarRenderer();
            barRenderer.setSeriesPaint(0, new Color(0xC8C8C8));
            barRenderer.setShadowVisible(false);
            barRenderer.setBarPainter(new StandardXYBarPainter());
            YIntervalSeriesCollection sims = new YIntervalSeriesCollection();
            sims.addSeries(simulated);
            XYErrorRenderer dots = new XYErrorRenderer();
            dots.setDefaultLinesVisible(false);
            dots.setDrawXError(false);
            dots.setSeriesPaint(0, ChartStyle.PALETTE[0]);
            dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
            dots.setErrorStroke(new BasicStroke(2f));
            dots.setCapLength(10);
            XYPlot panel = new XYPlot(sims, null, ChartStyle.valueAxis("number"), dots);
            panel.getRangeAxis().setUpperMargin(0.25);
            panel.setDataset(1, bars);
            panel.setRenderer(1, barRenderer);
            panel.addAnnotation(new XYTitleAnnotation(0.01, 0.99,
                    new TextTitle(Labels.title(e.getKey()), ChartFonts.bold(12f)), RectangleAnchor.TOP_LEFT));
            combined.add(panel, 1);
        }
        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT, "Registry counts to %d by region (Table 2)", year),
                ChartFonts.bold(17f), combined, true);
        ChartStyle.finish(chart, "Grey bar: published figure; dot and whisker: simulated mean and 5-95 % of replications",
                footnote.withoutBands());
        for (int i = 1; i < combined.getSubplots().size(); i++) {
            ((XYPlot) combined.getSubplots().get(i)).getRenderer(0).setDefaultSeriesVisibleInLegend(false);
            ((XYPlot) combined.getSubplots().get(i)).getRenderer(1).setDefaultSeriesVisibleInLegend(false);
        }
        return new NamedChart("validation_table2_regions", "validation, Table 2", chart, ChartExport.BASE_WIDTH,
                150 + 150 * byMetric.size());
    }
}
