package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file that validate, calibrate, solve-stocks, screen, sweep, sensitivity, discover and
 * report write is listed in results/README.md, and every column of every CSV among them is
 * defined there (run and compare are checked by {@link ResultsDocumentationTest}). Columns named
 * after the factors or parameters of a run (parameter paths, {@code effect <output>}) count as
 * documented when the README names that placeholder. bench writes no file.
 */
class EveryFileDocumentedTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final String BASELINE = "scenarios/baseline.yaml";
    private static final List<String> SMALL = List.of("--scale", "0.02", "--replications", "1", "--threads", "1");

    @TempDir
    Path dir;

    private static CliRun ok(String... args) {
        CliRun run = CliRun.highland(args);
        assertEquals(0, run.exitCode, String.join(" ", args) + "\n" + run);
        return run;
    }

    private static String[] args(List<String> head, String... tail) {
        Stream<String> all = Stream.concat(Stream.concat(head.stream(), SMALL.stream()), Stream.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void everyFileAndColumnTheCommandsWriteIsDocumented() throws IOException {
        Path validated = dir.resolve("validate");
        ok(args(List.of("validate", BASELINE), "--end", "2024", "--out", validated.toString()));
        ok("report", validated.toString());
        Path calibrated = dir.resolve("calibrate");
        ok(args(List.of("calibrate", BASELINE), "--budget", "2", "--confirm-scale", "0.02", "--confirm-replications", "1",
                "--out", calibrated.toString()));
        Path stocks = dir.resolve("stocks.yaml");
        ok(args(List.of("solve-stocks", BASELINE), "--rounds", "1", "--out", stocks.toString()));
        Path variant = Files.writeString(dir.resolve("variant.yaml"), "extends: " + Path.of(BASELINE).toAbsolutePath()
                + "\nname: variant\npolicies:\n  zhejiangTrialSupport: {type: clinical-trial-support, region: Zhejiang,"
                + " startYear: 2015, annualBudgetMillion: 800}\n");
        Path factors = Files.writeString(dir.resolve("factors.txt"), "firms.discountRatePerYear\n");
        Path screened = dir.resolve("screen");
        ok(args(List.of("screen", BASELINE, "--variant", variant.toString(), "--parameters", factors.toString()),
                "--end", "2016", "--out", screened.toString()));
        Path experiment = Files.writeString(dir.resolve("morris.yaml"), """
                base: %s
                factors: [firms.discountRatePerYear, capital.valueElasticity]
                design: {method: morris, size: 2}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(Path.of(BASELINE).toAbsolutePath()));
        Path swept = dir.resolve("sensitivity");
        ok("sensitivity", experiment.toString(), "--scale", "0.02", "--threads", "1", "--end", "2016", "--quiet",
                "--bootstrap", "20", "--out", swept.toString());
        // A threshold inside the values (discover refuses one that no case, or every case, meets).
        List<Double> values = Files.readAllLines(swept.resolve("outputs.csv")).stream().skip(1)
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).sorted().toList();
        ok("discover", swept.toString(), "--output", "enterprises", "--region", "Zhejiang", "--year", "2016",
                "--above", Double.toString(values.get(0)));

        Set<String> documented = documented();
        Set<String> missing = new TreeSet<>();
        for (Path folder : List.of(validated, calibrated, screened, swept)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    if (!documented.contains(name.replaceFirst("^scenarios/[^/]+\\.resolved\\.yaml$",
                            "scenarios/<name>.resolved.yaml"))) {
                        missing.add(folder.getFileName() + ": file " + name);
                    }
                    if (name.endsWith(".csv")) {
                        for (String column : Files.readAllLines(file).get(0).split(",")) {
                            if (!documented(column, documented)) {
                                missing.add(folder.getFileName() + ": " + name + ": " + column);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "files and columns not defined in results/README.md");
        assertTrue(Files.readString(Path.of("results/README.md")).contains("| `solve-stocks --out FILE`"),
                "solve-stocks' fragment is described");
    }

    private static Set<String> documented() throws IOException {
        Set<String> documented = new HashSet<>();
        String readme = Files.readString(Path.of("results/README.md")).replaceAll("(?s)```.*?```", "");
        Matcher m = CODE.matcher(readme);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                documented.add(part.strip());
            }
        }
        return documented;
    }

    /** A column is documented by name, or as a parameter path or an output's effect when those placeholders are. */
    private static boolean documented(String column, Set<String> documented) {
        if (documented.contains(column)) {
            return true;
        }
        if (column.matches("[a-z][A-Za-z0-9]*(\\.[^.,\\s][^.,]*)+") && documented.contains("<parameter paths>")) {
            return true;
        }
        return column.matches("(effect|se) [a-z_]+:[^:]+:\\d{4}") && documented.contains("effect <metric:area:year>")
                && documented.contains("se <metric:area:year>");
    }
}
