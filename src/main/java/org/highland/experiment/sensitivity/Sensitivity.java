package org.highland.experiment.sensitivity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.experiment.sweep.Csv;
import org.highland.experiment.sweep.DesignMethod;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepFactor;

/**
 * Sensitivity indices of a finished sweep, per output of interest, from the replication means at
 * each point: Morris (mu*, mu, sigma) for a morris design, Sobol (S1, ST) for a sobol design;
 * ranked within each output. A Sobol output equal at every A and B point has no indices (NaN,
 * written empty, factors in the experiment's order; {@link SobolIndices#withoutVariance}); a Morris
 * output equal at every point has mu* 0 for every factor ({@link MorrisIndices#withoutVariation}),
 * which its notes say once instead of the table.
 */
public final class Sensitivity {
    public static final String FILE = "sensitivity.csv";
    /** Per output, what its sample cannot support ({@link SamplingNotes}), for the report to repeat. */
    public static final String NOTES_FILE = "sensitivity_notes.csv";
    public static final String NOTES_HEADER = "output,note,brief";
    /** Significant digits of an output's largest Morris figure on the console ({@link #morrisDecimals}). */
    static final int SIGNIFICANT = 4;
    /** Decimals of Sobol indices, shares of variance, on the console. */
    static final int SOBOL_DECIMALS = 3;

    private Sensitivity() {
    }

    public static List<SensitivityRow> analyse(SweepOutputs sweep, int resamples) {
        SweepDescriptor d = sweep.descriptor();
        if (d.method() != DesignMethod.MORRIS && d.method() != DesignMethod.SOBOL) {
            throw new IllegalArgumentException("sensitivity indices need a morris or sobol design, this sweep's is "
                    + d.method().word());
        }
        List<SweepFactor> factors = d.factors();
        int k = factors.size();
        // A Morris step is measured by the change the factor made, which over levels need not be the grid's step.
        List<double[]> positions = d.method() == DesignMethod.MORRIS ? MorrisIndices.positions(factors, d.units())
                : null;
        List<SensitivityRow> rows = new ArrayList<>();
        for (int o = 0; o < d.outputs().size(); o++) {
            String label = d.outputs().get(o).label();
            double[] y = sweep.means()[o];
            List<SensitivityRow> block = new ArrayList<>();
            if (d.method() == DesignMethod.MORRIS) {
                // Points that share their streams pair replication by replication.
                MorrisIndices.Result r = MorrisIndices.estimate(positions, y, sweep.varianceOfMeans()[o],
                        d.commonStreams() ? sweep.replications()[o] : null, k, resamples, d.seed() + o);
                for (int i = 0; i < k; i++) {
                    block.add(new SensitivityRow(label, factors.get(i).path(), d.method().word(), 0, r.muStar()[i],
                            r.mu()[i], r.sigma()[i], Interval.NONE, Interval.NONE, r.noise()[i]));
                }
            } else {
                SobolIndices.Result r = SobolIndices.estimate(y, k, resamples, d.seed() + o);
                for (int i = 0; i < k; i++) {
                    block.add(new SensitivityRow(label, factors.get(i).path(), d.method().word(), 0, Interval.NONE,
                            Double.NaN, Double.NaN, r.first()[i], r.total()[i], Double.NaN));
                }
            }
            block.sort(Comparator.comparingDouble((SensitivityRow r) -> -Math.abs(r.key())));
            for (int i = 0; i < block.size(); i++) {
                SensitivityRow r = block.get(i);
                rows.add(new SensitivityRow(r.output(), r.factor(), r.method(), i + 1, r.muStar(), r.mu(), r.sigma(),
                        r.first(), r.total(), r.muStarNoise()));
            }
        }
        return rows;
    }

    /** {@link #FILE}: one row per output and factor, outputs in their order, factors by rank. */
    public static void write(Writer out, List<SensitivityRow> rows) throws IOException {
        out.append(SensitivityRow.HEADER).append('\n');
        for (SensitivityRow r : rows) {
            StringBuilder text = new StringBuilder();
            text.append(Csv.field(r.output())).append(',').append(Csv.field(r.factor())).append(',').append(r.method())
                    .append(',').append(r.rank());
            for (double v : new double[] {r.muStar().value(), r.muStar().low(), r.muStar().high(), r.mu(), r.sigma(),
                r.first().value(), r.first().low(), r.first().high(), r.total().value(), r.total().low(), r.total().high(),
                r.muStarNoise()}) {
                text.append(',').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            out.append(text).append('\n');
        }
    }

    /**
     * The notes printed under each output's table, one row per note, outputs in their order, each
     * with its brief form for the foot of the output's tornado chart.
     */
    public static void writeNotes(Writer out, Map<String, List<SamplingNote>> notes) throws IOException {
        StringBuilder text = new StringBuilder(NOTES_HEADER).append('\n');
        notes.forEach((output, lines) -> lines.forEach(note -> text.append(Csv.field(output)).append(',')
                .append(Csv.field(note.text())).append(',').append(Csv.field(note.brief())).append('\n')));
        out.append(text);
    }

    /**
     * The ranked table, {@code top} factors per output, each output headed by its unit and followed
     * by its {@code notes} (sample size, and warnings where the sample cannot support the indices).
     */
    public static void print(PrintWriter out, List<SensitivityRow> rows, int top,
                             Map<String, List<SamplingNote>> notes) {
        String output = null;
        int decimals = SOBOL_DECIMALS;
        for (int n = 0; n < rows.size(); n++) {
            SensitivityRow r = rows.get(n);
            boolean morris = r.method().equals("morris");
            // A Sobol output without variance has no index at all, a Morris output that does not vary
            // has mu* 0 for every factor: their notes say so once, no table of NaN or of zeros.
            boolean undefined = morris ? SamplingNotes.withoutVariation(notes.getOrDefault(r.output(), List.of()))
                    : Double.isNaN(r.total().value());
            if (!r.output().equals(output)) {
                output = r.output();
                decimals = morris ? morrisDecimals(rows, output) : SOBOL_DECIMALS;
                out.println();
                out.println(output + " (" + SamplingNotes.unit(output) + (morris
                        ? "; mu*, mu and sigma: change of the output as the factor crosses its whole range)" : ")"));
                if (!undefined) {
                    out.println(morris ? String.format(Locale.ROOT, "  %4s  %-28s  %9s  %9s  %s", "rank",
                            "mu*  [95 % interval]", "mu", "sigma", "factor")
                            : String.format(Locale.ROOT, "  %4s  %-24s  %-26s  %s", "rank", "ST  [95 % interval]",
                            "S1  [95 % interval]", "factor"));
                }
            }
            if (r.rank() <= top && !undefined) {
                if (morris && Double.isNaN(r.muStar().value())) {
                    out.printf(Locale.ROOT, "  %4d  %-28s  %9s  %9s  %s%n", r.rank(), "undefined", "",
                            "", r.factor());
                } else if (morris) {
                    out.printf(Locale.ROOT, "  %4d  %-28s  %9s  %9s  %s%s%n", r.rank(), interval(r.muStar(), decimals),
                            fixed(r.mu(), decimals), fixed(r.sigma(), decimals), r.factor(), r.aboveNoise() ? ""
                                    : "  within noise (se " + fixed(r.muStarNoise(), decimals) + ")");
                } else {
                    out.printf(Locale.ROOT, "  %4d  %-24s  %-26s  %s%n", r.rank(), interval(r.total(), decimals),
                            interval(r.first(), decimals), r.factor());
                }
            }
            boolean last = n + 1 == rows.size() || !rows.get(n + 1).output().equals(output);
            if (last) {
                for (SamplingNote note : notes.getOrDefault(output, List.of())) {
                    out.println("  " + note.text());
                }
            }
        }
    }

    /** "value [low, high]"; "value [-, -]" without a bootstrap (--bootstrap 0). */
    private static String interval(Interval i, int decimals) {
        if (Double.isNaN(i.low())) {
            return fixed(i.value(), decimals) + " [-, -]";
        }
        return fixed(i.value(), decimals) + " [" + fixed(i.low(), decimals) + ", " + fixed(i.high(), decimals) + "]";
    }

    /**
     * Decimals of an output's Morris figures on the console: those that give its largest figure
     * (mu*, the interval's ends, |mu|, sigma) {@value #SIGNIFICANT} significant digits. One count
     * for the whole output, not significant digits per figure, so that what is zero up to rounding
     * beside the others (mu 3e-15 beside mu* 103, from effects of opposite signs) prints as 0.
     */
    static int morrisDecimals(List<SensitivityRow> rows, String output) {
        double largest = 0;
        for (SensitivityRow r : rows) {
            if (r.output().equals(output)) {
                for (double v : new double[] {r.muStar().value(), r.muStar().high(), r.mu(), r.sigma()}) {
                    if (Double.isFinite(v)) {
                        largest = Math.max(largest, Math.abs(v));
                    }
                }
            }
        }
        if (largest == 0) {
            return SIGNIFICANT - 1;
        }
        return Math.max(0, SIGNIFICANT - 1 - (int) Math.floor(Math.log10(largest)));
    }

    /** The figure to {@code decimals} places; rounded to zero it prints as 0, never -0. NaN stays NaN. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
