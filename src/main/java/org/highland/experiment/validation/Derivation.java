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
    RATIO;

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
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
