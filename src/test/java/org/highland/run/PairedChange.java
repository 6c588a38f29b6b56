package org.highland.run;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The mean over replications of a paired difference (variant minus base, replication k against
 * replication k: common random numbers) and its standard error, sd / sqrt(n).
 */
public record PairedChange(double mean, double standardError) {
    public static PairedChange of(List<ReplicationResult> base, List<ReplicationResult> variant,
                                  ToDoubleFunction<ReplicationResult> value) {
        int n = base.size();
        if (variant.size() != n || n < 2) {
            throw new IllegalArgumentException("paired runs need the same number of replications, at least 2");
        }
        double[] d = new double[n];
        double mean = 0;
        for (int k = 0; k < n; k++) {
            d[k] = value.applyAsDouble(variant.get(k)) - value.applyAsDouble(base.get(k));
            mean += d[k] / n;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        return new PairedChange(mean, Math.sqrt(ss / (n - 1) / n));
    }

    /** The change is positive and larger than twice its standard error. */
    public boolean clearlyPositive() {
        return mean > 0 && mean > 2 * standardError;
    }
}
