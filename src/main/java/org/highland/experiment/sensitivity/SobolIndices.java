package org.highland.experiment.sensitivity;

/**
 * Sobol first-order and total indices from a Saltelli design ({@code Designs.saltelli}: blocks of
 * A_j, AB_j^1..AB_j^k, B_j). With V the variance of f over the A and B samples:
 * first order S_i = mean_j f(B_j) (f(AB_j^i) - f(A_j)) / V (Saltelli et al. 2010, table 2 (b));
 * total ST_i = mean_j (f(A_j) - f(AB_j^i))^2 / (2 V) (Jansen 1999). Intervals by bootstrap over j.
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
        Interval[] all = Bootstrap.intervals(n, resamples, seed, sample -> indices(y, k, sample));
        Interval[] first = new Interval[k];
        Interval[] total = new Interval[k];
        System.arraycopy(all, 0, first, 0, k);
        System.arraycopy(all, k, total, 0, k);
        return new Result(first, total);
    }

    /** S_1..S_k then ST_1..ST_k on the blocks of {@code sample}. */
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
