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
 * replications at each design point (streamed from outputs.csv; memory outputs x points).
 */
public record SweepOutputs(SweepDescriptor descriptor, double[][] means) {
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
        int[][] count = new int[outputs.size()][points];
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(SweepRunner.OUTPUTS))) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> f = Csv.split(line);
                Integer o = index.get(key(f.get(2), f.get(3), f.get(4), f.get(5)));
                int p = Integer.parseInt(f.get(0));
                if (o == null || p >= points) {
                    throw new IOException(folder.resolve(SweepRunner.OUTPUTS) + ": row not of this sweep: " + line);
                }
                sum[o][p] += Double.parseDouble(f.get(6));
                count[o][p]++;
            }
        }
        for (int o = 0; o < sum.length; o++) {
            for (int p = 0; p < points; p++) {
                sum[o][p] = count[o][p] == 0 ? Double.NaN : sum[o][p] / count[o][p];
            }
        }
        return new SweepOutputs(d, sum);
    }

    private static String key(String... parts) {
        return String.join("\u0000", Arrays.asList(parts));
    }
}
