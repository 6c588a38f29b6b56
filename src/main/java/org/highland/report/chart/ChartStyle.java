package org.highland.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import org.highland.experiment.validation.Target;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The look shared by every chart: the Okabe-Ito colour-blind-safe palette, the shipped font,
 * white background with light grid lines, a plain-words title and subtitle, and a footnote naming
 * the scenario, replications, scale and Highland version.
 */
public final class ChartStyle {
    /**
     * Okabe and Ito (2008), "Color Universal Design": distinguishable under the common colour
     * vision deficiencies; black is kept last for the base or a total.
     */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
    };
    /**
     * Series beyond the palette's seven hues (the twelve instruments of the combined scenario, the
     * eight variants of the scenario library): dark and muted colours of Paul Tol's schemes that
     * none of the seven resembles, so the eighth series is not read as the first.
     */
    private static final Color[] MORE = {
        new Color(0x332288), new Color(0x882255), new Color(0x999933), new Color(0xAA4499),
        new Color(0x117733), new Color(0x661100),
    };
    /** How many series get a colour of their own before colours repeat. */
    public static final int SERIES_COLOURS = PALETTE.length - 1 + MORE.length;

    /** The base scenario, published figures and other references. */
    public static final Color REFERENCE = new Color(0x222222);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color MUTED = new Color(0x777777);
    /** Band opacity: light enough that a line inside another band stays visible. */
    public static final float BAND_ALPHA = 0.22f;
    /**
     * The last year whose published figures the model is calibrated on: fitted before, projected
     * after. Later figures (targets.csv) are drawn too, as out-of-sample checks, so the line does
     * not mark the end of the figures.
     */
    public static final int LAST_FITTED_YEAR = Target.LAST_CALIBRATION_YEAR;

    private ChartStyle() {
    }

    /** The colour of series {@code index}: the palette without black, then {@link #MORE}. */
    public static Color colour(int index) {
        int i = index % SERIES_COLOURS;
        return i < PALETTE.length - 1 ? PALETTE[i] : MORE[i - (PALETTE.length - 1)];
    }

    public static BasicStroke line() {
        return new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * Applies fonts and colours to titles, axes and legend (not to renderers, whose series colours
     * the chart set), then the subtitle and the footnote; returns the chart.
     */
    public static JFreeChart finish(JFreeChart chart, String subtitle, Footnote footnote) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(ChartFonts.bold(17f));
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setPaint(REFERENCE);
        style(chart.getPlot());
        if (footnote != null) {
            TextTitle foot = new TextTitle(ChartFonts.drawable(footnote.text()), ChartFonts.plain(10f));
            foot.setPosition(RectangleEdge.BOTTOM);
            foot.setHorizontalAlignment(HorizontalAlignment.LEFT);
            foot.setPaint(MUTED);
            foot.setPadding(new RectangleInsets(6, 0, 0, 0));
            chart.addSubtitle(0, foot);
        }
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(ChartFonts.drawable(subtitle), ChartFonts.plain(12f));
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPaint(MUTED);
            sub.setMaximumLinesToDisplay(3);
            chart.addSubtitle(0, sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(ChartFonts.plain(12f));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        chart.setPadding(new RectangleInsets(8, 10, 6, 14));
        return chart;
    }

    /** Fonts, grid and background of a plot and, for combined plots, of every panel. */
    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        if (plot instanceof CombinedDomainXYPlot c) {
            style(c.getDomainAxis());
            c.getSubplots().forEach(ChartStyle::style);
        } else if (plot instanceof CombinedRangeXYPlot c) {
            style(c.getRangeAxis());
            c.getSubplots().forEach(ChartStyle::style);
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                style(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                style(xy.getRangeAxis(i));
                if (xy.getRangeAxis(i) instanceof NumberAxis n) {
                    floorFlatRange(xy, n);
                }
            }
        }
    }

    private static void style(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(ChartFonts.plain(12f));
        axis.setLabelPaint(REFERENCE);
        if (!(axis instanceof SymbolAxis)) {
            axis.setTickLabelFont(ChartFonts.plain(11f));
        }
        axis.setTickLabelPaint(REFERENCE);
        axis.setAxisLinePaint(MUTED);
    }

    /** An all-zero series would get a range of +-1e-9 in scientific notation; show 0 to 1 instead. */
    private static void floorFlatRange(XYPlot plot, NumberAxis axis) {
        double max = 0;
        double min = 0;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) != null && plot.getRenderer(d) != null) {
                Range r = plot.getRenderer(d).findRangeBounds(plot.getDataset(d));
                if (r != null) {
                    max = Math.max(max, r.getUpperBound());
                    min = Math.min(min, r.getLowerBound());
                }
            }
        }
        if (max == 0 && min == 0) {
            axis.setRange(0, 1);
        }
    }

    /** A year axis: whole years, no thousands separator. */
    public static NumberAxis yearAxis() {
        NumberAxis years = new NumberAxis("year");
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        return years;
    }

    /** A value axis from zero (counts and money are read against zero) with its unit label. */
    public static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(ChartFonts.drawable(label));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /**
     * A vertical dashed line after the last year the model is calibrated on, labelled on both
     * sides, if that year lies inside the plotted years.
     */
    public static void markProjection(XYPlot plot, int firstYear, int lastYear) {
        if (LAST_FITTED_YEAR < firstYear || LAST_FITTED_YEAR >= lastYear) {
            return;
        }
        ValueMarker marker = new ValueMarker(LAST_FITTED_YEAR + 0.5, MUTED,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
        marker.setLabel("calibrated to " + LAST_FITTED_YEAR + " | projection");
        marker.setLabelFont(ChartFonts.plain(10f));
        marker.setLabelPaint(MUTED);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        marker.setLabelAnchor(RectangleAnchor.TOP);
        marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        marker.setLabelOffset(new RectangleInsets(2, 0, 0, 0));
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    /** A paint with the band's transparency. */
    public static Paint band(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(BAND_ALPHA * 255));
    }
}
