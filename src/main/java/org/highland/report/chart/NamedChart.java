package org.highland.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * A built chart with the file stem it is written under and its preferred size.
 *
 * @param stem    file name without extension (sanitised by {@link ChartFiles})
 * @param kind    what kind of chart it is, for the report's headings and the tests
 * @param chart   the chart
 * @param width   width in pixels (points for PDF)
 * @param height  height; small multiples and long validation lists ask for more
 */
public record NamedChart(String stem, String kind, JFreeChart chart, int width, int height) {
    public String title() {
        return chart.getTitle() == null ? stem : chart.getTitle().getText();
    }
}
