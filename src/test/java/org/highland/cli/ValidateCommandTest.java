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
import java.util.Locale;
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
                "--end", "2024", "--out", out.toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        List<String> lines = Files.readAllLines(out.resolve("validation.csv"));
        assertEquals(String.join(",", ValidationCsvWriter.COLUMNS), lines.get(0));
        List<Target> modelled = Targets.modelled(Targets.load());
        assertEquals(modelled.size() + 1, lines.size());
        // The within column follows from the row's own numbers; the summary counts it per basis.
        List<String> columns = ValidationCsvWriter.COLUMNS;
        for (Basis basis : Basis.values()) {
            long n = modelled.stream().filter(t -> t.basis() == basis).count();
            long within = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (!f[columns.indexOf("basis")].equals(basis.toString())) {
                    continue;
                }
                boolean expected = within(f[columns.indexOf("relation")], f[columns.indexOf("sim_mean")],
                        Double.parseDouble(f[columns.indexOf("target")]),
                        Double.parseDouble(f[columns.indexOf("tolerance")]));
                assertEquals(Boolean.toString(expected), f[columns.indexOf("within")], line);
                within += expected ? 1 : 0;
            }
            String line = String.format(Locale.ROOT, "%-15s%d of %d within tolerance", basis + ":", within, n);
            assertTrue(o.out().contains(line), line + "\n" + o.out());
        }
        assertTrue(o.out().contains("(a check of the solver, not of the model)"), o.out());
        assertTrue(o.out().contains("headline *:    ") && o.out().contains(" of 6 within tolerance"), o.out());
        assertTrue(o.out().contains("warning: scale 0.020 with 2 replications"),
                o.out());
        for (String f : List.of("manifest.json", "scenario.resolved.yaml", "replications.csv", "summary.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
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
        assertTrue(o.err().contains("--end 2018: the targets run to 2024, so the later ones could not be judged. Fix:"
                + " pass --end 2024 or later, or leave out --end (the scenario runs to 2035)."), o.err());
        assertFalse(Files.exists(out.resolve("validation.csv")));
    }

    @Test
    void anEarlyEndFromTheScenarioIsNamedAsTimeEndYearNotAsEnd() throws IOException {
        Outcome set = execute("validate", BASELINE, "--scale", "0.02", "--set", "time.endYear=2021", "--replications", "1",
                "--out", dir.resolve("set").toString());
        assertEquals(ExitCodes.BAD_INPUT, set.code());
        assertTrue(set.err().contains("--set time.endYear=2021: the run ends in 2021 (time.endYear), but the targets run"
                + " to 2024, so the later ones could not be judged. Fix: pass --end 2024 or later, or set time.endYear to"
                + " 2024 or later."), set.err());
        Path early = Files.writeString(dir.resolve("early.yaml"), "extends: " + Path.of(BASELINE).toAbsolutePath()
                + "\nname: early\ntime: {endYear: 2020}\n");
        Outcome file = execute("validate", early.toString(), "--scale", "0.02", "--replications", "1",
                "--out", dir.resolve("file").toString());
        assertEquals(ExitCodes.BAD_INPUT, file.code());
        assertTrue(file.err().contains(early + ": the run ends in 2020 (time.endYear), but the targets run to 2024,"), file.err());
        assertTrue(file.err().contains("Fix: pass --end 2024 or later, or set time.endYear to 2024 or later in the"
                + " scenario."), file.err());
        Outcome both = execute("validate", early.toString(), "--scale", "0.02", "--end", "2022", "--replications", "1",
                "--out", dir.resolve("both").toString());
        assertTrue(both.err().contains("--end 2022: the targets run to 2024, so the later ones could not be judged. Fix:"
                + " pass --end 2024 or later."), "leaving out --end would not help: " + both.err());
        assertFalse(set.err().contains("--end 2021") || file.err().contains("--end 2020"), "no flag the user did not pass");
        Outcome merged = execute("validate", early.toString(), "--scale", "0.02", "--set", "time={startYear: 2015}",
                "--replications", "1", "--out", dir.resolve("merged").toString());
        assertTrue(merged.err().contains(early + ": the run ends in 2020 (time.endYear)"),
                "a --set of time that leaves its endYear alone is not blamed for it: " + merged.err());
    }

    @Test
    void badInputExitsTwo() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, execute("validate", dir.resolve("missing.yaml").toString()).code());
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertEquals(ExitCodes.BAD_INPUT, execute("validate", BASELINE, "--scale", "0.02", "--end", "2021",
                "--replications", "1", "--out", full.toString()).code());
    }

    /** The relation's rule written out: |sim - t| <= tol |t| for eq/approx, one side only for ge/le. */
    private static boolean within(String relation, String simText, double target, double tol) {
        if (simText.isEmpty() || simText.equals("NaN")) {
            return false;
        }
        double sim = Double.parseDouble(simText);
        double band = tol * Math.abs(target);
        return switch (relation) {
            case "eq", "approx" -> Math.abs(sim - target) <= band + 1e-12;
            case "ge" -> sim >= target - band - 1e-12;
            case "le" -> sim <= target + band + 1e-12;
            default -> throw new AssertionError(relation);
        };
    }
}
