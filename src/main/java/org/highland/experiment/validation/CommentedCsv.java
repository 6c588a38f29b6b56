package org.highland.experiment.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * CSV tables with a header and {@code #} comment lines: the built-in identities.csv and
 * earlier-fits.csv, and calibration parameter files.
 */
public final class CommentedCsv {
    private CommentedCsv() {
    }

    /** The rows of a class-path resource, as column name to text. */
    public static List<Map<String, String>> resource(String name) {
        InputStream in = CommentedCsv.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return rows(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a table, as column name to text. */
    public static List<Map<String, String>> rows(Reader in) throws IOException {
        return numberedRows(in).stream().map(NumberedRow::columns).toList();
    }

    /** A row of a table and the line of the file it starts on (from 1, the header and comments counted). */
    public record NumberedRow(int line, Map<String, String> columns) {
    }

    /** The rows of a table with the lines they start on, for messages that name them. */
    public static List<NumberedRow> numberedRows(Reader in) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        List<NumberedRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(schema).readValues(in)) {
            while (it.hasNextValue()) {
                Map<String, String> columns = it.nextValue();
                rows.add(new NumberedRow(it.getParser().currentTokenLocation().getLineNr(), columns));
            }
        }
        return rows;
    }
}
