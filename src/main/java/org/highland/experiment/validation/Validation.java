package org.highland.experiment.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.highland.run.ReplicationResult;

/** Compares runs with targets, and scores the comparison for calibration. */
public final class Validation {
    private Validation() {
    }

    /** One row per modelled target, in the given order. */
    public static List<ValidationRow> evaluate(List<Target> targets, List<ReplicationResult> results) {
        List<ValidationRow> rows = new ArrayList<>();
        for (Target t : targets) {
            if (t.modelled()) {
                rows.add(row(t, results));
            }
        }
        return rows;
    }

    private static ValidationRow row(Target t, List<ReplicationResult> results) {
        double[] values = new double[results.size()];
        int n = 0;
        for (ReplicationResult r : results) {
            double v = t.mapping().derived().compute(r, t.mapping());
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        double target = t.figure().value();
        if (n == 0) {
            return new ValidationRow(t, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double[] v = Arrays.copyOf(values, n);
        double mean = Arrays.stream(v).sum() / n;
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        double rel = (mean - target) / Math.abs(target);
        boolean within = t.figure().relation().within(mean, target, t.mapping().tolerance());
        return new ValidationRow(t, mean, p.evaluate(v, 5), p.evaluate(v, 95), rel, within);
    }

    /**
     * The calibration loss: the weighted mean of squared relative errors over the calibration
     * targets ({@link Target#calibration()}: labelled calibrated), where a ge / le figure counts only its shortfall /
     * excess. A target the run did not produce counts as a relative error of 1, so a candidate
     * cannot gain by breaking an output. Zero when every simulated mean equals its target.
     */
    public static double loss(List<ValidationRow> rows) {
        double sum = 0;
        double weights = 0;
        for (ValidationRow row : rows) {
            Target t = row.target();
            if (!t.calibration()) {
                continue;
            }
            double e = Double.isNaN(row.relError()) ? 1 : t.figure().relation().lossError(row.relError());
            sum += t.mapping().weight() * e * e;
            weights += t.mapping().weight();
        }
        return weights == 0 ? 0 : sum / weights;
    }

    /** How many rows are within tolerance. */
    public static long withinCount(List<ValidationRow> rows) {
        return rows.stream().filter(ValidationRow::within).count();
    }
}
