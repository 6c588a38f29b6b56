package org.highland.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.io.Numbers;

/**
 * Writes cross-replication statistics: {@code metric,region,year,unit,mean,sd,p05,p50,p95,n},
 * one line per {@link SummaryRow}, in the given order. An sd of one replication is undefined and
 * its cell empty (R and pandas read NA / NaN), never 0, which would read as "no spread".
 */
public final class SummaryCsvWriter {
    /** Column names, in order. */
    public static final List<String> COLUMNS =
            List.of("metric", "region", "year", "unit", "mean", "sd", "p05", "p50", "p95", "n");

    private SummaryCsvWriter() {
    }

    /** Writes (replacing) {@code file}. */
    public static void write(Path file, List<SummaryRow> rows) throws IOException {
        try (SequenceWriter out = Csv.open(file, COLUMNS)) {
            for (SummaryRow r : rows) {
                out.write(new String[] {r.metric(), r.area(), Integer.toString(r.year()),
                        r.unit(), Numbers.format(r.mean()), sd(r.sd()),
                        Numbers.format(r.p05()), Numbers.format(r.p50()), Numbers.format(r.p95()),
                        Integer.toString(r.n())});
            }
        }
    }

    /** The sd's cell: empty when undefined (NaN: one replication). */
    private static String sd(double sd) {
        return Double.isNaN(sd) ? "" : Numbers.format(sd);
    }
}
