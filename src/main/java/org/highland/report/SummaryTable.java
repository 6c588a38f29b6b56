package org.highland.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.SummaryRow;

/** A results folder's summary.csv read back, so charts and reports work without re-running. */
public final class SummaryTable {
    private final List<SummaryRow> rows;

    private SummaryTable(List<SummaryRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code summary.csv} written by {@link SummaryCsvWriter}; an empty {@code sd} (one
     * replication) reads as NaN.
     */
    public static SummaryTable read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": not found. Pass a results folder written by `highland run`.");
        }
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<SummaryRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(file.toFile())) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                rows.add(new SummaryRow(r.get("metric"), r.get("region"), Integer.parseInt(r.get("year")), r.get("unit"),
                        Double.parseDouble(r.get("mean")), CsvRows.number(r, "sd"),
                        Double.parseDouble(r.get("p05")), Double.parseDouble(r.get("p50")),
                        Double.parseDouble(r.get("p95")), Integer.parseInt(r.get("n"))));
            }
        }
        return new SummaryTable(rows);
    }

    public List<SummaryRow> rows() {
        return rows;
    }

    /** Metric names in file order. */
    public Set<String> metrics() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.add(r.metric()));
        return names;
    }

    /** The rows of one metric and area, by year. */
    public List<SummaryRow> series(String metric, String area) {
        return rows.stream().filter(r -> r.metric().equals(metric) && r.area().equals(area)).toList();
    }
}
