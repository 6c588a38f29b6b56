package org.highland.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;
import org.highland.experiment.SummaryRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One metric over the years for several areas: the replication mean as a line inside its 5-95 %
 * band, so a reader sees the projection and its uncertainty together.
 */
public final class FanChart {
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    };

    private FanChart() {
    }

    /** Builds the chart; {@code areas} with no rows are left out. */
    public static JFreeChart build(SummaryTable table, String metric, List<String> areas, String subtitle) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        String unit = "";
        for (String area : areas) {
            List<SummaryRow> rows = table.series(metric, area);
            if (rows.isEmpty()) {
                continue;
            }
            YIntervalSeries series = new YIntervalSeries(area);
            for (SummaryRow r : rows) {
                series.add(r.year(), r.mean(), r.p05(), r.p95());
                unit = r.unit();
            }
            data.addSeries(series);
        }
        NumberAxis years = new NumberAxis("year");
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        NumberAxis values = new NumberAxis(unit.replace('_', ' '));
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            Color c = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        XYPlot plot = new XYPlot(data, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(metric.replace('_', ' '), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null && !subtitle.isEmpty()) {
            chart.addSubtitle(new TextTitle(subtitle));
        }
        return chart;
    }
}
