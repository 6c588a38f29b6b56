package org.highland.model.random;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Distributions the model draws from, allocation-free. */
public final class Draws {
    /** Used only for its (stateless) quantile function. */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Draws() {
    }

    /** Lognormal with the given median and log-sd. */
    public static double lognormal(Uniform r, double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    /** P(X > threshold) for X lognormal with median 1 and log-sd {@code sigma}. */
    public static double lognormalShareAbove(double sigma, double threshold) {
        if (threshold <= 0) {
            return 1.0;
        }
        if (Double.isInfinite(threshold)) {
            return 0.0;
        }
        return 1.0 - STANDARD_NORMAL.cumulativeProbability(Math.log(threshold) / sigma);
    }

    /**
     * Lognormal with median 1 and log-sd {@code sigma}, conditional on exceeding {@code threshold},
     * by inversion of one uniform (the threshold itself when nothing lies above it numerically).
     */
    public static double lognormalAbove(Uniform r, double sigma, double threshold) {
        return lognormalAbove(r, sigma, threshold, lognormalShareAbove(sigma, threshold));
    }

    /**
     * {@link #lognormalAbove(Uniform, double, double)} given {@code shareAbove}, the value of
     * {@link #lognormalShareAbove} for this sigma and threshold (costly; a caller drawing often at
     * the same threshold keeps it).
     */
    public static double lognormalAbove(Uniform r, double sigma, double threshold, double shareAbove) {
        double below = 1.0 - shareAbove;
        double u = below + (1.0 - below) * r.nextDouble();
        if (u >= 1.0 - 1e-12) {
            return Math.max(threshold, 1e-12);
        }
        return Math.max(threshold, Math.exp(sigma * STANDARD_NORMAL.inverseCumulativeProbability(Math.max(u, 1e-12))));
    }

    /** Exponential with the given mean. */
    public static double exponential(Uniform r, double mean) {
        return -mean * Math.log(1.0 - r.nextDouble());
    }

    /** Gamma with the given mean and coefficient of variation (Marsaglia-Tsang). */
    public static double gamma(Uniform r, double mean, double cv) {
        if (cv <= 0) {
            return mean;
        }
        double shape = 1.0 / (cv * cv);
        double scale = mean / shape;
        double boost = 1.0;
        if (shape < 1.0) {
            // Gamma(a) = Gamma(a + 1) * U^(1/a)
            boost = Math.pow(1.0 - r.nextDouble(), 1.0 / shape);
            shape += 1.0;
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (Math.log(1.0 - u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale * boost;
            }
        }
    }

    /**
     * The total length of the spell in progress at a random moment of a stationary renewal
     * process whose spells are gamma(mean, cv): long spells are more likely to be in progress, so
     * the draw is length-biased, gamma with shape + 1 (mean x (1 + cv^2)).
     */
    public static double gammaInProgress(Uniform r, double mean, double cv) {
        if (cv <= 0) {
            return mean;
        }
        double shape = 1.0 / (cv * cv);
        return gamma(r, mean * (1.0 + cv * cv), 1.0 / Math.sqrt(shape + 1.0));
    }

    /** Poisson; inversion for small means, normal approximation above 500. */
    public static int poisson(Uniform r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double p = r.nextDouble();
        // The count is 0 when the first uniform is at most e^(-mean) >= 1 - mean, as it mostly is
        // for a small mean: then no exp is needed (1e-15 covers the rounding of both sides, and
        // Math.exp's error of at most one ulp).
        if (p < 1.0 - mean - 1e-15) {
            return 0;
        }
        double limit = Math.exp(-mean);
        int k = 1;
        while (p > limit) {
            k++;
            p *= r.nextDouble();
        }
        return k - 1;
    }

    /**
     * Poisson by inversion of one uniform {@code u}: always consumes exactly one draw, so a change
     * in the mean changes the count but not the draws that follow. Normal approximation above 500.
     */
    public static int poissonInverse(double u, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            double z = STANDARD_NORMAL.inverseCumulativeProbability(Math.min(Math.max(u, 1e-12), 1 - 1e-12));
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * z));
        }
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 10_000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** An integer with the given mean: floor plus a Bernoulli draw for the fraction. */
    public static int roundRandom(Uniform r, double mean) {
        int whole = (int) Math.floor(mean);
        return whole + (r.nextDouble() < mean - whole ? 1 : 0);
    }

    /** Index drawn with probability proportional to {@code weights[i]} (sum must be positive), from one uniform. */
    public static int categorical(Uniform r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    public static int[] permutation(int n, Uniform r) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, n, r);
        return order;
    }

    /** Puts the first {@code n} elements of {@code a} in a uniformly random order (Fisher-Yates). */
    public static void shuffle(int[] a, int n, Uniform r) {
        for (int i = n - 1; i > 0; i--) {
            int k = (int) (r.nextDouble() * (i + 1));
            int t = a[i];
            a[i] = a[k];
            a[k] = t;
        }
    }
}
