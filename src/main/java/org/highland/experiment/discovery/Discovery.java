package org.highland.experiment.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.sweep.Csv;
import org.highland.experiment.sweep.Designs;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepFactor;
import org.highland.experiment.sweep.SweepRunner;

/**
 * Scenario discovery on a finished sweep: every task of one output (scenario, metric, area, year)
 * is a case, its factor values those of its point, and it is of interest when its value is below
 * (or above) a threshold. PRIM then finds the factor box where such cases concentrate.
 */
public final class Discovery {
    public static final String FILE = "discovery.csv";

    /** The cases of one output, and the factors; {@code min} and {@code max} of its values (NaN for none). */
    public record Cases(List<SweepFactor> factors, double[][] x, boolean[] interest, double min, double max) {
        /** How many cases are of interest. */
        public int ofInterest() {
            int n = 0;
            for (boolean b : interest) {
                n += b ? 1 : 0;
            }
            return n;
        }
    }

    private Discovery() {
    }

    public static Cases cases(Path folder, String scenario, String metric, String area, int year, double threshold,
                              boolean below) throws IOException {
        SweepDescriptor d = SweepDescriptor.read(folder);
        List<double[]> values = Designs.values(d.factors(), d.units());
        List<double[]> x = new ArrayList<>();
        List<Boolean> interest = new ArrayList<>();
        String yearText = Integer.toString(year);
        double min = Double.NaN;
        double max = Double.NaN;
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(SweepRunner.OUTPUTS))) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> f = Csv.split(line);
                if (f.get(2).equals(scenario) && f.get(3).equals(metric) && f.get(4).equals(area) && f.get(5).equals(yearText)) {
                    double v = Double.parseDouble(f.get(6));
                    min = x.isEmpty() ? v : Math.min(min, v);
                    max = x.isEmpty() ? v : Math.max(max, v);
                    x.add(values.get(Integer.parseInt(f.get(0))));
                    interest.add(below ? v < threshold : v > threshold);
                }
            }
        }
        boolean[] flags = new boolean[interest.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = interest.get(i);
        }
        return new Cases(d.factors(), x.toArray(new double[0][]), flags, min, max);
    }

    /** One row per box of the trajectory and factor: step, quality, whether selected, the factor's bounds. */
    public static void write(Writer out, List<SweepFactor> factors, List<Prim.Box> trajectory, int selected)
            throws IOException {
        StringBuilder text = new StringBuilder("step,selected,coverage,density,mass,factor,low,high,restricted\n");
        for (int s = 0; s < trajectory.size(); s++) {
            Prim.Box b = trajectory.get(s);
            for (int i = 0; i < factors.size(); i++) {
                SweepFactor f = factors.get(i);
                boolean restricted = b.low()[i] > trajectory.get(0).low()[i] || b.high()[i] < trajectory.get(0).high()[i];
                text.append(String.format(Locale.ROOT, "%d,%b,%.4f,%.4f,%.4f,%s,%s,%s,%b%n", s, s == selected, b.coverage(),
                        b.density(), b.mass(), Csv.field(f.path()), b.low()[i], b.high()[i], restricted));
            }
        }
        out.append(text);
    }
}
