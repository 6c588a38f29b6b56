package org.highland.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Writes {@link Manifest} as pretty-printed UTF-8 JSON. */
public final class ManifestWriter {

    private ManifestWriter() {
    }

    /** Writes (replacing) {@code file}, ending with a newline. */
    public static void write(Path file, Manifest manifest) throws IOException {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(mapper.writeValueAsString(manifest));
            out.write('\n');
        }
    }
}
