package org.highland.experiment.validation;

import java.util.Locale;

/** How a published figure bounds the true value: {@code eq}, {@code approx}, {@code ge}, {@code le}. */
public enum Relation {
    EQ, APPROX, GE, LE;

    /** Parses the {@code relation} column of baseline-figures.csv. */
    public static Relation parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a simulated value agrees with the figure: eq and approx need
     * {@code |sim - target| <= tol * |target|}; ge ("more than") needs {@code sim >= target (1 - tol)};
     * le ("less than") needs {@code sim <= target (1 + tol)}.
     */
    public boolean within(double sim, double target, double tolerance) {
        if (Double.isNaN(sim)) {
            return false;
        }
        double scale = Math.abs(target);
        return switch (this) {
            case EQ, APPROX -> Math.abs(sim - target) <= tolerance * scale + 1e-12;
            case GE -> sim >= target - tolerance * scale - 1e-12;
            case LE -> sim <= target + tolerance * scale + 1e-12;
        };
    }

    /**
     * The relative error that counts in the loss: the signed error for eq and approx; for a
     * bound only the part on the wrong side (a park with 1600 firms meets "more than 1400").
     */
    public double lossError(double relError) {
        return switch (this) {
            case EQ, APPROX -> relError;
            case GE -> Math.min(0, relError);
            case LE -> Math.max(0, relError);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
