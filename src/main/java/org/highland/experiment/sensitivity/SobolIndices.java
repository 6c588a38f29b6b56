package org.highland.experiment.sensitivity;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sobol first-order and total indices from a Saltelli design ({@code Designs.saltelli}: blocks of
 * A_j, AB_j^1..AB_j^k, B_j). With V the variance of f over the A and B samples:
 * first order S_i = mean_j f(B_j) (f(AB_j^i) - f(A_j)) / V (Saltelli et al. 2010, table 2 (b));
 * total ST_i = mean_j (f(A_j) - f(AB_j^i))^2 / (2 V) (Jansen 1999). Intervals by bootstrap over j.
 * Both divide by V, so an output equal at every A and B point (a policy effect before the policy
 * starts, a constant) has no indices: they are NaN, not 0/0 or a difference over a rounding error.
 */
public final class SobolIndices {
    /** Per factor: first-order and total index with intervals. */
    public record Result(Interval[] first, Interval[] total) {
    }

    private SobolIndices() {
    }

    /**
     * @param y outputs in design order, n blocks of k + 2
     */
    public static Result estimate(double[] y, int k, int resamples, long seed) {
        int block = k + 2;
        if (y.length % block != 0) {
            throw new IllegalArgumentException("expected blocks of " + block + " outputs, got " + y.length);
        }
        int n = y.length / block;
        if (withoutVariance(y, k)) {
            Interval[] none = new Interval[k];
            Arrays.fill(none, Interval.NONE);
            return new Result(none, none.clone());
        }
        Interval[] all = Bootstrap.intervals(n, resamples, seed, sample -> indices(y, k, sample));
        Interval[] first = new Interval[k];
        Interval[] total = new Interval[k];
        System.arraycopy(all, 0, first, 0, k);
        System.arraycopy(all, k, total, 0, k);
        return new Result(first, total);
    }

    /**
     * Whether the output takes one value at every A and B point of the design (outputs in design
     * order, blocks of k + 2), so that V = 0 and no index is defined. Exact equality: the one-pass
     * V of a constant output can come out as a rounding error instead of 0.
     */
    public static boolean withoutVariance(double[] y, int k) {
        return constant(y, k, IntStream.range(0, y.length / (k + 2)).toArray());
    }

    private static boolean constant(double[] y, int k, int[] sample) {
        int block = k + 2;
        if (sample.length == 0) {
            return true;
        }
        double first = y[sample[0] * block];
        for (int j : sample) {
            if (y[j * block] != first || y[j * block + k + 1] != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * S_1..S_k then ST_1..ST_k on the blocks of {@code sample}; NaN where the sample's A and B
     * values are all equal (a bootstrap resample can draw only such blocks).
     */
    static double[] indices(double[] y, int k, int[] sample) {
        int block = k + 2;
        double sum = 0;
        double sumSq = 0;
        for (int j : sample) {
            double a = y[j * block];
            double b = y[j * block + k + 1];
            sum += a + b;
            sumSq += a * a + b * b;
        }
        int m = 2 * sample.length;
        double mean = sum / m;
        double variance = sumSq / m - mean * mean;
        double[] s = new double[2 * k];
        if (constant(y, k, sample)) {
            Arrays.fill(s, Double.NaN);
            return s;
        }
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : sample) {
                double a = y[j * block];
                double b = y[j * block + k + 1];
                double ab = y[j * block + 1 + i];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            s[i] = first / sample.length / variance;
            s[k + i] = total / (2.0 * sample.length) / variance;
        }
        return s;
    }
}
