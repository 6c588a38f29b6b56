package org.highland.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import org.highland.experiment.io.Numbers;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;

/**
 * Writes every recorded value of every replication in long format:
 * {@code replication,year,region,metric,value,unit}.
 *
 * <p>Rows are ordered by replication number, year, area (the replication's area order) and metric
 * (catalog order). Values that are NaN (not recorded for that area) are skipped.
 */
public final class ReplicationsCsvWriter {
    /** Column names, in order. */
    public static final List<String> COLUMNS =
            List.of("replication", "year", "region", "metric", "value", "unit");

    private ReplicationsCsvWriter() {
    }

    /**
     * Writes (replacing) {@code file}.
     *
     * @throws IllegalArgumentException if a value is infinite
     */
    public static void write(Path file, List<ReplicationResult> reps) throws IOException {
        List<ReplicationResult> ordered = new ArrayList<>(reps);
        // Parallel runs may finish in any order; the file must not depend on it.
        ordered.sort(Comparator.comparingInt(ReplicationResult::replication));
        try (SequenceWriter out = Csv.open(file, COLUMNS)) {
            for (ReplicationResult rep : ordered) {
                write(out, rep);
            }
        }
    }

    /**
     * Opens {@code file} for replications written one at a time as they finish, so a run need not
     * hold them all; the caller passes them in replication order.
     */
    public static Appender open(Path file) throws IOException {
        return new Appender(Csv.open(file, COLUMNS));
    }

    /** Writes replications one by one; close it to flush. */
    public static final class Appender implements Closeable {
        private final SequenceWriter out;

        private Appender(SequenceWriter out) {
            this.out = out;
        }

        public void write(ReplicationResult rep) throws IOException {
            ReplicationsCsvWriter.write(out, rep);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static void write(SequenceWriter out, ReplicationResult rep) throws IOException {
        String replication = Integer.toString(rep.replication());
        List<Metric> metrics = rep.metrics();
        List<String> areas = rep.areas();
        for (int year = rep.firstYear(); year <= rep.lastYear(); year++) {
            String yearText = Integer.toString(year);
            for (int a = 0; a < areas.size(); a++) {
                for (int m = 0; m < metrics.size(); m++) {
                    double v = rep.value(m, a, year);
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    Metric metric = metrics.get(m);
                    if (Double.isInfinite(v)) {
                        // Fail with the coordinates: an infinite value is a model bug to find.
                        throw new IllegalArgumentException("Replication " + replication + ": "
                                + metric.name() + " for " + areas.get(a) + " in " + year
                                + " is " + v);
                    }
                    out.write(new String[] {replication, yearText, areas.get(a), metric.name(),
                            Numbers.format(v), metric.unit()});
                }
            }
        }
    }
}
