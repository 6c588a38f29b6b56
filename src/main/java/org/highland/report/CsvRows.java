package org.highland.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A result CSV read back as rows of column name to text, for charts and the report. */
public final class CsvRows {
    private final List<Map<String, String>> rows;

    private CsvRows(List<Map<String, String>> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads a results CSV; a file that is not one (no header, broken quoting) is refused with its name. */
    public static CsvRows read(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema)
                .readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (JsonProcessingException e) {
            throw notResults(file, e.getOriginalMessage());
        } catch (RuntimeJsonMappingException e) {
            throw notResults(file, e.getMessage());
        }
        return new CsvRows(rows);
    }

    private static IllegalArgumentException notResults(Path file, String message) {
        String why = String.valueOf(message).lines().findFirst().orElse("");
        return new IllegalArgumentException(file + ": not a results file written by highland (" + why
                + "). Fix: rerun the command into a new folder.");
    }

    /** Rows built in memory, e.g. one table's rows under another's column names. */
    public static CsvRows of(List<Map<String, String>> rows) {
        return new CsvRows(rows);
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    /** A numeric cell; NaN when blank or missing (a ratio to zero outlay is written blank). */
    public static double number(Map<String, String> row, String column) {
        String text = row.get(column);
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}
