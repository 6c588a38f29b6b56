package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.validation.Relation;
import org.highland.experiment.validation.Target;
import org.highland.report.SummaryTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric over the years, per area: the replication mean inside its 5-95 % band, the published
 * figures of targets.csv as points with their tolerance (an at-least or at-most figure as a triangle
 * pointing to the side it allows, its tolerance on the other side only), and a dashed line where
 * published figures end. A yearly flow is drawn as steps (each year's value held across that
 * year), never as a ramp between years. Areas of very different size, or whose bands overlap, get one panel each with its
 * own axis (small multiples).
 */
public final class TimeSeriesChart {
    /** Largest ratio of area sizes still drawn on one axis; beyond it the small areas flatten out. */
    static final double MAX_SCALE_RATIO = 4.0;
    /** Share of years in which two bands may overlap before they are drawn in separate panels. */
    static final double MAX_OVERLAP_SHARE = 0.5;
    static final int PANEL_HEIGHT = 210;
    /** Marker of an at-least figure: the true value lies above it. */
    static final Shape AT_LEAST_SHAPE = new Polygon(new int[] {0, 6, -6}, new int[] {-6, 5, 5}, 3);
    /** Marker of an at-most figure: the true value lies below it. */
    static final Shape AT_MOST_SHAPE = new Polygon(new int[] {0, 6, -6}, new int[] {6, -5, -5}, 3);
    static final String FIGURE_LEGEND = "published figure (± tolerance)";
    static final String BOUND_LEGEND = "published bound, at least (triangle up) or at most (down); tolerance on one side";

    private TimeSeriesChart() {
    }

    /** The chart of one metric over the given areas (each must have rows). */
    public static NamedChart build(SummaryTable table, String metric, List<String> areas, List<Target> targets,
                                   Footnote footnote) {
        List<List<SummaryRow>> series = new ArrayList<>();
        for (String area : areas) {
            series.add(table.series(metric, area));
        }
        String unit = series.get(0).get(0).unit();
        boolean flow = Labels.isFlow(metric);
        int first = series.stream().mapToInt(s -> s.get(0).year()).min().orElseThrow();
        int last = series.stream().mapToInt(s -> s.get(s.size() - 1).year()).max().orElseThrow();
        String title = Labels.title(metric) + (areas.size() == 1 ? ", " + Labels.area(areas.get(0)) : "");
        String subtitle = Labels.description(metric) + (flow ? " (yearly total, drawn as steps)" : "");
        String stem = ChartFiles.stem(metric, areas);
        if (areas.size() > 1 && needsPanels(series)) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis());
            combined.setGap(14);
            boolean anyFigure = false;
            boolean anyBound = false;
            for (int i = 0; i < areas.size(); i++) {
                XYPlot panel = plot(List.of(areas.get(i)), List.of(series.get(i)), targets, unit, flow, first, last, 0);
                anyFigure |= panel.getDataset(1).getSeriesCount() > 0;
                anyBound |= simulated(PublishedFigures.of(targets, metric, areas.get(i), unit), first, last).stream()
                        .anyMatch(TimeSeriesChart::bound);
                XYTitleAnnotation label = new XYTitleAnnotation(0.01, 0.99,
                        new TextTitle(ChartFonts.drawable(Labels.area(areas.get(i))), ChartFonts.bold(12f)),
                        RectangleAnchor.TOP_LEFT);
                panel.addAnnotation(label);
                combined.add(panel, 1);
            }
            combined.setFixedLegendItems(panelLegend(anyFigure, anyBound));
            JFreeChart chart = new JFreeChart(ChartFonts.drawable(title), ChartFonts.bold(17f), combined, true);
            ChartStyle.finish(chart, subtitle + "; one panel per area, each with its own scale", footnote);
            return new NamedChart(stem, "time series", chart, ChartExport.BASE_WIDTH,
                    150 + PANEL_HEIGHT * areas.size());
        }
        XYPlot plot = plot(areas, series, targets, unit, flow, first, last, -1);
        plot.setDomainAxis(ChartStyle.yearAxis());
        JFreeChart chart = new JFreeChart(ChartFonts.drawable(title), ChartFonts.bold(17f), plot, true);
        ChartStyle.finish(chart, subtitle, footnote);
        return new NamedChart(stem, "time series", chart, ChartExport.BASE_WIDTH, ChartExport.BASE_HEIGHT);
    }

    /**
     * One plot: dataset 0 holds each area's mean and band, dataset 1 its published figures.
     *
     * @param colour palette index for every series, or -1 for one colour per area
     */
    private static XYPlot plot(List<String> areas, List<List<SummaryRow>> series, List<Target> targets, String unit,
                               boolean flow, int first, int last, int colour) {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        YIntervalSeriesCollection figures = new YIntervalSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setAlpha(ChartStyle.BAND_ALPHA);
        // Per figure series, the relation of each point: a bound is drawn as a triangle.
        List<List<Relation>> relations = new ArrayList<>();
        XYErrorRenderer figureRenderer = new XYErrorRenderer() {
            @Override
            public Shape getItemShape(int series, int item) {
                Relation r = relations.get(series).get(item);
                return r == Relation.GE ? AT_LEAST_SHAPE : r == Relation.LE ? AT_MOST_SHAPE
                        : super.getItemShape(series, item);
            }
        };
        figureRenderer.setDefaultLinesVisible(false);
        figureRenderer.setDrawXError(false);
        figureRenderer.setErrorStroke(new BasicStroke(1.5f));
        figureRenderer.setCapLength(8);
        int figureSeries = 0;
        for (int i = 0; i < areas.size(); i++) {
            String name = ChartFonts.drawable(Labels.area(areas.get(i)));
            YIntervalSeries s = new YIntervalSeries(name);
            for (SummaryRow r : series.get(i)) {
                if (flow) {
                    s.add(r.year() - 0.5, r.mean(), r.p05(), r.p95());
                    s.add(r.year() + 0.5, r.mean(), r.p05(), r.p95());
                } else {
                    s.add(r.year(), r.mean(), r.p05(), r.p95());
                }
            }
            bands.addSeries(s);
            Color c = ChartStyle.colour(colour < 0 ? i : colour);
            bandRenderer.setSeriesPaint(i, c);
            bandRenderer.setSeriesFillPaint(i, c);
            bandRenderer.setSeriesStroke(i, ChartStyle.line());
            List<Target> published = simulated(PublishedFigures.of(targets, series.get(i).get(0).metric(), areas.get(i),
                    unit), first, last);
            if (!published.isEmpty()) {
                boolean bounds = published.stream().anyMatch(TimeSeriesChart::bound);
                YIntervalSeries points = new YIntervalSeries("published figure, " + name + " (± tolerance"
                        + (bounds ? "; triangle: a bound, at least (up) or at most (down), tolerance on one side" : "")
                        + ")");
                List<Relation> relationOf = new ArrayList<>();
                for (Target t : published) {
                    double v = t.figure().value();
                    double tol = Math.abs(v) * t.mapping().tolerance();
                    // As validation judges it: an at-least figure tolerates only a shortfall, an
                    // at-most one only an excess; both sides drew a bound met by far as a miss.
                    Relation relation = t.figure().relation();
                    points.add(t.figure().year(), v, relation == Relation.LE ? v : v - tol,
                            relation == Relation.GE ? v : v + tol);
                    relationOf.add(relation);
                }
                figures.addSeries(points);
                relations.add(relationOf);
                figureRenderer.setSeriesPaint(figureSeries, ChartStyle.REFERENCE);
                figureRenderer.setSeriesFillPaint(figureSeries, c);
                figureRenderer.setSeriesShape(figureSeries, new Ellipse2D.Double(-5, -5, 10, 10));
                figureRenderer.setSeriesVisibleInLegend(figureSeries, colour < 0);
                figureSeries++;
            }
        }
        figureRenderer.setUseFillPaint(true);
        figureRenderer.setDrawOutlines(true);
        figureRenderer.setUseOutlinePaint(true);
        figureRenderer.setDefaultOutlinePaint(ChartStyle.REFERENCE);
        figureRenderer.setErrorPaint(ChartStyle.REFERENCE);
        NumberAxis values = ChartStyle.valueAxis(Labels.axis(series.get(0).get(0).metric(), unit));
        values.setUpperMargin(0.12);
        XYPlot plot = new XYPlot(bands, null, values, bandRenderer);
        plot.setDataset(1, figures);
        plot.setRenderer(1, figureRenderer);
        plot.setInsets(new RectangleInsets(4, 4, 4, 10));
        ChartStyle.markProjection(plot, first, last);
        return plot;
    }

    /**
     * The figures of the years simulated: a figure of a later year has nothing to be compared with,
     * and drew the axis out past a run cut short with --end.
     */
    private static List<Target> simulated(List<Target> published, int first, int last) {
        return published.stream().filter(t -> t.figure().year() >= first && t.figure().year() <= last).toList();
    }

    /**
     * Legend of small multiples: what the line, band and points mean (areas are named in their
     * panels); the points only when a panel shows one, so a metric without published figures does
     * not promise some, and the triangles of a bound only when a panel shows one.
     */
    static LegendItemCollection panelLegend(boolean withFigures, boolean withBounds) {
        LegendItemCollection items = new LegendItemCollection();
        Color c = ChartStyle.colour(0);
        LegendItem mean = new LegendItem("mean of replications", null, null, null, new Rectangle2D.Double(-6, -1, 12, 2), c);
        LegendItem band = new LegendItem("5-95 % of replications", null, null, null,
                new Rectangle2D.Double(-6, -5, 12, 10), ChartStyle.band(c));
        LegendItem figure = new LegendItem(FIGURE_LEGEND, null, null, null,
                new Ellipse2D.Double(-5, -5, 10, 10), c, new BasicStroke(1f), ChartStyle.REFERENCE);
        LegendItem bound = new LegendItem(BOUND_LEGEND, null, null, null, AT_LEAST_SHAPE, c, new BasicStroke(1f),
                ChartStyle.REFERENCE);
        List<LegendItem> shown = new ArrayList<>(List.of(mean, band));
        if (withFigures) {
            shown.add(figure);
        }
        if (withFigures && withBounds) {
            shown.add(bound);
        }
        for (LegendItem item : shown) {
            item.setLabelFont(ChartFonts.plain(12f));
            items.add(item);
        }
        return items;
    }

    private static boolean bound(Target t) {
        return t.figure().relation() == Relation.GE || t.figure().relation() == Relation.LE;
    }

    /** Whether areas differ too much in size, or their bands overlap too often, for one shared axis. */
    static boolean needsPanels(List<List<SummaryRow>> series) {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (List<SummaryRow> s : series) {
            double peak = s.stream().mapToDouble(r -> Math.abs(r.p95())).max().orElse(0);
            largest = Math.max(largest, peak);
            smallest = Math.min(smallest, peak);
        }
        if (largest > 0 && (smallest <= 0 || largest / smallest > MAX_SCALE_RATIO)) {
            return true;
        }
        for (int a = 0; a < series.size(); a++) {
            for (int b = a + 1; b < series.size(); b++) {
                if (overlapShare(series.get(a), series.get(b)) > MAX_OVERLAP_SHARE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double overlapShare(List<SummaryRow> a, List<SummaryRow> b) {
        int years = 0;
        int overlapping = 0;
        for (SummaryRow ra : a) {
            for (SummaryRow rb : b) {
                if (ra.year() == rb.year()) {
                    years++;
                    if (ra.p05() <= rb.p95() && rb.p05() <= ra.p95()) {
                        overlapping++;
                    }
                }
            }
        }
        return years == 0 ? 0 : (double) overlapping / years;
    }
}
