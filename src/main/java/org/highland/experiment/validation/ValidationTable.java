package org.highland.experiment.validation;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.io.Counts;

/**
 * The validation as a fixed-width table for the terminal: a legend under it, one fit line per
 * basis, the headline count and, where the run is too noisy to judge, warnings.
 */
public final class ValidationTable {
    /** Replications below which a thinned run is too noisy to judge a fit. */
    public static final int MIN_REPLICATIONS = 10;

    static final String LEGEND = "rel: eq/approx = within +-tol of the figure, ge/le = at least/at most the figure"
            + " less/plus tol (error then shows the bound met); basis: identity = a parameter is solved from the"
            + " figure, calibrated = in the calibration loss, earlier_fit = held out now but seen by an earlier fit"
            + " whose values the scenario keeps (earlier-fits.csv), out_of_sample = in no loss; * = headline";

    private ValidationTable() {
    }

    public static String render(List<ValidationRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-46s %-13s %-6s %5s %12s %12s %12s %12s %9s %5s %s%n",
                "target", "basis", "rel", "year", "target", "sim mean", "p05", "p95", "error", "tol", "ok"));
        for (ValidationRow r : rows) {
            Target t = r.target();
            sb.append(String.format(Locale.ROOT, "%-46s %-13s %-6s %5d %12s %12s %12s %12s %9s %4.0f%% %s%s%n",
                    t.id(), t.mapping().basis(), t.figure().relation(), t.figure().year(), num(t.figure().value()),
                    num(r.simMean()), num(r.simP05()), num(r.simP95()), error(r), 100 * t.mapping().tolerance(),
                    ok(r), t.mapping().headline() ? " *" : ""));
        }
        sb.append(LEGEND).append('\n');
        sb.append(summary(rows));
        return sb.toString();
    }

    /**
     * The ok column: {@code yes}, {@code NO}, or {@code not simulated} when the run produced no
     * value for the target (it ended before the target's year), which is no miss.
     */
    public static String ok(ValidationRow r) {
        return notSimulated(r) ? "not simulated" : r.within() ? "yes" : "NO";
    }

    /** Whether the run produced no value for the row's target (e.g. it ended before its year). */
    public static boolean notSimulated(ValidationRow r) {
        return !r.simulated();
    }

    /**
     * The error column: the signed relative error for eq and approx; for a bound that is met, the
     * bound itself ({@code >=1260}), since how far the mean lies beyond it says nothing; for a bound
     * missed, the signed relative error.
     */
    static String error(ValidationRow r) {
        if (Double.isNaN(r.relError())) {
            return "-";
        }
        Target t = r.target();
        double figure = t.figure().value();
        double tol = t.mapping().tolerance();
        return switch (t.figure().relation()) {
            case GE -> r.within() ? ">=" + num(figure - tol * Math.abs(figure)) : percent(r.relError());
            case LE -> r.within() ? "<=" + num(figure + tol * Math.abs(figure)) : percent(r.relError());
            default -> percent(r.relError());
        };
    }

    /**
     * One fit line per basis, then the headline count and the loss. Targets the run did not
     * simulate (dated after its last year) are left out of the counts and named as such: they are
     * neither hits nor misses.
     */
    public static String summary(List<ValidationRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (Basis basis : Basis.values()) {
            List<ValidationRow> of = rows.stream().filter(r -> r.target().mapping().basis() == basis).toList();
            if (of.isEmpty()) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-15s%s%s%n", basis + ":", count(of), note(basis)));
        }
        List<ValidationRow> headline = rows.stream()
                .filter(r -> r.target().mapping().headline() && r.target().mapping().basis() != Basis.IDENTITY)
                .toList();
        sb.append(String.format(Locale.ROOT, "%-15s%s; loss %.4f over the calibrated targets%n", "headline *:",
                count(headline), Validation.loss(rows)));
        List<ValidationRow> missing = rows.stream().filter(ValidationTable::notSimulated).toList();
        if (!missing.isEmpty()) {
            IntSummaryStatistics years = missing.stream().mapToInt(r -> r.target().figure().year()).summaryStatistics();
            sb.append(String.format(Locale.ROOT, "not simulated: %d target(s) of %s, past the run's end: neither hits"
                    + " nor misses; `highland validate` runs to the last target year and scores them%n",
                    missing.size(), years.getMin() == years.getMax() ? Integer.toString(years.getMin())
                            : years.getMin() + "-" + years.getMax()));
        }
        return sb.toString();
    }

    /** "h of n within tolerance", n counting only the simulated rows, and how many were not. */
    private static String count(List<ValidationRow> rows) {
        List<ValidationRow> simulated = rows.stream().filter(r -> !notSimulated(r)).toList();
        int missing = rows.size() - simulated.size();
        return String.format(Locale.ROOT, "%d of %d within tolerance%s", Validation.withinCount(simulated),
                simulated.size(), missing == 0 ? "" : " (" + missing + " more not simulated)");
    }

    private static String note(Basis basis) {
        return switch (basis) {
            case IDENTITY -> " (a check of the solver, not of the model)";
            case EARLIER_FIT -> " (seen by an earlier fit whose values the scenario keeps: not evidence)";
            default -> "";
        };
    }

    /**
     * Warnings that the run is too noisy to judge the fit: a thinned run with fewer than
     * {@value #MIN_REPLICATIONS} replications, and non-identity targets whose simulated 90 %
     * interval is wider than their tolerance band (2 x tol x |figure|), or for an at-least /
     * at-most figure straddles its bound. Empty when neither applies.
     */
    public static List<String> warnings(List<ValidationRow> rows, double scale, int replications) {
        List<String> out = new ArrayList<>();
        if (scale < 1 && replications < MIN_REPLICATIONS) {
            out.add(String.format(Locale.ROOT, "warning: scale %s with %s is too noisy to judge a fit"
                    + " within these tolerances; use --scale 1 (or at least %d replications).",
                    num(scale), Counts.of(replications, "replication"), MIN_REPLICATIONS));
        }
        List<String> wide = new ArrayList<>();
        List<String> spanning = new ArrayList<>();
        long judged = 0;
        for (ValidationRow r : rows) {
            Target t = r.target();
            if (t.mapping().basis() == Basis.IDENTITY || Double.isNaN(r.simP05())) {
                continue;
            }
            judged++;
            if (tooWide(r)) {
                (oneSided(t) ? spanning : wide).add(t.id());
            }
        }
        if (!wide.isEmpty() || !spanning.isEmpty()) {
            List<String> what = new ArrayList<>();
            if (!wide.isEmpty()) {
                what.add("is wider than the tolerance band for " + listed(wide));
            }
            if (!spanning.isEmpty()) {
                what.add("spans the bound of an at-least or at-most figure for " + listed(spanning));
            }
            out.add(String.format(Locale.ROOT, "warning: for %d of %d non-identity targets the simulated 90 %% interval"
                    + " %s: one replication can miss or hit by chance; judge the mean of more replications or a"
                    + " larger scale.", wide.size() + spanning.size(), judged, String.join(", and ", what)));
        }
        return out;
    }

    /** Up to three ids, and how many more. */
    private static String listed(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(3, ids.size())));
        return ids.size() > 3 ? shown + " and " + (ids.size() - 3) + " more" : shown;
    }

    private static boolean oneSided(Target t) {
        return t.figure().relation() == Relation.GE || t.figure().relation() == Relation.LE;
    }

    /**
     * An eq / approx target whose 90 % interval is wider than its band 2 x tol x |figure|; a
     * ge / le target (one-sided, no band) whose interval straddles the bound it must meet.
     */
    private static boolean tooWide(ValidationRow r) {
        Target t = r.target();
        double figure = t.figure().value();
        double tol = t.mapping().tolerance() * Math.abs(figure);
        return switch (t.figure().relation()) {
            case GE -> r.simP05() < figure - tol && r.simP95() > figure - tol;
            case LE -> r.simP05() < figure + tol && r.simP95() > figure + tol;
            default -> r.simP95() - r.simP05() > 2 * tol;
        };
    }

    private static String percent(double rel) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * rel);
    }

    private static String num(double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        double a = Math.abs(d);
        return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", d);
    }
}
