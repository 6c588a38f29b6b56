package org.highland.experiment.compare;

import java.util.List;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;

/** Hand-made replication results for the comparison arithmetic. */
final class Synthetic {
    static final int FIRST_YEAR = 2020;
    static final int YEARS = 3;
    static final List<String> AREAS = List.of("North", "South", "North/city:Port");
    static final List<Metric> METRICS = List.of(Metrics.POLICY_OUTLAY, Metrics.BIOMEDICINE_OUTPUT,
            Metrics.INNOVATIVE_APPROVALS, Metrics.ENTERPRISES, Metrics.LEADING_TALENT);

    private Synthetic() {
    }

    /** A value for each metric, area and year of one replication. */
    interface Values {
        double at(int metric, int area, int year);
    }

    static ReplicationResult result(int replication, List<Metric> metrics, Values values) {
        double[][][] v = new double[metrics.size()][AREAS.size()][YEARS];
        for (int m = 0; m < metrics.size(); m++) {
            for (int a = 0; a < AREAS.size(); a++) {
                for (int y = 0; y < YEARS; y++) {
                    v[m][a][y] = values.at(m, a, FIRST_YEAR + y);
                }
            }
        }
        return new ReplicationResult(replication, metrics, AREAS, FIRST_YEAR, v);
    }

    static ReplicationResult result(int replication, Values values) {
        return result(replication, METRICS, values);
    }
}
