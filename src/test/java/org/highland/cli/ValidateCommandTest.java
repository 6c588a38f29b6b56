package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.experiment.validation.Targets;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland validate} end to end at a small scale. */
class ValidateCommandTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toString();

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome execute(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = HighlandCommand.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void writesOneRowPerModelledTargetAndTheRunFiles() throws IOException {
        Path out = dir.resolve("v");
        Outcome o = execute("validate", BASELINE, "--replications", "2", "--threads", "2", "--scale", "0.02",
                "--end", "2021", "--out", out.toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        List<String> lines = Files.readAllLines(out.resolve("validation.csv"));
        assertEquals(String.join(",", ValidationCsvWriter.COLUMNS), lines.get(0));
        int modelled = Targets.modelled(Targets.load()).size();
        assertEquals(modelled + 1, lines.size());
        assertTrue(o.out().contains(" of " + modelled + " targets within tolerance"), o.out());
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "replications.csv", "summary.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String zj = lines.stream().filter(l -> l.startsWith("zj_biomed_output_2020,")).findFirst().orElseThrow();
        String[] f = zj.split(",", -1);
        assertEquals("215.1", f[4]);
        double sim = Double.parseDouble(f[6]);
        assertEquals((sim - 215.1) / 215.1, Double.parseDouble(f[9]), 1e-9);
    }

    @Test
    void badInputExitsTwo() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, execute("validate", dir.resolve("missing.yaml").toString()).code());
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertEquals(ExitCodes.BAD_INPUT, execute("validate", BASELINE, "--scale", "0.02", "--end", "2016",
                "--replications", "1", "--out", full.toString()).code());
    }
}
