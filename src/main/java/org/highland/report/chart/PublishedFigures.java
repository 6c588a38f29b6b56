package org.highland.report.chart;

import java.util.List;
import org.highland.experiment.validation.Derivation;
import org.highland.experiment.validation.Target;

/**
 * The published figures a time series can show as points: observations (not policy inputs or
 * goals) mapped to the metric and area as a plain value in the metric's unit.
 */
public final class PublishedFigures {
    private PublishedFigures() {
    }

    /** The targets of one metric and area that are drawable as points, by year. */
    public static List<Target> of(List<Target> targets, String metric, String area, String unit) {
        return targets.stream()
                .filter(Target::modelled)
                .filter(t -> t.mapping().metric().equals(metric) && t.mapping().area().equals(area))
                .filter(t -> t.mapping().derived() == Derivation.VALUE)
                .filter(t -> unit == null || unit.equals(t.figure().unit()))
                .filter(t -> !"policy".equals(t.figure().scope()) && !"target".equals(t.figure().scope()))
                .sorted((a, b) -> Integer.compare(a.figure().year(), b.figure().year()))
                .toList();
    }
}
