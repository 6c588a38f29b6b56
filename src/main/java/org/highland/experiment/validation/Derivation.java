package org.highland.experiment.validation;

import java.util.Locale;
import org.highland.run.ReplicationResult;

/** How a target's simulated quantity is computed from one replication's yearly outputs. */
public enum Derivation {
    /** The metric in the area and year (a flow is that year's total, a stock its year-end value). */
    VALUE,
    /** Compound annual growth from the base year to the year, in percent per year. */
    CAGR,
    /** The metric in the area over the same metric in the reference area, same year. */
    RATIO,
    /**
     * The sum of a yearly flow metric over base_year..year: what the model adds to a registry
     * between the start and the year. Used for the flow bounds of cumulative counts, so its
     * comparison with the figure is always "at most" ({@link #impliedRelation}): a pre-start
     * stock cannot be negative.
     */
    FLOW_SINCE;

    public static Derivation parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** The quantity for one replication, NaN when an input is missing or not positive for a ratio. */
    double compute(ReplicationResult r, TargetMapping m) {
        double v = r.value(m.metric(), m.area(), m.year());
        return switch (this) {
            case VALUE -> v;
            case CAGR -> {
                double base = r.value(m.metric(), m.area(), m.baseYear());
                yield base > 0 ? 100 * (Math.pow(v / base, 1.0 / (m.year() - m.baseYear())) - 1) : Double.NaN;
            }
            case RATIO -> {
                double ref = r.value(m.metric(), m.refArea(), m.year());
                yield ref > 0 ? v / ref : Double.NaN;
            }
            case FLOW_SINCE -> flowSince(r, m.metric(), m.area(), m.baseYear(), m.year());
        };
    }

    /** The sum of a flow over the years from..to, both included; NaN when a year is missing. */
    public static double flowSince(ReplicationResult r, String metric, String area, int from, int to) {
        double sum = 0;
        for (int y = from; y <= to; y++) {
            sum += r.value(metric, area, y);
        }
        return sum;
    }

    /**
     * The relation a derivation imposes whatever the figure's own: a flow since the base year
     * can only be bounded above by a cumulative count; null when the figure's relation holds.
     */
    public Relation impliedRelation() {
        return this == FLOW_SINCE ? Relation.LE : null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
