package org.highland.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;

/**
 * Run in a child JVM with a small heap: streams many synthetic replications through
 * {@link StreamingSummary} (or, with "list", keeps them all as runs did before) and prints the
 * number of summary rows.
 */
public final class BoundedMemoryProbe {
    static final int METRICS = 30;
    static final int AREAS = 20;
    static final int YEARS = 3;

    private BoundedMemoryProbe() {
    }

    public static void main(String[] args) {
        int replications = Integer.parseInt(args[0]);
        Path spill = Path.of(args[1]);
        boolean list = args.length > 2 && args[2].equals("list");
        List<Metric> metrics = new ArrayList<>();
        for (int m = 0; m < METRICS; m++) {
            metrics.add(new Metric("m" + m, "count", false, "metric " + m));
        }
        List<String> areas = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            areas.add("area" + a);
        }
        List<ReplicationResult> kept = new ArrayList<>();
        try (StreamingSummary summary = new StreamingSummary(spill, StreamingSummary.DEFAULT_BUDGET_BYTES, replications)) {
            for (int k = 0; k < replications; k++) {
                SplittableRandom random = new SplittableRandom(k);
                double[][][] values = new double[METRICS][AREAS][YEARS];
                for (double[][] byArea : values) {
                    for (double[] byYear : byArea) {
                        for (int y = 0; y < YEARS; y++) {
                            byYear[y] = random.nextDouble();
                        }
                    }
                }
                ReplicationResult rep = new ReplicationResult(k, metrics, areas, 2015, values);
                if (list) {
                    kept.add(rep);
                } else {
                    summary.add(rep);
                }
            }
            int rows = list ? Summary.of(kept).size() : summary.rows().size();
            System.out.println("rows " + rows);
        }
    }
}
