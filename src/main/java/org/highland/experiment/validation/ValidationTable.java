package org.highland.experiment.validation;

import java.util.List;
import java.util.Locale;

/** The validation as a fixed-width table for the terminal, with the summary line. */
public final class ValidationTable {
    private ValidationTable() {
    }

    public static String render(List<ValidationRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-46s %-6s %5s %12s %12s %12s %12s %8s %5s %s%n",
                "target", "rel", "year", "target", "sim mean", "p05", "p95", "error", "tol", "ok"));
        for (ValidationRow r : rows) {
            Target t = r.target();
            sb.append(String.format(Locale.ROOT, "%-46s %-6s %5d %12s %12s %12s %12s %7.1f%% %4.0f%% %s%s%n",
                    t.id(), t.figure().relation(), t.figure().year(), num(t.figure().value()), num(r.simMean()),
                    num(r.simP05()), num(r.simP95()), 100 * r.relError(), 100 * t.mapping().tolerance(),
                    r.within() ? "yes" : "NO", t.mapping().headline() ? " *" : ""));
        }
        sb.append(summary(rows));
        return sb.toString();
    }

    /** {@code N of M targets within tolerance}, plus the headline count. */
    public static String summary(List<ValidationRow> rows) {
        long within = Validation.withinCount(rows);
        long headline = rows.stream().filter(r -> r.target().mapping().headline()).count();
        long headlineWithin = rows.stream().filter(r -> r.target().mapping().headline() && r.within()).count();
        return String.format(Locale.ROOT, "%d of %d targets within tolerance (headline * %d of %d); loss %.4f%n",
                within, rows.size(), headlineWithin, headline, Validation.loss(rows));
    }

    private static String num(double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        double a = Math.abs(d);
        return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", d);
    }
}
