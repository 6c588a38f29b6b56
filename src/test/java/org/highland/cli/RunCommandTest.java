package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland run}: the results folder, its four files, and what happens when it cannot be written. */
class RunCommandTest {
    private static final Path SCENARIO = Path.of("scenarios/shanghai-trial-support.yaml");
    private static final List<String> REGIONS = List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui");
    private static final List<String> REQUIRED = List.of(
            "biomedicine_industrial_output", "pharma_rd_to_operating_income", "cumulative_clinical_trials",
            "cumulative_innovative_drug_approvals", "cumulative_class3_device_approvals",
            "biomedicine_provincial_talents", "biopharma_financing_disclosed", "listed_biomedicine_companies",
            "enterprises", "hightech_enterprises", "enterprise_entries", "enterprise_exits",
            "innovative_drug_approvals", "policy_outlay");

    @TempDir
    Path dir;

    private CliRun run(Path out) {
        return run(out, 2020, 2);
    }

    private CliRun run(Path out, int end, int replications) {
        return CliRun.highland("run", SCENARIO.toString(), "--scale", "0.03", "--end", String.valueOf(end),
                "--replications", String.valueOf(replications), "--threads", "2", "--out", out.toString());
    }

    @Test
    void writesTheFourFilesForEveryRegionAndYearIntoAnEmptyOutFolder() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        CliRun run = run(out);
        assertEquals(0, run.exitCode, run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.of("manifest.json", "scenario.resolved.yaml", "replications.csv", "summary.csv"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }

        List<String> replications = Files.readAllLines(out.resolve("replications.csv"));
        assertEquals("replication,year,region,metric,value,unit", replications.get(0));
        Set<String> rows = new HashSet<>();
        for (String line : replications.subList(1, replications.size())) {
            String[] f = line.split(",");
            assertEquals(6, f.length, line);
            assertTrue(Double.isFinite(Double.parseDouble(f[4])), line);
            int year = Integer.parseInt(f[1]);
            assertTrue(year >= 2015 && year <= 2020, "year outside the run: " + line);
            rows.add(f[0] + "," + f[1] + "," + f[2] + "," + f[3]);
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("metric,region,year,unit,mean,sd,p05,p50,p95,n", summary.get(0));
        Set<String> summarised = new HashSet<>();
        for (String line : summary.subList(1, summary.size())) {
            String[] f = line.split(",");
            assertEquals(10, f.length, line);
            // A park's growth rate is undefined in a replication where the park is empty at this scale.
            boolean parkGrowth = f[0].equals("industrial_output_growth") && f[1].contains("/park:");
            assertTrue(f[9].equals("2") || parkGrowth && f[9].equals("1"), "n of " + line);
            summarised.add(f[0] + "," + f[1] + "," + f[2]);
        }
        for (String region : REGIONS) {
            for (int year = 2015; year <= 2020; year++) {
                for (String metric : REQUIRED) {
                    for (int k = 0; k < 2; k++) {
                        assertTrue(rows.contains(k + "," + year + "," + region + "," + metric),
                                "replications.csv lacks " + k + "," + year + "," + region + "," + metric);
                    }
                    assertTrue(summarised.contains(metric + "," + region + "," + year),
                            "summary.csv lacks " + metric + "," + region + "," + year);
                }
            }
        }

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("replications").asInt());
        assertEquals(2, manifest.get("threads").asInt());
        assertEquals(0.03, manifest.get("scale").asDouble());
        assertEquals(sha256(SCENARIO), manifest.get("scenarioSha256").asText());
        for (String field : List.of("highlandVersion", "gitCommit", "seed", "scenarioFile", "startTime",
                "wallTimeSeconds", "javaVersion")) {
            assertTrue(manifest.hasNonNull(field), "manifest lacks " + field);
        }

        // The resolved scenario reads back as the scenario that ran, at the scale it ran at.
        Scenario ran = Scenarios.load(SCENARIO, List.of()).withEndYear(2020)
                .withRun(manifest.get("seed").asLong(), 2).withScale(0.03);
        assertEquals(ran, Scenarios.load(out.resolve("scenario.resolved.yaml"), List.of()));
        assertTrue(run.out.contains("results: " + out), run.out);
        assertHeadlineIsTheMeanOfTheReplications(run.out, replications);
    }

    /**
     * Each number of the printed 2020 row of every region is the mean over replications of its
     * metric in replications.csv, counts rounded to whole numbers and amounts to one decimal.
     */
    private static void assertHeadlineIsTheMeanOfTheReplications(String stdout, List<String> replications) {
        List<String> metrics = List.of("biomedicine_industrial_output", "enterprises", "innovative_drug_approvals",
                "cumulative_clinical_trials", "biomedicine_provincial_talents", "biopharma_financing_disclosed",
                "policy_outlay");
        for (String region : REGIONS) {
            String line = stdout.lines().filter(l -> l.startsWith(region + " ") && l.contains(" 2020 "))
                    .findFirst().orElseThrow(() -> new AssertionError("no 2020 row for " + region + ":\n" + stdout));
            // Each cell is "mean [p05, p95]": the means are what remains without the brackets.
            String[] printed = line.replaceAll("\\[[^]]*\\]", "").trim().split("\\s+");
            assertEquals(2 + metrics.size(), printed.length, line);
            for (int m = 0; m < metrics.size(); m++) {
                double sum = 0;
                int n = 0;
                for (String row : replications.subList(1, replications.size())) {
                    String[] f = row.split(",");
                    if (f[1].equals("2020") && f[2].equals(region) && f[3].equals(metrics.get(m))) {
                        sum += Double.parseDouble(f[4]);
                        n++;
                    }
                }
                assertEquals(2, n, metrics.get(m) + " " + region);
                boolean count = !metrics.get(m).equals("biomedicine_industrial_output")
                        && !metrics.get(m).equals("biopharma_financing_disclosed") && !metrics.get(m).equals("policy_outlay");
                // Counts print whole from 100 up, with one decimal below (TerminalFigures).
                boolean whole = count && Math.abs(sum / n) >= 100;
                String expected = String.format(Locale.ROOT, whole ? "%.0f" : "%.1f", sum / n);
                assertEquals(expected.matches("-0(\\.0)?") ? expected.substring(1) : expected, printed[2 + m],
                        metrics.get(m) + " in " + region + ": " + line);
            }
        }
    }

    @Test
    void anExistingNonEmptyOutFolderIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(dir.resolve("taken"));
        Path keep = Files.writeString(out.resolve("keep.txt"), "earlier results");
        FileTime modified = Files.getLastModifiedTime(keep);
        CliRun run = run(out);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains(out.toString()), run.err);
        assertEquals(List.of(keep), list(out));
        assertEquals("earlier results", Files.readString(keep));
        assertEquals(modified, Files.getLastModifiedTime(keep));
        assertEquals(List.of(out), list(dir), "something was written beside --out");
    }

    @Test
    void anOutPathThatIsAFileIsRefused() throws IOException {
        Path out = Files.writeString(dir.resolve("file"), "x");
        CliRun run = run(out);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertEquals("x", Files.readString(out));
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void aRunInterruptedMidwayLeavesNoFolder() throws Exception {
        Path out = dir.resolve("interrupted");
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread command = new Thread(() -> result.set(run(out, 2030, 4)));
        command.start();
        waitForWorkingFolder(command);
        command.interrupt();
        command.join(60_000);
        assertFalse(command.isAlive());
        assertNotEquals(ExitCodes.OK, result.get().exitCode, result.get().toString());
        assertFalse(Files.exists(out), "an interrupted run left " + out);
        assertEquals(List.of(), list(dir), "an interrupted run left its working folder");
    }

    @Test
    void aFolderFilledByOthersDuringTheRunIsNotOverwritten() throws Exception {
        Path out = dir.resolve("contested");
        AtomicReference<CliRun> result = new AtomicReference<>();
        Thread command = new Thread(() -> result.set(run(out, 2030, 4)));
        command.start();
        waitForWorkingFolder(command);
        Files.createDirectories(out);
        Path theirs = Files.writeString(out.resolve("theirs.txt"), "someone else's");
        command.join(60_000);
        assertEquals(ExitCodes.BAD_INPUT, result.get().exitCode, result.get().toString());
        assertEquals(List.of(theirs), list(out));
        assertEquals("someone else's", Files.readString(theirs));
        assertEquals(List.of(out), list(dir), "the run left its working folder");
    }

    /** Waits until the run has created its hidden working folder in {@code dir}. */
    private void waitForWorkingFolder(Thread command) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (list(dir).stream().noneMatch(p -> p.getFileName().toString().contains(".partial"))) {
            assertTrue(command.isAlive(), "the run ended before its working folder was seen");
            assertTrue(System.nanoTime() < deadline, "no working folder appeared");
            Thread.sleep(1);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
