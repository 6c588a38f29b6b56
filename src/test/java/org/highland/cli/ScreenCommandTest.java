package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.highland.experiment.io.Hashes;
import org.highland.report.ScreeningCsvWriter;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland screen} end to end on a thinned model, through the command line. */
class ScreenCommandTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    /** A variant whose policy acts from the start, so that a short run has an effect to screen. */
    private Path variant() throws IOException {
        Path file = dir.resolve("early-support.yaml");
        Files.writeString(file, String.join("\n",
                "extends: " + BASELINE,
                "name: early-support",
                "policies:",
                "  zhejiangTrialSupport:",
                "    type: clinical-trial-support",
                "    region: Zhejiang",
                "    startYear: 2015",
                "    annualBudgetMillion: 800",
                ""));
        return file;
    }

    private CliRun screen(Path variant, Path factors, Path out) {
        return CliRun.highland("screen", BASELINE, "--variant", variant.toString(), "--parameters", factors.toString(),
                "--scale", "0.03", "--end", "2017", "--replications", "2", "--threads", "2", "--out", out.toString());
    }

    @Test
    void writesOneRowPerFactorAndOutputAndIsDeterministic() throws IOException {
        Path variant = variant();
        Path factors = dir.resolve("factors.csv");
        Files.writeString(factors, "# two factors\npath,low,high\nfirms.knownQualityShare\n"
                + "routes.innovativeDrug.stages[2].successProbability,0.45,0.7\n");
        Path first = dir.resolve("first");
        CliRun run = screen(variant, factors, first);
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("biomedicine_industrial_output:Zhejiang:2017"), run.out);
        List<String> lines = Files.readAllLines(first.resolve("screening.csv"));
        assertEquals(String.join(",", ScreeningCsvWriter.COLUMNS), lines.get(0));
        assertEquals(1 + 2 * 4, lines.size(), "2 factors x 4 default outputs (the last year, 2017)");
        for (String metric : List.of("biomedicine_industrial_output", "cumulative_innovative_drug_approvals",
                "enterprises", "biomedicine_provincial_talents")) {
            assertEquals(2, lines.stream().filter(l -> l.contains("," + metric + ":Zhejiang:2017,oat,")).count(), metric);
        }
        assertTrue(lines.get(1).startsWith("firms.knownQualityShare,biomedicine_industrial_output:Zhejiang:2017,oat,0.5,0.95,"),
                "the plausible range of the ranges file: " + lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("routes.innovativeDrug.stages[2].successProbability,")
                && l.contains(",oat,0.45,0.7,")), "an explicit range");
        assertEquals(5, Files.readAllLines(first.resolve("design.csv")).size() - 1, "OAT: 2 x 2 + 1 points");
        // The variant is an input of the screen as much as the base: its file and hash are recorded,
        // so an edit to it after the screen can be detected.
        JsonNode manifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        assertEquals(BASELINE, manifest.get("scenarioFile").asText());
        JsonNode recorded = manifest.get("variants");
        assertTrue(recorded != null && recorded.size() == 1, manifest.toString());
        assertEquals("early-support", recorded.get(0).get("name").asText());
        assertEquals(variant.toString(), recorded.get(0).get("file").asText());
        assertEquals(Hashes.sha256(variant), recorded.get(0).get("sha256").asText());

        Path second = dir.resolve("second");
        assertEquals(0, screen(variant, factors, second).exitCode);
        assertArrayEquals(Files.readAllBytes(first.resolve("screening.csv")), Files.readAllBytes(second.resolve("screening.csv")));
        assertArrayEquals(Files.readAllBytes(first.resolve("design.csv")), Files.readAllBytes(second.resolve("design.csv")));
    }

    @Test
    void aFactorWithoutARangeOrNotAParameterIsBadInputAndWritesNothing() throws IOException {
        Path variant = variant();
        Path out = dir.resolve("out");
        Path input = dir.resolve("input.csv");
        Files.writeString(input, "policies.shanghaiTrialSupport.costShare\n");
        CliRun run = screen(variant, input, out);
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("no plausible range") && run.err.contains("basis input"), run.err);
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "firms.noSuchThing\n");
        run = screen(variant, unknown, out);
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("unknown.csv:1: 'firms.noSuchThing' is a parameter of neither scenario"), run.err);
        assertFalse(Files.exists(out));
    }

    /**
     * Every --set applies to both scenarios, so one written for the variant's own policy fails on
     * the base: the message says so, and where such a change belongs.
     */
    @Test
    void aSetThatFitsOnlyTheVariantSaysItFailedOnTheBase() throws IOException {
        Path factors = Files.writeString(dir.resolve("f.csv"), "firms.discountRatePerYear\n");
        Path trial = Path.of("scenarios", "shanghai-trial-support.yaml");
        Path out = dir.resolve("out");
        CliRun run = CliRun.highland("screen", BASELINE, "--variant", trial.toString(), "--parameters",
                factors.toString(), "--set", "policies.zhejiangTrialSupport.phase3MaxMillion=50", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("--set #1 'policies.zhejiangTrialSupport.phase3MaxMillion=50'"), run.err);
        assertTrue(run.err.contains("screen applies each --set to all of them; the above arose on the base, " + BASELINE
                + ". Fix: put a change meant for one scenario into that scenario's file"), run.err);
        assertFalse(Files.exists(out));
    }

    /** A variant simulating other years than its base has no effect to screen: refused before any run. */
    @Test
    void aVariantOfOtherYearsIsRefused() throws IOException {
        Path factors = Files.writeString(dir.resolve("f.csv"), "firms.discountRatePerYear\n");
        Path later = Files.writeString(dir.resolve("later.yaml"), "extends: " + BASELINE + "\ntime: {startYear: 2016}\n");
        Path out = dir.resolve("out");
        CliRun run = screen(later, factors, out);
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains(later + ": time.startYear: expected the base's 2015"), run.err);
        Path shorter = Files.writeString(dir.resolve("shorter.yaml"), "extends: " + BASELINE + "\ntime: {endYear: 2030}\n");
        run = CliRun.highland("screen", BASELINE, "--variant", shorter.toString(), "--parameters", factors.toString(),
                "--scale", "0.03", "--replications", "1", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains(shorter + ": time.endYear: expected the base's 2035") && run.err.contains("--end"),
                run.err);
        assertFalse(Files.exists(out));
    }

    /** A negative --top printed no factor, with exit 0; it is refused before any run, as sensitivity's is. */
    @Test
    void aNegativeTopIsRefusedBeforeAnyRun() throws IOException {
        Path factors = Files.writeString(dir.resolve("f.csv"), "firms.discountRatePerYear\n");
        Path out = dir.resolve("top");
        CliRun run = CliRun.highland("screen", BASELINE, "--variant", variant().toString(), "--parameters",
                factors.toString(), "--top", "-2", "--scale", "0.03", "--end", "2017", "--replications", "1", "--out",
                out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertEquals("highland: --top -2: expected the number of factors to print per output, 0 or more. Fix: e.g."
                + " --top 3 (0 prints no factor).", run.err.strip());
        assertFalse(Files.exists(out), "nothing is written");
        CliRun sensitivity = CliRun.highland("sensitivity", dir.resolve("no-sweep").toString(), "--top", "-1");
        assertEquals(2, sensitivity.exitCode, sensitivity.toString());
        assertEquals("highland: --top -1: expected the number of factors to print per output, 0 or more. Fix: e.g."
                + " --top 10 (0 prints no factor).", sensitivity.err.strip());
    }

    @Test
    void morrisOptionsBesideAOneAtATimeScreenAreRefusedNotIgnored() throws IOException {
        Path factors = Files.writeString(dir.resolve("f.csv"), "firms.discountRatePerYear\n");
        Path out = dir.resolve("oat");
        CliRun run = CliRun.highland("screen", BASELINE, "--variant", variant().toString(), "--parameters",
                factors.toString(), "--method", "oat", "--trajectories", "3", "--scale", "0.03", "--end", "2017",
                "--replications", "1", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("--trajectories applies to --method morris only; this screen is one-at-a-time"
                + " (--method oat). Fix: add --method morris, or leave out --trajectories."), run.err);
        run = CliRun.highland("screen", BASELINE, "--variant", variant().toString(), "--parameters",
                factors.toString(), "--levels", "6", "--design-seed", "7", "--scale", "0.03", "--end", "2017",
                "--replications", "1", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("--levels, --design-seed apply to --method morris only"), "oat by default: " + run.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void misspeltOutputsAreRefusedBeforeAnythingRuns() throws IOException {
        Path factors = Files.writeString(dir.resolve("f.csv"), "firms.discountRatePerYear\n");
        Path out = dir.resolve("outputs");
        CliRun run = CliRun.highland("screen", BASELINE, "--variant", variant().toString(), "--parameters",
                factors.toString(), "--outputs", "enterprizes:Zhejaing:2040", "--scale", "0.03", "--end", "2017",
                "--replications", "2", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("got 'enterprizes'. Fix: did you mean 'enterprises'?\n"), run.err);
        assertTrue(run.err.contains("got 'Zhejaing'. Fix: did you mean 'Zhejiang'?\n"), run.err);
        assertFalse(run.err.contains("?."), "a question ends the remedy, no full stop after it: " + run.err);
        assertTrue(run.err.contains("expected a simulated year from 2015 to 2017, got 2040"), run.err);
        assertFalse(run.out.contains("runs of"), "refused before the screen's heading, nothing run: " + run.out);
        assertFalse(Files.exists(out));
    }

    /** Named twice, an output would be screened twice under one label: two columns and two charts of one name. */
    @Test
    void anOutputNamedTwiceIsRefusedBeforeAnythingRuns() throws IOException {
        Path factors = Files.writeString(dir.resolve("f.csv"), "firms.discountRatePerYear\n");
        Path out = dir.resolve("twice");
        CliRun run = CliRun.highland("screen", BASELINE, "--variant", variant().toString(), "--parameters",
                factors.toString(), "--outputs", "enterprises:Zhejiang:2017,enterprises:Jiangsu:2017,enterprises:Zhejiang:2017",
                "--scale", "0.03", "--end", "2017", "--replications", "2", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("--outputs enterprises:Zhejiang:2017: expected each output once, got it twice."
                + " Fix: name it once."), run.err);
        assertFalse(run.out.contains("runs of"), "refused before the screen's heading, nothing run: " + run.out);
        assertFalse(Files.exists(out));
    }
}
