package org.highland.experiment.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.highland.experiment.screening.Output;
import org.highland.experiment.sweep.DesignMethod;
import org.highland.experiment.sweep.SweepDescriptor;

/**
 * What the sample behind a sweep's indices can support, said under each output's table: the
 * sample size, and warnings where it is too small to conclude. For Sobol indices, estimates no
 * true index can take (0 <= S1 <= ST <= 1, sum of S1 <= 1) mean sampling noise dominates; the
 * share of the output's variance that is replication noise is what every Jansen ST carries on top
 * of the factor's own share (E (f(A) - f(AB))^2 gains 2 s^2 from independent noise of variance
 * s^2) and what dilutes S1. For Morris, factors whose mu* is within twice its noise standard error.
 * For both, whether the two leading factors' intervals overlap (the ranking is then unresolved).
 */
public final class SamplingNotes {
    /** How far an estimate may stray outside what a true index can be before it is flagged. */
    static final double SLACK = 0.05;
    /** Share of the output's variance due to replication noise above which it is a warning. */
    static final double NOISE_SHARE_WARNING = 0.1;

    private SamplingNotes() {
    }

    /** Per output label, the lines to print under its table. */
    public static Map<String, List<String>> of(SweepOutputs sweep, List<SensitivityRow> rows) {
        SweepDescriptor d = sweep.descriptor();
        int k = d.factors().size();
        int points = d.units().size();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (int o = 0; o < d.outputs().size(); o++) {
            String label = d.outputs().get(o).label();
            List<SensitivityRow> block = rows.stream().filter(r -> r.output().equals(label)).toList();
            notes.put(label, d.method() == DesignMethod.SOBOL
                    ? sobol(block, points / (k + 2), points, d.replications(),
                            noiseShare(sweep.means()[o], sweep.varianceOfMeans()[o], k))
                    : morris(block, points / (k + 1), points, d.replications()));
        }
        return notes;
    }

    static List<String> sobol(List<SensitivityRow> block, int baseSamples, int points, int replications,
                              double noiseShare) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "sample: %d base samples (%d points) x %d replication(s) per point",
                baseSamples, points, replications));
        List<String> impossible = new ArrayList<>();
        double sumFirst = 0;
        for (SensitivityRow r : block) {
            double s1 = r.first().value();
            double st = r.total().value();
            sumFirst += s1;
            if (s1 < -SLACK) {
                impossible.add(String.format(Locale.ROOT, "S1 %.3f < 0 (%s)", s1, r.factor()));
            }
            if (st > 1 + SLACK) {
                impossible.add(String.format(Locale.ROOT, "ST %.3f > 1 (%s)", st, r.factor()));
            }
            if (s1 > st + SLACK) {
                impossible.add(String.format(Locale.ROOT, "S1 %.3f > ST %.3f (%s)", s1, st, r.factor()));
            }
        }
        if (sumFirst > 1 + SLACK) {
            impossible.add(String.format(Locale.ROOT, "sum of S1 %.3f > 1", sumFirst));
        }
        if (!impossible.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "warning: estimates no true index can take (0 <= S1 <= ST <= 1):"
                    + " %s. Sampling noise dominates at %d base samples: these indices cannot rank the factors;"
                    + " raise the design's size (hundreds of base samples) and the replications.",
                    String.join("; ", impossible), baseSamples));
        }
        notes.addAll(replicationNoise(replications, noiseShare));
        notes.addAll(overlap(block, SensitivityRow::total, "ST"));
        return notes;
    }

    static List<String> morris(List<SensitivityRow> block, int trajectories, int points, int replications) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "sample: %d trajectories (%d points) x %d replication(s) per point",
                trajectories, points, replications));
        notes.addAll(replicationNoise(replications, Double.NaN));
        long within = block.stream().filter(r -> !r.aboveNoise()).count();
        if (within > 0) {
            notes.add(String.format(Locale.ROOT, "warning: %d of %d factors have mu* within twice its replication"
                    + " noise (se): their effect and rank are not evidence; raise the replications or the scale.",
                    within, block.size()));
        }
        notes.addAll(overlap(block, SensitivityRow::muStar, "mu*"));
        return notes;
    }

    private static List<String> replicationNoise(int replications, double share) {
        if (replications < 2) {
            return List.of("warning: one replication per point: replication noise cannot be told apart from the"
                    + " factors' effects; sweep with --replications 2 or more.");
        }
        if (!(share >= 0)) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "%sreplication noise (the variance of a point's mean over its"
                + " replications) is %.0f %% of the output's variance across the A and B samples%s: each ST carries"
                + " up to about that share of noise and S1 is diluted by it%s",
                share > NOISE_SHARE_WARNING ? "warning: " : "", 100 * share,
                share >= 1 ? ", so the noise exceeds what the factors move" : "",
                share > NOISE_SHARE_WARNING ? "; raise the replications or the scale." : "."));
    }

    private static List<String> overlap(List<SensitivityRow> block, Function<SensitivityRow, Interval> index,
                                        String name) {
        if (block.size() < 2) {
            return List.of();
        }
        Interval a = index.apply(block.get(0));
        Interval b = index.apply(block.get(1));
        if (Double.isNaN(a.low()) || Double.isNaN(b.low()) || a.low() > b.high()) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "the 95 %% intervals of %s of ranks 1 and 2 overlap: which factor"
                + " matters most is not resolved by this sample.", name));
    }

    /**
     * Mean variance of a point's replication mean over the A and B points of a Saltelli design,
     * against the variance of those means; NaN without replication variances.
     */
    static double noiseShare(double[] y, double[] varianceOfMeans, int k) {
        int block = k + 2;
        int n = y.length / block;
        double sum = 0;
        double sumSq = 0;
        double noise = 0;
        for (int j = 0; j < n; j++) {
            for (int p : new int[] {j * block, j * block + k + 1}) {
                sum += y[p];
                sumSq += y[p] * y[p];
                noise += varianceOfMeans[p];
            }
        }
        int m = 2 * n;
        double mean = sum / m;
        double variance = sumSq / m - mean * mean;
        return variance > 0 ? noise / m / variance : Double.NaN;
    }

    /** The unit of an output label {@code scenario:metric:area:year}, as summary.csv names it. */
    static String unit(String label) {
        return Output.unitOf(label.split(":", 3)[1]);
    }
}
