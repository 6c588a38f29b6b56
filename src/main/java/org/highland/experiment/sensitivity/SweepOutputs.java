package org.highland.experiment.sensitivity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.sweep.Csv;
import org.highland.experiment.sweep.OutputOfInterest;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepRunner;

/**
 * A finished sweep folder read back: its descriptor and, per output of interest, the mean over
 * replications at each design point, the variance of that mean (s^2 / n with s the sample
 * standard deviation of the replications; NaN with fewer than two) and each replication's value
 * by replication number (NaN where missing), streamed from outputs.csv; memory outputs x points x
 * replications.
 */
public record SweepOutputs(SweepDescriptor descriptor, double[][] means, double[][] varianceOfMeans,
                           double[][][] replications) {
    /** Whether a folder holds a finished sweep. */
    public static boolean isSweep(Path folder) {
        return Files.isRegularFile(folder.resolve(SweepDescriptor.FILE)) && Files.isRegularFile(folder.resolve(SweepRunner.OUTPUTS));
    }

    public static SweepOutputs read(Path folder) throws IOException {
        SweepDescriptor d = SweepDescriptor.read(folder);
        List<OutputOfInterest> outputs = d.outputs();
        Map<String, Integer> index = new HashMap<>();
        for (int o = 0; o < outputs.size(); o++) {
            OutputOfInterest out = outputs.get(o);
            index.put(key(out.scenarioLabel(), out.metric(), out.area(), Integer.toString(out.year())), o);
        }
        int points = d.units().size();
        double[][] sum = new double[outputs.size()][points];
        double[][] sumSq = new double[outputs.size()][points];
        int[][] count = new int[outputs.size()][points];
        double[][][] replications = new double[outputs.size()][points][d.replications()];
        for (double[][] output : replications) {
            for (double[] point : output) {
                Arrays.fill(point, Double.NaN);
            }
        }
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(SweepRunner.OUTPUTS))) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> f = Csv.split(line);
                Integer o = index.get(key(f.get(2), f.get(3), f.get(4), f.get(5)));
                int p = Integer.parseInt(f.get(0));
                int r = Integer.parseInt(f.get(1));
                if (o == null || p >= points || r < 0 || r >= d.replications()) {
                    throw new IOException(folder.resolve(SweepRunner.OUTPUTS) + ": row not of this sweep: " + line);
                }
                double v = Double.parseDouble(f.get(6));
                sum[o][p] += v;
                sumSq[o][p] += v * v;
                count[o][p]++;
                replications[o][p][r] = v;
            }
        }
        double[][] varianceOfMeans = new double[outputs.size()][points];
        for (int o = 0; o < sum.length; o++) {
            for (int p = 0; p < points; p++) {
                int n = count[o][p];
                double mean = n == 0 ? Double.NaN : sum[o][p] / n;
                // max(0, .) guards the rounding of equal replications just below zero.
                varianceOfMeans[o][p] = n < 2 ? Double.NaN
                        : Math.max(0, (sumSq[o][p] - n * mean * mean) / (n - 1)) / n;
                sum[o][p] = mean;
            }
        }
        return new SweepOutputs(d, sum, varianceOfMeans, replications);
    }

    private static String key(String... parts) {
        return String.join("\u0000", Arrays.asList(parts));
    }
}
