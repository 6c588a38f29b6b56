package org.highland.experiment.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes validation.csv: one row per modelled target. {@code metric} and {@code region} are the
 * names summary.csv uses, so a row can be joined with it; {@code derived} says whether the figure
 * is that value, its growth since {@code base_year}, its ratio to {@code ref_region} or its flow
 * summed since {@code base_year} (flow_since, at most the figure {@code figure_id} names).
 * {@code status} says what the console's ok column says: {@value #WITHIN}, {@value #OUTSIDE}, or
 * {@value #NOT_SIMULATED} for a target dated after the run's last year, whose {@code within} is
 * then empty (neither a hit nor a miss) like its {@code sim_*} and {@code rel_error}.
 */
public final class ValidationCsvWriter {
    public static final List<String> COLUMNS = List.of("target_id", "figure_id", "metric", "region", "year", "derived",
            "base_year", "ref_region", "basis", "relation", "headline", "target", "unit", "sim_mean", "sim_p05",
            "sim_p95", "rel_error", "tolerance", "within", "source", "status");
    /** Status of a simulated target within its tolerance. */
    public static final String WITHIN = "within";
    /** Status of a simulated target outside its tolerance: a miss. */
    public static final String OUTSIDE = "outside";
    /** Status of a target the run did not reach (dated after its last year): no miss. */
    public static final String NOT_SIMULATED = "not_simulated";

    private ValidationCsvWriter() {
    }

    public static void write(Path file, List<ValidationRow> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter w = mapper.writerFor(String[].class)
                     .with(schema.build().withHeader().withLineSeparator("\n")).writeValues(out)) {
            for (ValidationRow r : rows) {
                Target t = r.target();
                TargetMapping m = t.mapping();
                w.write(new String[] {t.id(), m.figureId(), m.metric(), m.area(), Integer.toString(t.figure().year()),
                    m.derived().toString(), m.baseYear() > 0 ? Integer.toString(m.baseYear()) : "", m.refArea(),
                    m.basis().toString(), t.figure().relation().toString(), Boolean.toString(m.headline()),
                    number(t.figure().value()), t.figure().unit(),
                    number(r.simMean()), number(r.simP05()), number(r.simP95()), number(r.relError()),
                    number(m.tolerance()), r.simulated() ? Boolean.toString(r.within()) : "", t.figure().source(),
                    status(r)});
            }
        }
    }

    /** {@value #WITHIN}, {@value #OUTSIDE} or {@value #NOT_SIMULATED}, as the console's ok column. */
    public static String status(ValidationRow r) {
        return !r.simulated() ? NOT_SIMULATED : r.within() ? WITHIN : OUTSIDE;
    }

    /** Shortest round-trip text; empty for NaN so spreadsheets see a missing value. */
    static String number(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
