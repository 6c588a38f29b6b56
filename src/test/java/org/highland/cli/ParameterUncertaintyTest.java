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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} and {@code compare} with {@code --parameter-uncertainty}: reproducible draws, paired in compare. */
class ParameterUncertaintyTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    /** Two vectors far apart, so replications that draw different ones differ visibly. */
    private Path ensemble() throws IOException {
        return Files.writeString(dir.resolve("calibration-ensemble.csv"),
                "regions.Zhejiang.entryPerYear,regions.Zhejiang.growthShift,loss\n"
                        + "700.0,-0.05,0.02\n2900.0,0.03,0.021\n");
    }

    private ValidateCommandTest.Outcome run(Path out, Path ensemble) {
        return ValidateCommandTest.execute("run", BASELINE, "--replications", "6", "--threads", "2", "--scale", "0.02",
                "--end", "2016", "--parameter-uncertainty", ensemble.toString(), "--out", out.toString());
    }

    @Test
    void theSameSeedDrawsTheSameVectorsAndTheManifestRecordsThem() throws IOException {
        Path ensemble = ensemble();
        ValidateCommandTest.Outcome a = run(dir.resolve("a"), ensemble);
        assertEquals(ExitCodes.OK, a.code(), a.err());
        assertTrue(a.out().contains("parameters: each replication drew one of the 2 parameter sets of " + ensemble
                + " (which one: " + ParameterDraws.FILE + ")"), a.out());
        assertEquals(ExitCodes.OK, run(dir.resolve("b"), ensemble).code());
        List<String> draws = Files.readAllLines(dir.resolve("a").resolve(ParameterDraws.FILE));
        assertEquals("replication,vector,regions.Zhejiang.entryPerYear,regions.Zhejiang.growthShift", draws.get(0));
        assertEquals(7, draws.size());
        assertEquals(draws, Files.readAllLines(dir.resolve("b").resolve(ParameterDraws.FILE)));
        assertEquals(Files.readAllLines(dir.resolve("a").resolve("replications.csv")),
                Files.readAllLines(dir.resolve("b").resolve("replications.csv")));
        Set<String> vectors = new HashSet<>();
        draws.stream().skip(1).forEach(l -> vectors.add(l.split(",")[1]));
        assertEquals(2, vectors.size(), "six replications draw both vectors: " + draws);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("a").resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("parameterUncertainty").get("vectors").asInt());
        assertEquals(6, manifest.get("parameterUncertainty").get("vectorByReplication").size());
        // The drawn parameters act: without them the run differs.
        ValidateCommandTest.Outcome plain = ValidateCommandTest.execute("run", BASELINE, "--replications", "6",
                "--threads", "2", "--scale", "0.02", "--end", "2016", "--out", dir.resolve("c").toString());
        assertEquals(ExitCodes.OK, plain.code(), plain.err());
        assertNotEquals(Files.readAllLines(dir.resolve("a").resolve("replications.csv")),
                Files.readAllLines(dir.resolve("c").resolve("replications.csv")));
    }

    @Test
    void aMissingEnsembleSaysThereIsNoSuchFileOnceAndWritesNothing() {
        Path missing = dir.resolve("nothere.csv");
        ValidateCommandTest.Outcome o = run(dir.resolve("m"), missing);
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--parameter-uncertainty: " + missing + ": expected a calibration ensemble, but there"
                + " is no such file. Fix: name the calibration-ensemble.csv a calibration wrote; relative paths start"
                + " from "), o.err());
        assertEquals(o.err().indexOf(missing.toString()), o.err().lastIndexOf(missing.toString()), "the path once: " + o.err());
        ValidateCommandTest.Outcome folder = run(dir.resolve("f"), dir);
        assertEquals(ExitCodes.BAD_INPUT, folder.code(), folder.err());
        assertTrue(folder.err().contains(": expected a calibration ensemble, but it cannot be read ("), folder.err());
        assertFalse(Files.exists(dir.resolve("m")) || Files.exists(dir.resolve("f")));
    }

    @Test
    void compareGivesTheBaseAndTheVariantTheSameVectorInEachReplication() throws IOException {
        // A variant identical to the base: with paired vectors every difference is exactly zero.
        Path twin = Files.writeString(dir.resolve("twin.yaml"), "extends: " + BASELINE + "\nname: twin\n");
        Path out = dir.resolve("cmp");
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("compare", BASELINE, twin.toString(),
                "--replications", "4", "--threads", "2", "--scale", "0.02", "--end", "2016",
                "--parameter-uncertainty", ensemble().toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        int p05 = CompareCommand.COMPARISON_COLUMNS.indexOf("diff_p05");
        int p95 = CompareCommand.COMPARISON_COLUMNS.indexOf("diff_p95");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertTrue(f[p05].isEmpty() || Double.parseDouble(f[p05]) == 0, line);
            assertTrue(f[p95].isEmpty() || Double.parseDouble(f[p95]) == 0, line);
        }
        assertTrue(Files.isRegularFile(out.resolve(ParameterDraws.FILE)));
    }

    /**
     * A column that is no parameter of the scenario is refused up front, named by the ensemble file
     * and the column, with its "did you mean"; not blamed on a --set the user never passed.
     */
    @Test
    void anEnsembleColumnTheScenarioLacksIsNamedByFileAndColumn() throws IOException {
        Path ensemble = Files.writeString(dir.resolve("typo.csv"),
                "firms.exitGraceMonth,regions.Zhejiang.entryPerYear,loss\n6,700.0,0.02\n6,-5,0.03\n");
        ValidateCommandTest.Outcome o = run(dir.resolve("t"), ensemble);
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--parameter-uncertainty " + ensemble + ": column 'firms.exitGraceMonth': expected"
                + " a numeric parameter path of " + BASELINE + ", but the scenario has no such parameter. Fix: did you"
                + " mean 'firms.exitGraceMonths'? Rename the column to a parameter's path, or remove it."), o.err());
        assertFalse(o.err().contains("--set"), "no --set was passed: " + o.err());
        // Beside the warnings on the baseline's policies outside the short run's years.
        assertEquals(1, o.err().strip().lines().filter(l -> !l.startsWith("warning: ")).count(),
                "checked once, before any vector is loaded: " + o.err());
        assertFalse(Files.exists(dir.resolve("t")));
    }

    /**
     * A column the scenario lacks and rows that are not well formed are refused in one report: the
     * column with its "did you mean", then each row by its line; nothing runs.
     */
    @Test
    void anEnsemblesColumnsAndRowsAreCheckedAtOnce() throws IOException {
        Path ensemble = Files.writeString(dir.resolve("both.csv"),
                "firms.exitGraceMonth,regions.Zhejiang.entryPerYear,loss\n6,700.0,0.02\n6,lots,0.03\n\n6,0.04\n");
        ValidateCommandTest.Outcome o = run(dir.resolve("b"), ensemble);
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        List<String> lines = o.err().strip().lines().filter(l -> !l.startsWith("warning: "))
                .map(l -> l.replaceFirst("^highland: ", "")).toList();
        assertEquals(3, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("--parameter-uncertainty " + ensemble + ": column 'firms.exitGraceMonth':"
                + " expected a numeric parameter path of " + BASELINE), o.err());
        assertEquals("--parameter-uncertainty: " + ensemble + ":3: not a number: For input string: \"lots\"",
                lines.get(1), o.err());
        assertEquals("--parameter-uncertainty: " + ensemble + ":5: expected 3 fields", lines.get(2), o.err());
        assertFalse(Files.exists(dir.resolve("b")));
    }

    /** A value out of its parameter's range is named by the ensemble's row and column. */
    @Test
    void anEnsembleValueOutOfRangeIsNamedByRowAndColumn() throws IOException {
        Path ensemble = Files.writeString(dir.resolve("range.csv"),
                "regions.Zhejiang.entryPerYear,loss\n-5,0.02\n-5,0.03\n");
        ValidateCommandTest.Outcome o = run(dir.resolve("r"), ensemble);
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().matches("(?s).*--parameter-uncertainty " + Pattern.quote(ensemble.toString()) + ": row [12],"
                + " column 'regions\\.Zhejiang\\.entryPerYear' \\(applied to " + Pattern.quote(BASELINE) + "\\): expected"
                + " a number in \\[0, .*got -5\\. Fix: correct that value in the ensemble, or remove the row\\..*"), o.err());
        assertFalse(o.err().contains("--set"), o.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }
}
