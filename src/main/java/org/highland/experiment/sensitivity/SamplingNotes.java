package org.highland.experiment.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.highland.experiment.io.Numbers;
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
 * A Sobol output equal at every A and B point has no indices at all ({@link #NO_VARIANCE}); a
 * Morris output equal at every point has mu* 0 for every factor, said once ({@link #NO_VARIATION})
 * instead of calling each factor within a noise of 0.
 */
public final class SamplingNotes {
    /** How far an estimate may stray outside what a true index can be before it is flagged. */
    static final double SLACK = 0.05;
    /** What is said of a Sobol output without variance, in the notes and at the foot of its chart. */
    public static final String NO_VARIANCE = "no variance across the sample: indices undefined";
    /**
     * What is said, once, of a Morris output equal at every point of the design: the brief of its
     * note, the message of its empty chart, and how the console and charts recognise such an output.
     */
    public static final String NO_VARIATION = "the output does not vary across the design: mu* 0 for every factor";
    /** Share of the output's variance due to replication noise above which it is a warning. */
    static final double NOISE_SHARE_WARNING = 0.1;

    private SamplingNotes() {
    }

    /** Per output label, the notes to print under its table. */
    public static Map<String, List<SamplingNote>> of(SweepOutputs sweep, List<SensitivityRow> rows) {
        SweepDescriptor d = sweep.descriptor();
        int k = d.factors().size();
        int points = d.units().size();
        Map<String, List<SamplingNote>> notes = new LinkedHashMap<>();
        for (int o = 0; o < d.outputs().size(); o++) {
            String label = d.outputs().get(o).label();
            List<SensitivityRow> block = rows.stream().filter(r -> r.output().equals(label)).toList();
            double[] y = sweep.means()[o];
            if (d.method() == DesignMethod.SOBOL && SobolIndices.withoutVariance(y, k)) {
                notes.put(label, withoutVariance(points / (k + 2), points, d.replications(), y[0]));
            } else if (d.method() == DesignMethod.MORRIS && MorrisIndices.withoutVariation(y)) {
                notes.put(label, withoutVariation(points / (k + 1), points, d.replications(), y[0]));
            } else {
                notes.put(label, d.method() == DesignMethod.SOBOL
                        ? sobol(block, points / (k + 2), points, d.replications(),
                                noiseShare(y, sweep.varianceOfMeans()[o], k))
                        : morris(block, points / (k + 1), points, d.replications()));
            }
            if (d.method() == DesignMethod.MORRIS) {
                // After the sample, which it qualifies.
                List<SamplingNote> all = new ArrayList<>(notes.get(label));
                all.addAll(1, effects(d, points / (k + 1)));
                notes.put(label, all);
            }
        }
        return notes;
    }

    /**
     * The factors given by levels that some step of a Morris design leaves at the same value
     * (levels of equal value, or grid positions nearest one level): their indices are over fewer
     * elementary effects than there are trajectories, or, without any, empty.
     */
    static List<SamplingNote> effects(SweepDescriptor d, int trajectories) {
        int[] effects = MorrisIndices.effects(MorrisIndices.positions(d.factors(), d.units()), d.factors().size());
        List<String> fewer = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (int i = 0; i < effects.length; i++) {
            String path = d.factors().get(i).path();
            if (effects[i] == 0) {
                none.add(path);
            } else if (effects[i] < trajectories) {
                fewer.add(path + " " + effects[i]);
            }
        }
        List<SamplingNote> notes = new ArrayList<>();
        if (!fewer.isEmpty()) {
            notes.add(new SamplingNote(String.format(Locale.ROOT, "fewer elementary effects than the %d"
                    + " trajectories, the others' step leaving the factor's value unchanged: %s; mu*, mu and sigma are"
                    + " over those.", trajectories, String.join(", ", fewer)), String.format(Locale.ROOT,
                    "fewer effects than the %d trajectories: %s", trajectories, String.join(", ", fewer))));
        }
        if (!none.isEmpty()) {
            notes.add(new SamplingNote(String.format(Locale.ROOT, "no step of the design changes the value of %s:"
                    + " no elementary effect, so mu*, mu and sigma are left empty and ranked last; give levels of"
                    + " different values.", String.join(", ", none)), "no effect of " + String.join(", ", none)
                    + " (unchanged by every step)"));
        }
        return notes;
    }

    /**
     * Whether a factor's Sobol estimates are ones no true index can take (S1 < 0, ST > 1 or
     * S1 > ST, beyond {@link #SLACK}): sampling noise dominates them.
     */
    public static boolean impossible(double s1, double st) {
        return s1 < -SLACK || st > 1 + SLACK || s1 > st + SLACK;
    }

    /**
     * Whether a Morris mu* is within twice its replication-noise standard error, so that it cannot
     * be told from noise; false when the noise is unknown (NaN: one replication per point).
     */
    public static boolean withinNoise(double muStar, double noiseSe) {
        return noiseSe >= 0 && !(muStar > 2 * noiseSe);
    }

    static List<SamplingNote> sobol(List<SensitivityRow> block, int baseSamples, int points, int replications,
                                    double noiseShare) {
        List<SamplingNote> notes = new ArrayList<>();
        notes.add(sobolSample(baseSamples, points, replications));
        List<String> impossible = new ArrayList<>();
        int factors = 0;
        double sumFirst = 0;
        for (SensitivityRow r : block) {
            double s1 = r.first().value();
            double st = r.total().value();
            sumFirst += s1;
            factors += impossible(s1, st) ? 1 : 0;
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
            notes.add(new SamplingNote(String.format(Locale.ROOT, "warning: estimates no true index can take"
                    + " (0 <= S1 <= ST <= 1): %s. Sampling noise dominates at %d base samples: these indices cannot"
                    + " rank the factors; raise the design's size (hundreds of base samples) and the replications.",
                    String.join("; ", impossible), baseSamples), String.format(Locale.ROOT, "impossible estimates"
                    + " (outside 0 <= S1 <= ST <= 1)%s: noise dominates, no ranking", factors == 0
                            ? " in the sum of S1" : " for " + factors + " factor(s), grey")));
        }
        notes.addAll(replicationNoise(replications, noiseShare));
        notes.addAll(overlap(block, SensitivityRow::total, "ST"));
        return notes;
    }

    /**
     * The notes of a Sobol output that takes one value at every A and B point: its indices divide
     * by a variance of 0, so there are none to rank or to warn about; the sample is still said.
     */
    static List<SamplingNote> withoutVariance(int baseSamples, int points, int replications, double value) {
        return List.of(sobolSample(baseSamples, points, replications), new SamplingNote(String.format(Locale.ROOT,
                "%s (the output is %s at all %d A and B points, leaving no variance for the factors to account"
                + " for); S1 and ST are left empty and the factors listed in the experiment's order. A policy effect"
                + " before the policy starts is such an output: choose a later year or another output.",
                NO_VARIANCE, Numbers.format(value), 2 * baseSamples), NO_VARIANCE));
    }

    private static SamplingNote sobolSample(int baseSamples, int points, int replications) {
        return new SamplingNote(String.format(Locale.ROOT, "sample: %d base samples (%d points) x %d"
                + " replication(s) per point", baseSamples, points, replications), String.format(Locale.ROOT,
                "%d base samples x %d replication(s) per point", baseSamples, replications));
    }

    /**
     * The notes of a Morris output that takes one value at every point: every elementary effect
     * is 0, so mu* is 0 with a noise of 0 for each factor; one sentence says so, where the factors
     * would otherwise each be called within noise (se 0) and their ranks unresolved.
     */
    static List<SamplingNote> withoutVariation(int trajectories, int points, int replications, double value) {
        return List.of(morrisSample(trajectories, points, replications), new SamplingNote(String.format(Locale.ROOT,
                "%s (the output is %s at all %d points, so every elementary effect is 0): no factor moves it, mu,"
                + " sigma and their noise are 0 too, and the factors are listed in the experiment's order, unranked."
                + " A policy effect before the policy starts is such an output: choose a later year or another"
                + " output.", NO_VARIATION, Numbers.format(value), points), NO_VARIATION));
    }

    /** Whether an output's notes say it does not vary across the design ({@link #NO_VARIATION}). */
    public static boolean withoutVariation(List<SamplingNote> notes) {
        return notes.stream().anyMatch(n -> NO_VARIATION.equals(n.brief()));
    }

    private static SamplingNote morrisSample(int trajectories, int points, int replications) {
        return new SamplingNote(String.format(Locale.ROOT, "sample: %d trajectories (%d points) x %d"
                + " replication(s) per point", trajectories, points, replications), String.format(Locale.ROOT,
                "%d trajectories x %d replication(s) per point", trajectories, replications));
    }

    static List<SamplingNote> morris(List<SensitivityRow> block, int trajectories, int points, int replications) {
        List<SamplingNote> notes = new ArrayList<>();
        notes.add(morrisSample(trajectories, points, replications));
        notes.addAll(replicationNoise(replications, Double.NaN));
        long within = block.stream().filter(r -> !r.aboveNoise()).count();
        if (within > 0) {
            String which = within == 1 ? "has its mu* within twice its replication noise (se): its effect and rank are"
                    : "have their mu* within twice their replication noise (se): their effects and ranks are";
            notes.add(new SamplingNote(String.format(Locale.ROOT, "warning: %d of %d factors %s not evidence; raise the"
                    + " replications or the scale.", within, block.size(), which), String.format(Locale.ROOT,
                    "%d of %d mu* within noise (grey): not evidence", within, block.size())));
        }
        notes.addAll(overlap(block, SensitivityRow::muStar, "mu*"));
        return notes;
    }

    private static List<SamplingNote> replicationNoise(int replications, double share) {
        if (replications < 2) {
            return List.of(new SamplingNote("warning: one replication per point: replication noise cannot be told"
                    + " apart from the factors' effects; sweep with --replications 2 or more.",
                    "one replication per point: noise not told from effects"));
        }
        if (!(share >= 0)) {
            return List.of();
        }
        return List.of(new SamplingNote(String.format(Locale.ROOT, "%sreplication noise (the variance of a point's"
                + " mean over its replications) is %.0f %% of the output's variance across the A and B samples%s:"
                + " each ST carries up to about that share of noise and S1 is diluted by it%s",
                share > NOISE_SHARE_WARNING ? "warning: " : "", 100 * share,
                share >= 1 ? ", so the noise exceeds what the factors move" : "",
                share > NOISE_SHARE_WARNING ? "; raise the replications or the scale." : "."),
                String.format(Locale.ROOT, "replication noise %.0f %% of the variance", 100 * share)));
    }

    private static List<SamplingNote> overlap(List<SensitivityRow> block, Function<SensitivityRow, Interval> index,
                                              String name) {
        if (block.size() < 2) {
            return List.of();
        }
        Interval a = index.apply(block.get(0));
        Interval b = index.apply(block.get(1));
        if (Double.isNaN(a.low()) || Double.isNaN(b.low()) || a.low() > b.high()) {
            return List.of();
        }
        return List.of(new SamplingNote(String.format(Locale.ROOT, "the 95 %% intervals of %s of ranks 1 and 2"
                + " overlap: which factor matters most is not resolved by this sample.", name),
                "ranks 1 and 2 overlap: the leader is unresolved"));
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
