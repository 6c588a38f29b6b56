package org.highland.report.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes all charts of one call into {@code <results>/charts/} or none: every file is first drawn
 * into a hidden staging folder inside charts/, then moved into place; a clash or failure before the
 * last move takes back the moved ones. File names are sanitised so that no metric, area or policy
 * name can reach outside charts/.
 */
public final class ChartFiles {
    /** Longest file stem; long area lists are cut and keep a hash so names stay distinct. */
    static final int MAX_STEM = 120;

    private ChartFiles() {
    }

    /**
     * A file-name part from any text: ASCII letters, digits, {@code . _ -} kept, runs of anything else
     * become one {@code _}, no leading dot; a text that lost characters gets a short hash of the
     * original, so "杭州" and "宁波" do not both become "_".
     */
    public static String safe(String text) {
        String kept = text.replaceAll("[^A-Za-z0-9._+-]+", "_").replaceAll("^[._]+", "").replaceAll("_+$", "");
        boolean lossy = !kept.equals(text);
        if (kept.length() > MAX_STEM - 8) {
            kept = kept.substring(0, MAX_STEM - 8);
            lossy = true;
        }
        if (kept.isEmpty()) {
            kept = "chart";
        }
        return lossy && !isPlain(text) ? kept + "-" + ChartFonts.shortHash(text) : kept;
    }

    /** Spaces, slashes, colons and brackets alone lose nothing a reader needs; skip the hash then. */
    private static boolean isPlain(String text) {
        return text.length() <= MAX_STEM - 8 && text.matches("[A-Za-z0-9._ /:()&,+-]*") && !text.startsWith(".");
    }

    /** A stem from parts: metric, areas..., joined by {@code __} between kinds and {@code +} between areas. */
    public static String stem(String kind, List<String> areas) {
        List<String> parts = new ArrayList<>();
        areas.forEach(a -> parts.add(safe(a)));
        String joined = safe(kind) + (parts.isEmpty() ? "" : "__" + String.join("+", parts));
        if (joined.length() > MAX_STEM) {
            joined = joined.substring(0, MAX_STEM - 7) + "-" + ChartFonts.shortHash(joined);
        }
        return joined;
    }

    /**
     * The file a chart of this stem is written to in this format, so that a command can check,
     * before it writes anything, whether its charts would replace existing ones.
     */
    public static Path file(Path chartsDir, String stem, ChartExport.Format format) {
        return chartsDir.resolve(safe(stem) + "." + format.extension()).normalize();
    }

    /**
     * Writes every chart in every format, all or nothing.
     *
     * @return the files written, in order
     * @throws FileAlreadyExistsException if a file exists and {@code overwrite} is false; nothing written
     */
    public static List<Path> writeAll(Path chartsDir, List<NamedChart> charts, List<ChartExport.Format> formats,
                                      ChartExport.Size size, boolean overwrite) throws IOException {
        Map<Path, NamedChart> targets = new LinkedHashMap<>();
        Map<Path, ChartExport.Format> formatOf = new LinkedHashMap<>();
        Path root = chartsDir.toAbsolutePath().normalize();
        for (NamedChart c : charts) {
            for (ChartExport.Format f : formats) {
                Path file = file(root, c.stem(), f);
                if (!root.equals(file.getParent())) {
                    throw new IllegalArgumentException("chart name leaves charts/: " + c.stem());
                }
                if (targets.put(file, c) != null) {
                    throw new IllegalArgumentException("two charts of this call share the file " + file.getFileName());
                }
                formatOf.put(file, f);
                if (!overwrite && Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString(), null,
                            "exists. Fix: pass --overwrite to replace it, or chart other metrics or areas");
                }
            }
        }
        Files.createDirectories(root);
        List<Path> moved = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        // Ctrl-C or kill (SIGTERM) while charts are written or moved: the hook puts the earlier
        // charts back and removes the staging folder, so the call still leaves all or none. The
        // lock keeps the hook and the writes and moves from interleaving; once settled, neither
        // acts again. The hook is in place before the staging folder exists.
        Object lock = new Object();
        boolean[] settled = {false};
        Path[] stagingFolder = {null};
        Thread cleanup = new Thread(() -> {
            synchronized (lock) {
                if (!settled[0]) {
                    settled[0] = true;
                    if (stagingFolder[0] != null) {
                        rollBack(stagingFolder[0], moved, backups);
                    }
                }
                // Also when settled: the JVM may stop before the call's own clean-up runs.
                if (stagingFolder[0] != null) {
                    deleteQuietly(stagingFolder[0]);
                }
            }
        }, "highland-chart-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        Path staging;
        synchronized (lock) {
            try {
                staging = Files.createTempDirectory(root, ".staging-");
            } catch (IOException e) {
                removeHook(cleanup);
                throw e;
            }
            stagingFolder[0] = staging;
        }
        try {
            for (Map.Entry<Path, NamedChart> e : targets.entrySet()) {
                NamedChart c = e.getValue();
                // Under the lock too: a hook that removed the staging folder while a chart was being
                // written into it would leave that file behind in a folder made again.
                synchronized (lock) {
                    if (settled[0]) {
                        throw new IOException("interrupted before the charts were in place");
                    }
                    ChartExport.write(c.chart(), formatOf.get(e.getKey()), staging.resolve(e.getKey().getFileName()),
                            size.scaled(c.width(), c.height()));
                }
            }
            for (Path file : targets.keySet()) {
                synchronized (lock) {
                    if (settled[0]) {
                        throw new IOException("interrupted: the earlier charts were put back");
                    }
                    if (Files.exists(file)) {
                        Path backup = staging.resolve(".old-" + file.getFileName());
                        Files.move(file, backup, StandardCopyOption.ATOMIC_MOVE);
                        backups.add(file);
                    }
                    Files.move(staging.resolve(file.getFileName()), file, StandardCopyOption.ATOMIC_MOVE);
                    moved.add(file);
                }
            }
            synchronized (lock) {
                settled[0] = true;
            }
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                if (!settled[0]) {
                    settled[0] = true;
                    rollBack(staging, moved, backups);
                }
            }
            throw e;
        } finally {
            synchronized (lock) {
                deleteQuietly(staging);
            }
            removeHook(cleanup);
        }
        return List.copyOf(targets.keySet());
    }

    private static void removeHook(Thread cleanup) {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already shutting down: the hook runs or has run
        }
    }

    /**
     * Removes the staging folder (it holds files only), as far as it can: a file the system will
     * not delete now is left, not an error, since the charts themselves are settled.
     */
    private static void deleteQuietly(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException leftBehind) {
                    // see above
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException | UncheckedIOException leftBehind) {
            // see above
        }
    }

    private static void rollBack(Path staging, List<Path> moved, List<Path> backups) {
        for (Path file : moved) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the staging folder is removed below
            }
        }
        for (Path file : backups) {
            try {
                Files.move(staging.resolve(".old-" + file.getFileName()), file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the old chart could not be put back; it was being replaced anyway
            }
        }
    }
}
