package org.highland.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The drawings of a sweep folder that an analysis wrote its tables beside without redrawing:
 * tornado charts (any format, from {@code sensitivity --charts} or {@code chart}) and report.html.
 * After {@code sensitivity --overwrite} with other options they show the earlier analysis's
 * intervals and ranks beside the new tables, and nothing else in the folder says so; which
 * analysis a drawing came from is not recorded, so every drawing not redrawn is named, with the
 * commands that redraw it.
 */
final class StaleDrawings {
    /** The prefix of every tornado chart of a sweep folder (SensitivityCharts.stem). */
    private static final String TORNADO = "sensitivity_";

    private StaleDrawings() {
    }

    /** The drawings in {@code folder} not among {@code redrawn}, charts by name, then report.html. */
    static List<Path> in(Path folder, Collection<Path> redrawn) throws IOException {
        List<Path> stale = new ArrayList<>();
        Path charts = folder.resolve("charts");
        if (Files.isDirectory(charts)) {
            try (Stream<Path> files = Files.list(charts)) {
                files.filter(f -> f.getFileName().toString().startsWith(TORNADO))
                        .filter(f -> redrawn.stream().noneMatch(r -> r.getFileName().equals(f.getFileName())))
                        .sorted().forEach(stale::add);
            }
        }
        Path report = folder.resolve("report.html");
        if (Files.isRegularFile(report)) {
            stale.add(report);
        }
        return stale;
    }

    /** The warning for {@code stale} (not empty): what they show and the commands that redraw them. */
    static String warning(Path folder, List<Path> stale) {
        // The formats the stale charts were drawn in, so that the command redraws each of them.
        List<String> formats = stale.stream().map(f -> f.getFileName().toString())
                .filter(name -> !name.equals("report.html"))
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).distinct().sorted().toList();
        boolean report = stale.stream().anyMatch(f -> f.getFileName().toString().equals("report.html"));
        String named = stale.size() <= 3 ? String.join(", ", stale.stream().map(Path::toString).toList())
                : stale.get(0) + " and " + (stale.size() - 1) + " more";
        List<String> fixes = new ArrayList<>();
        if (!formats.isEmpty()) {
            fixes.add("highland chart " + folder + (formats.equals(List.of("png")) ? "" : " --format "
                    + String.join(",", formats)) + " --overwrite");
        }
        if (report) {
            fixes.add("highland report " + folder + " --overwrite");
        }
        return "warning: " + named + (stale.size() == 1 ? " was" : " were") + " not redrawn from the tables just"
                + " written: " + (stale.size() == 1 ? "it shows" : "they show") + " the analysis "
                + (stale.size() == 1 ? "it was" : "they were") + " drawn from. Fix: redraw with "
                + String.join(" and ", fixes) + ".";
    }
}
