package org.highland.report.chart;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.report.AtomicFiles;

/**
 * The files of charts in {@code <results>/charts/}: names sanitised so that no metric, area or
 * policy name can reach outside charts/, and the charts of one call written all or none, through
 * an {@link AtomicFiles} set of their own or of the call (an analysis's tables and the charts
 * drawn from them).
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
     * Writes every chart in every format into charts/, all or none: a set of its own, for a call
     * that writes nothing else.
     *
     * @return the files written, in order
     * @throws FileAlreadyExistsException if a file exists and {@code overwrite} is false; nothing written
     */
    public static List<Path> writeAll(Path chartsDir, List<NamedChart> charts, List<ChartExport.Format> formats,
                                      ChartExport.Size size, boolean overwrite) throws IOException {
        try (AtomicFiles files = AtomicFiles.open(overwrite ? AtomicFiles.Existing.REPLACE
                : AtomicFiles.Existing.REFUSE)) {
            List<Path> written = stage(files, chartsDir, charts, formats, size);
            files.commit();
            return written;
        } catch (FileAlreadyExistsException e) {
            throw e.getReason() != null ? e : exists(Path.of(e.getFile())); // drawn meanwhile by another call
        }
    }

    /**
     * Draws every chart in every format into {@code files}, to be moved into charts/ with the rest
     * of the set when it is committed (an analysis's charts with its tables). The names are checked
     * first, and with {@link AtomicFiles.Existing#REFUSE} whether any file exists, so a clash is
     * refused before anything is drawn.
     *
     * @return the files staged, in order
     * @throws FileAlreadyExistsException if a file exists and {@code files} refuses to replace it
     * @throws IllegalArgumentException   if a chart's name leaves charts/ or two charts share a file
     */
    public static List<Path> stage(AtomicFiles files, Path chartsDir, List<NamedChart> charts,
                                   List<ChartExport.Format> formats, ChartExport.Size size) throws IOException {
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
                if (files.refuses(file)) {
                    throw exists(file);
                }
            }
        }
        for (Map.Entry<Path, NamedChart> e : targets.entrySet()) {
            NamedChart c = e.getValue();
            files.stage(e.getKey(), out -> ChartExport.write(c.chart(), formatOf.get(e.getKey()), out,
                    size.scaled(c.width(), c.height())));
        }
        return List.copyOf(targets.keySet());
    }

    private static FileAlreadyExistsException exists(Path file) {
        return new FileAlreadyExistsException(file.toString(), null,
                "exists. Fix: pass --overwrite to replace it, or chart other metrics or areas");
    }
}
