package org.highland.report;

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
 * Shared CSV setup: UTF-8, header row, {@code \n} line ends, and quotes only where RFC 4180 needs
 * them (a comma, quote or line break in the field), so files diff cleanly and load anywhere.
 */
final class Csv {

    private Csv() {
    }

    /** Opens a writer of String[] rows with the given header; close it to flush. */
    static SequenceWriter open(Path file, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : columns) {
            schema.addColumn(column);
        }
        // Jackson's default quoting is loose (e.g. quotes fields with spaces); strict = minimal.
        CsvMapper mapper = CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .build();
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return mapper.writerFor(String[].class)
                    .with(schema.build().withHeader().withLineSeparator("\n"))
                    .writeValues(out);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
