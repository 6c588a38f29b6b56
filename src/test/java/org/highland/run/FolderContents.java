package org.highland.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.highland.experiment.io.Hashes;

/** A results folder's files, for tests that a refused command leaves it exactly as it was. */
public final class FolderContents {
    private FolderContents() {
    }

    /** Every file below {@code folder}, hidden ones too, by relative path, with the SHA-256 of its bytes. */
    public static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.put(folder.relativize(file).toString(), Hashes.sha256(file));
            }
        }
        return all;
    }

    /** Copies the named files of {@code from} into {@code to}, created; returns {@code to}. */
    public static Path copy(Path from, Path to, String... names) throws IOException {
        Files.createDirectories(to);
        for (String name : names) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
        return to;
    }
}
