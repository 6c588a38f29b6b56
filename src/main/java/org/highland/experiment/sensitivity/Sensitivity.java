package org.highland.experiment.sensitivity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.sweep.Csv;
import org.highland.experiment.sweep.DesignMethod;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepFactor;

/**
 * Sensitivity indices of a finished sweep, per output of interest, from the replication means at
 * each point: Morris (mu*, mu, sigma) for a morris design, Sobol (S1, ST) for a sobol design;
 * ranked within each output.
 */
public final class Sensitivity {
    public static final String FILE = "sensitivity.csv";

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
        List<double[]> units = d.units();
        List<SensitivityRow> rows = new ArrayList<>();
        for (int o = 0; o < d.outputs().size(); o++) {
            String label = d.outputs().get(o).label();
            double[] y = sweep.means()[o];
            List<SensitivityRow> block = new ArrayList<>();
            if (d.method() == DesignMethod.MORRIS) {
                MorrisIndices.Result r = MorrisIndices.estimate(units, y, k, resamples, d.seed() + o);
                for (int i = 0; i < k; i++) {
                    block.add(new SensitivityRow(label, factors.get(i).path(), d.method().word(), 0, r.muStar()[i],
                            r.mu()[i], r.sigma()[i], Interval.NONE, Interval.NONE));
                }
            } else {
                SobolIndices.Result r = SobolIndices.estimate(y, k, resamples, d.seed() + o);
                for (int i = 0; i < k; i++) {
                    block.add(new SensitivityRow(label, factors.get(i).path(), d.method().word(), 0, Interval.NONE,
                            Double.NaN, Double.NaN, r.first()[i], r.total()[i]));
                }
            }
            block.sort(Comparator.comparingDouble((SensitivityRow r) -> -Math.abs(r.key())));
            for (int i = 0; i < block.size(); i++) {
                SensitivityRow r = block.get(i);
                rows.add(new SensitivityRow(r.output(), r.factor(), r.method(), i + 1, r.muStar(), r.mu(), r.sigma(),
                        r.first(), r.total()));
            }
        }
        return rows;
    }

    public static void write(Path file, List<SensitivityRow> rows) throws IOException {
        StringBuilder text = new StringBuilder(SensitivityRow.HEADER).append('\n');
        for (SensitivityRow r : rows) {
            text.append(Csv.field(r.output())).append(',').append(Csv.field(r.factor())).append(',').append(r.method())
                    .append(',').append(r.rank());
            for (double v : new double[] {r.muStar().value(), r.muStar().low(), r.muStar().high(), r.mu(), r.sigma(),
                r.first().value(), r.first().low(), r.first().high(), r.total().value(), r.total().low(), r.total().high()}) {
                text.append(',').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            text.append('\n');
        }
        Files.writeString(file, text);
    }

    /** The ranked table, {@code top} factors per output. */
    public static void print(PrintWriter out, List<SensitivityRow> rows, int top) {
        String output = null;
        for (SensitivityRow r : rows) {
            if (!r.output().equals(output)) {
                output = r.output();
                out.println();
                out.println(output);
                out.println(r.method().equals("morris") ? "  rank  mu*  [95 % interval]  mu  sigma  factor"
                        : "  rank  ST  [95 % interval]  S1  [95 % interval]  factor");
            }
            if (r.rank() > top) {
                continue;
            }
            if (r.method().equals("morris")) {
                out.printf(Locale.ROOT, "  %3d  %.4g [%.4g, %.4g]  %.4g  %.4g  %s%n", r.rank(), r.muStar().value(),
                        r.muStar().low(), r.muStar().high(), r.mu(), r.sigma(), r.factor());
            } else {
                out.printf(Locale.ROOT, "  %3d  %.3f [%.3f, %.3f]  %.3f [%.3f, %.3f]  %s%n", r.rank(), r.total().value(),
                        r.total().low(), r.total().high(), r.first().value(), r.first().low(), r.first().high(), r.factor());
            }
        }
    }
}
