package org.highland.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.experiment.io.Numbers;
import org.highland.experiment.screening.Factor;
import org.highland.experiment.screening.Output;
import org.highland.experiment.screening.PointEffect;
import org.highland.experiment.screening.ScreeningRow;

/** Writes a screen's {@code screening.csv} (one row per factor and output) and {@code design.csv}. */
public final class ScreeningCsvWriter {
    /** Columns of screening.csv, in order. */
    public static final List<String> COLUMNS = List.of("factor", "output", "method", "low", "high",
            "effect_nominal", "effect_at_low", "effect_at_high", "swing", "mu_star", "mu", "sigma", "trajectories",
            "noise_se", "above_noise", "rank", "mu_star_low", "mu_star_high");

    private ScreeningCsvWriter() {
    }

    public static void write(Path file, List<ScreeningRow> rows) throws IOException {
        try (SequenceWriter csv = Csv.open(file, COLUMNS)) {
            for (ScreeningRow r : rows) {
                csv.write(new String[] {r.factor(), r.output(), r.method(), number(r.low()), number(r.high()),
                    number(r.effectNominal()), number(r.effectAtLow()), number(r.effectAtHigh()), number(r.swing()),
                    number(r.muStar()), number(r.mu()), number(r.sigma()), Integer.toString(r.trajectories()),
                    number(r.noise()), Boolean.toString(r.aboveNoise()), Integer.toString(r.rank()),
                    number(r.muStarLow()), number(r.muStarHigh())});
            }
        }
    }

    /**
     * Every point of the design: its number, each factor's value, and the effect on each output
     * with its standard error, so that other estimators can be applied without re-running.
     */
    public static void writeDesign(Path file, List<Factor> factors, List<Output> outputs, List<double[]> points,
                                   List<PointEffect> effects) throws IOException {
        List<String> columns = new ArrayList<>();
        columns.add("point");
        factors.forEach(f -> columns.add(f.path()));
        outputs.forEach(o -> columns.add("effect " + o.label()));
        outputs.forEach(o -> columns.add("se " + o.label()));
        try (SequenceWriter csv = Csv.open(file, columns)) {
            for (int p = 0; p < points.size(); p++) {
                String[] row = new String[columns.size()];
                row[0] = Integer.toString(p);
                for (int i = 0; i < factors.size(); i++) {
                    row[1 + i] = number(points.get(p)[i]);
                }
                int at = 1 + factors.size();
                for (int o = 0; o < outputs.size(); o++) {
                    row[at + o] = number(effects.get(p).mean()[o]);
                    row[at + outputs.size() + o] = number(effects.get(p).se()[o]);
                }
                csv.write(row);
            }
        }
    }

    /** Empty where undefined (NaN): the field does not apply to the method. */
    private static String number(double d) {
        return Double.isFinite(d) ? Numbers.format(d) : "";
    }
}
