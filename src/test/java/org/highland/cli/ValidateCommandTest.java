package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.experiment.validation.Basis;
import org.highland.experiment.validation.Target;
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
        List<Target> modelled = Targets.modelled(Targets.load());
        assertEquals(modelled.size() + 1, lines.size());
        for (Basis basis : Basis.values()) {
            long n = modelled.stream().filter(t -> t.basis() == basis).count();
            assertTrue(o.out().contains(" of " + n + " within tolerance"), basis + ": " + o.out());
        }
        assertTrue(o.out().contains("(a check of the solver, not of the model)"), o.out());
        assertTrue(o.out().contains("headline *:    ") && o.out().contains(" of 6 within tolerance"), o.out());
        assertTrue(o.out().contains("warning: scale 0.020 with 2 replications"),
                o.out());
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "replications.csv", "summary.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> columns = ValidationCsvWriter.COLUMNS;
        String zj = lines.stream().filter(l -> l.startsWith("zj_biomed_output_2020,")).findFirst().orElseThrow();
        String[] f = zj.split(",", -1);
        assertEquals("biomedicine_industrial_output", f[columns.indexOf("metric")]);
        assertEquals("Zhejiang", f[columns.indexOf("region")]);
        assertEquals("calibrated", f[columns.indexOf("basis")]);
        assertEquals("eq", f[columns.indexOf("relation")]);
        assertEquals("true", f[columns.indexOf("headline")]);
        assertTrue(f[columns.indexOf("source")].startsWith("004_"), zj);
        assertEquals("215.1", f[columns.indexOf("target")]);
        double sim = Double.parseDouble(f[columns.indexOf("sim_mean")]);
        assertEquals((sim - 215.1) / 215.1, Double.parseDouble(f[columns.indexOf("rel_error")]), 1e-9);
        // The metric and region are those of summary.csv, so the row joins with it.
        assertTrue(Files.readAllLines(out.resolve("summary.csv")).stream()
                .anyMatch(l -> l.startsWith("biomedicine_industrial_output,Zhejiang,2020,")));
        String key = lines.stream().filter(l -> l.startsWith("zj_key_enterprises,")).findFirst().orElseThrow();
        assertEquals("enterprises", key.split(",", -1)[columns.indexOf("metric")]);
    }

    @Test
    void refusesAnEndBeforeTheLastTargetYearAndWritesNothing() {
        Path out = dir.resolve("early");
        Outcome o = execute("validate", BASELINE, "--scale", "0.02", "--end", "2018", "--replications", "1",
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains("--end 2018: the targets run to 2021"), o.err());
        assertFalse(Files.exists(out.resolve("validation.csv")));
    }

    @Test
    void badInputExitsTwo() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, execute("validate", dir.resolve("missing.yaml").toString()).code());
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertEquals(ExitCodes.BAD_INPUT, execute("validate", BASELINE, "--scale", "0.02", "--end", "2021",
                "--replications", "1", "--out", full.toString()).code());
    }
}
