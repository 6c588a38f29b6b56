package org.highland.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * fsync of written files and folders before an atomic rename publishes them, so that the final
 * name never points at data still in the page cache when the machine stops.
 */
final class Durable {
    private Durable() {
    }

    /** Forces every file below {@code root}, then every folder, deepest first, to disk. */
    static void syncTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> paths = Files.walk(root)) {
            all = paths.toList();
        }
        for (Path p : all) {
            if (Files.isRegularFile(p)) {
                try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (Files.isDirectory(all.get(i))) {
                syncFolder(all.get(i));
            }
        }
    }

    /**
     * Forces a folder's entries to disk. Opening a folder for reading works on Linux and macOS; where
     * the platform refuses (Windows), the rename is still atomic and this is skipped.
     */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported for folders on this platform
        }
    }
}
