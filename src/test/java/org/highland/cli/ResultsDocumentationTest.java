package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a planner reads after {@code run} and {@code compare}: every column of every CSV file is
 * defined in results/README.md, a park only the variant has and the four-province total are
 * compared, ratios on noise are left empty with a reason, and the terminal says how much to trust
 * the figures.
 */
class ResultsDocumentationTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @TempDir
    static Path dir;
    private static CliRun run;
    private static CliRun compare;
    private static Path runOut;
    private static Path compareOut;

    @BeforeAll
    static void runAndCompare() throws IOException {
        runOut = dir.resolve("run");
        run = CliRun.highland("run", "scenarios/baseline.yaml", "--scale", "0.03", "--end", "2016",
                "--replications", "2", "--threads", "2", "--out", runOut.toString());
        Path variant = dir.resolve("add-park.yaml");
        Files.writeString(variant, """
                extends: %s
                name: add-park
                policies:
                  build: {type: park-investment, region: Zhejiang, startYear: 2015, park: Ningbo Bio Park,
                          annualBudgetMillion: 400, extraCapacityFirms: 800, investmentMillion: 1000}
                regions:
                  Zhejiang:
                    parks:
                      Ningbo Bio Park: {city: Ningbo, initialFirmShare: 0.0, initialOutputShare: 0.0, capacityFirms: 200,
                                        platforms: 0, entryWeight: 0.05, rentMillion: 0.1, growthBonus: 0.0}
                """.formatted(Path.of("scenarios/baseline.yaml").toAbsolutePath()));
        compareOut = dir.resolve("compare");
        compare = CliRun.highland("compare", "scenarios/baseline.yaml", variant.toString(), "--scale", "0.03",
                "--end", "2017", "--replications", "3", "--threads", "2", "--out", compareOut.toString());
    }

    @Test
    void everyColumnOfEveryFileWrittenIsDefinedInResultsReadme() throws IOException {
        assertEquals(0, run.exitCode, run.toString());
        assertEquals(0, compare.exitCode, compare.toString());
        Set<String> documented = new HashSet<>();
        String readme = Files.readString(Path.of("results/README.md")).replaceAll("(?s)```.*?```", "");
        Matcher m = CODE.matcher(readme);
        while (m.find()) {
            documented.addAll(Arrays.asList(m.group(1).split(",")));
        }
        Set<String> missing = new TreeSet<>();
        List<String> files = new ArrayList<>();
        for (Path folder : List.of(runOut, compareOut)) {
            try (Stream<Path> csvs = Files.list(folder)) {
                for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    files.add(csv.getFileName().toString());
                    assertTrue(documented.contains(csv.getFileName().toString()), csv.getFileName() + " is not listed");
                    for (String column : Files.readAllLines(csv).get(0).split(",")) {
                        if (!documented.contains(column)) {
                            missing.add(csv.getFileName() + ": " + column);
                        }
                    }
                }
            }
        }
        assertTrue(files.containsAll(List.of("summary.csv", "replications.csv", "comparison.csv",
                "cost_effectiveness.csv")), files.toString());
        assertEquals(Set.of(), missing, "columns not defined in results/README.md");
    }

    /**
     * The table of files in results/README.md names, for each file, the commands that write it:
     * every file of a run and a compare folder has a row naming that command, and every row that
     * names run or compare without a condition ("with --parameter-uncertainty") is in its folder.
     */
    @Test
    void theFileTableSaysWhichFilesRunAndCompareWrite() throws IOException {
        assertEquals(0, run.exitCode, run.toString());
        assertEquals(0, compare.exitCode, compare.toString());
        List<String[]> table = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("results/README.md"))) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| `") && cells.length >= 4) {
                table.add(new String[] {cells[1].strip(), cells[2].strip()});
            }
        }
        Set<String> wrong = new TreeSet<>();
        for (String command : List.of("run", "compare")) {
            Path folder = command.equals("run") ? runOut : compareOut;
            Set<String> written = new TreeSet<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    written.add(folder.relativize(file).toString().replace('\\', '/')
                            .replaceFirst("^scenarios/[^/]+\\.resolved\\.yaml$", "scenarios/<name>.resolved.yaml")
                            .replaceFirst("^scenarios/[^/]+/", "scenarios/<name>/"));
                }
            }
            String tag = "`" + command + "`";
            for (String file : written) {
                boolean listed = table.stream().anyMatch(row -> row[0].contains("`" + file + "`") && row[1].contains(tag));
                if (!listed) {
                    wrong.add(command + " writes " + file + ", not listed for it");
                }
            }
            for (String[] row : table) {
                boolean unconditional = row[1].replaceAll("`[a-z-]+`|,|and", "").isBlank();
                Matcher names = CODE.matcher(row[0]);
                if (unconditional && row[1].contains(tag) && names.find() && !written.contains(names.group(1))) {
                    wrong.add(command + " is listed as writing " + names.group(1) + ", which its folder lacks");
                }
            }
        }
        assertEquals(Set.of(), wrong, "results/README.md's table of files");
    }

    @Test
    void aParkOnlyTheVariantHasAndTheProvinceTotalAreCompared() throws IOException {
        List<String> rows = Files.readAllLines(compareOut.resolve("comparison.csv"));
        String park = rows.stream().filter(r -> r.startsWith("add-park,enterprises,Zhejiang/park:Ningbo Bio Park,2017,"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for the new park"));
        String[] f = park.split(",");
        assertEquals(0.0, Double.parseDouble(f[5]), "the base has no such park: 0 firms there");
        assertTrue(Double.parseDouble(f[6]) > 0, "the variant's park hosts firms: " + park);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("add-park,enterprises,Total,2017,")), "no Total row");
        assertFalse(rows.stream().anyMatch(r -> r.contains(",Total,") && r.contains(",percent,")),
                "percentages do not add up across provinces");
    }

    @Test
    void ratiosOnNoiseAreEmptyWithTheReason() throws IOException {
        List<String> rows = Files.readAllLines(compareOut.resolve("cost_effectiveness.csv"));
        List<String> header = List.of(rows.get(0).split(",", -1));
        int ratio = header.indexOf("output_yuan_per_yuan");
        int note = header.indexOf("ratio_note");
        int outlay = header.indexOf("extra_cumulative_outlay_million_yuan");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            assertEquals(f[ratio].isEmpty(), !f[note].isEmpty(), "a ratio or a reason, not both: " + row);
            if (f[1].equals("Zhejiang")) {
                assertTrue(Double.parseDouble(f[outlay]) > 100, row);
                assertFalse(f[ratio].isEmpty(), "Zhejiang pays for the park: " + row);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("add-park,Total,2017,")), "no Total row");
    }

    @Test
    void theTerminalSaysHowMuchToTrustTheFigures() {
        for (CliRun r : List.of(run, compare)) {
            assertTrue(r.out.contains("replications at scale 0.03 (outputs reported at full scale)"), r.out);
            assertTrue(r.out.contains("warning: indicative only"), r.out);
            assertTrue(r.out.contains("outlay M       = policy_outlay: "), r.out);
            assertFalse(r.out.matches("(?s).*[^0-9.]-0\\.0[^0-9].*"), "no -0.0: " + r.out);
        }
        // --end 2016 is before the first milestone (2020): the last year is shown instead of nothing.
        assertTrue(run.out.lines().anyMatch(l -> l.matches("Zhejiang +2016 .*")), run.out);
        String firms = run.out.lines().filter(l -> l.matches("Zhejiang +2016 .*")).findFirst().orElseThrow();
        assertTrue(firms.split("\\s+")[5].matches("\\d+"), "firms print as a whole number: " + firms);
        assertTrue(compare.out.lines().anyMatch(l -> l.matches("firms +Zhejiang .*")), compare.out);
    }
}
