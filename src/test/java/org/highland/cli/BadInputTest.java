package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per kind of bad input to {@code highland run}: the exit code is 2, nothing is
 * written, and the message says where (file, line, column, field), what was expected and what to
 * do. The scenario files extend nothing: they override the built-in defaults.
 */
class BadInputTest {
    @TempDir
    Path dir;
    private Path out;

    /** Runs with {@code --scale 0.02 --end 2016} unless {@code options} give them. */
    private CliRun run(Path scenario, String... options) {
        out = dir.resolve("out");
        List<String> given = List.of(options);
        Stream<String> defaults = Stream.of("--scale", "0.02", "--end", "2016");
        if (given.contains("--scale")) {
            defaults = Stream.of("--end", "2016");
        } else if (given.contains("--end")) {
            defaults = Stream.of("--scale", "0.02");
        }
        String[] args = Stream.of(Stream.of("run", scenario.toString(), "--out", out.toString()), defaults, given.stream())
                .flatMap(s -> s).toArray(String[]::new);
        return CliRun.highland(args);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("bad.yaml"), text);
    }

    /** Runs {@code scenario} and returns its one error line, after the checks every bad input shares. */
    private String refused(Path scenario, String... options) {
        CliRun run = run(scenario, options);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertEquals("", run.out, "nothing but the error is printed");
        List<String> lines = run.err.lines().toList();
        assertEquals(1, lines.size(), run.err);
        String line = lines.get(0);
        assertTrue(line.startsWith("highland: "), line);
        assertTrue(line.contains("expected "), "says what was expected: " + line);
        return line;
    }

    @AfterEach
    void nothingWasWritten() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().allMatch(n -> n.equals("bad.yaml")), "written beside the input: " + names);
        }
    }

    @Test
    void unknownField() throws IOException {
        Path file = write("name: typo\nfirms:\n  innovationTrend: 0.1\n  shortageDelai: 0.5\n");
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ":4:3: firms.shortageDelai: expected one of: "), line);
        assertTrue(line.contains("shortageDelay"), "lists the known fields: " + line);
        assertTrue(line.contains("got unknown field 'shortageDelai'"), line);
        assertTrue(line.endsWith("Fix: did you mean 'shortageDelay'?"), line);
    }

    /**
     * Fields the model no longer has are refused with the list of the known ones: the former
     * absolute quality sigma (now firms.knownQualityShare, which the list names), and the
     * opportunities' ceiling, which went with the countdowns it bounded (opportunities arrive by
     * a hazard used up month by month), as a scenario resolved before would still set it.
     */
    @ParameterizedTest(name = "firms.{0}")
    @CsvSource({"opportunityQualitySigma, 0.8, knownQualityShare", "opportunityCeiling, 8.0, innovationTrend"})
    void aFormerFieldIsAnUnknownField(String field, String value, String listed) throws IOException {
        Path file = write("name: former\nfirms:\n  " + field + ": " + value + "\n");
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ":3:3: firms." + field + ": expected one of: "), line);
        assertTrue(line.contains(listed), "lists the known fields: " + line);
        assertTrue(line.contains("got unknown field '" + field + "'"), line);
        assertTrue(line.contains("Fix: "), line);
    }

    /** A command line picocli cannot parse gets one line in the same form, with a suggestion, not the usage text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run scenarios/baseline.yaml --scael 0.1 | highland: run: Unknown options: '--scael', '0.1'. Fix: did you mean '--scale'?",
        "run scenarios/baseline.yaml --scale abc | highland: run: Invalid value for option '--scale': 'abc' is not a double. Fix: see 'highland run --help'",
        "valdate scenarios/baseline.yaml | highland: Unmatched arguments from index 0: 'valdate', 'scenarios/baseline.yaml'. Fix: did you mean 'validate'?",
        "compare | highland: compare: Missing required parameters: 'BASE', 'VARIANT'. Fix: see 'highland compare --help'"})
    void anUnparsableCommandLineIsOneLineWithAFix(String commandLine, String start) {
        CliRun run = CliRun.highland(commandLine.split(" "));
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertEquals("", run.out);
        assertEquals(1, run.err.lines().count(), run.err);
        assertTrue(run.err.startsWith(start), run.err);
    }

    /** A file saved empty by mistake is not run as the built-in defaults under the name 'unnamed'. */
    @ParameterizedTest(name = "{index}")
    @CsvSource(delimiter = '|', value = {"''", "'# a comment only\n'", "'\n\n'", "'---\n'", "'~\n'", "'# c\n---\n# d\n'"})
    void aScenarioFileWithoutAnyFieldIsRefused(String text) throws IOException {
        Path file = write(text.replace("\\n", "\n"));
        assertEquals("highland: " + file + ": expected a scenario: top-level fields such as 'name:', 'time:' and"
                + " 'policies:', or 'extends:' a scenario file and the changes to it; got a file without any (empty, comments"
                + " only or a null document). Fix: write the scenario's fields (docs/scenarios.md), or '{}' to run the built-in"
                + " defaults.", refused(file));
    }

    @Test
    void wrongType() throws IOException {
        Path file = write("name: type\ntime:\n  startYear: 2015\n  endYear: soon\n");
        assertEquals("highland: " + file + ":4:3: time.endYear: expected a whole number, got \"soon\". "
                + "Fix: write a whole number such as 12, without decimals or quotes.", refused(file));
    }

    @Test
    void outOfRangeValue() throws IOException {
        Path file = write("""
                name: range
                policies:
                  support:
                    type: clinical-trial-support
                    region: Zhejiang
                    costShare: 1.5
                """);
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ":6:5: policies.support.costShare: expected a number in [0, 1]"),
                line);
        assertTrue(line.contains("got 1.5"), line);
        assertTrue(line.endsWith("Fix: set a value in that range."), line);
    }

    @Test
    void nationalCycleOutOfOrder() throws IOException {
        Path file = write("""
                name: cycle
                capital:
                  nationalCycle:
                    - {year: 2015, index: 1.0}
                    - {year: 2014, index: 2.0}
                """);
        String line = refused(file);
        assertTrue(line.contains("capital.nationalCycle[1].year: expected a year after the previous entry's"), line);
        assertTrue(line.endsWith("Fix: list the years in increasing order."), line);
    }

    /** A herb area cannot shrink faster than the share of it reviewed a year (TcmLandUse). */
    @Test
    void herbAreaShrinkingFasterThanItsReview() throws IOException {
        Path file = write("""
                name: herbs
                regions:
                  Anhui:
                    tcmCultivation: {areaGrowth: -0.2, landReviewShare: 0.1}
                """);
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ":4:22: regions.Anhui.tcmCultivation.areaGrowth: expected at least"
                + " -landReviewShare (-0.1)"), line);
        assertTrue(line.endsWith("Fix: raise areaGrowth or raise tcmCultivation.landReviewShare."), line);
    }

    /**
     * An experiment file given to run is one problem: it is an experiment file, and the command
     * that takes it (sensitivity for a morris or sobol design, else sweep), not one unknown field
     * per key.
     */
    @Test
    void anExperimentFileIsRefusedOnceNamingTheCommandThatTakesIt() throws IOException {
        Path shipped = Path.of("experiments", "trial-support-assumptions.yaml");
        String line = refused(shipped);
        assertTrue(line.startsWith("highland: " + shipped + ":"), line);
        assertTrue(line.contains("expected a scenario file, got an experiment file (it has base, variants, factors,"
                + " design, outputs)"), line);
        assertTrue(line.contains("Fix: run it with 'highland sensitivity " + shipped + "' (its morris indices) or"
                + " 'highland sweep " + shipped + "'"), line);
        assertTrue(line.contains("the experiment's base, " + Path.of("scenarios", "baseline.yaml")), line);
        assertTrue(!line.contains("unknown field"), line);

        Path grid = write("name: g\nbase: ../scenarios/baseline.yaml\nfactors:\n  - {path: seed, values: [1, 2]}\n"
                + "design: {method: grid, size: 2}\noutputs:\n  - {metric: enterprises, area: Zhejiang, year: 2016}\n");
        CliRun check = CliRun.highland("check", grid.toString());
        assertEquals(ExitCodes.BAD_INPUT, check.exitCode, check.toString());
        assertEquals(1, check.err.lines().count(), check.err);
        assertTrue(check.err.contains(grid + ":1:1: expected a scenario file, got an experiment file (it has base,"
                + " factors, design, outputs). Fix: run it with 'highland sweep " + grid + "', or give"), check.err);
    }

    /** A scenario with a stray experiment key is still a scenario: that key is an unknown field. */
    @Test
    void aScenarioWithAnExperimentKeyIsStillAScenario() throws IOException {
        Path file = write("name: stray\nfirms:\n  shortageDelay: 0.5\noutputs: [enterprises]\n");
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ":4:1: outputs: expected one of: ")
                && line.contains("got unknown field 'outputs'"), line);
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.yaml");
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ": expected an existing scenario file"), line);
        assertTrue(line.contains("Fix: check the path"), line);
    }

    @Test
    void malformedYaml() throws IOException {
        Path file = write("name: broken\ntime:\n  startYear: 2015\n endYear: 2030\n");
        String line = refused(file);
        assertTrue(line.startsWith("highland: " + file + ":4:2: expected well-formed YAML"), line);
        assertTrue(line.contains("Fix: check the indentation"), line);
    }

    @Test
    void malformedSetOverride() throws IOException {
        Path file = write("name: fine\n");
        String line = refused(file, "--set", "firms.innovationTrend=many");
        assertTrue(line.startsWith("highland: --set #1 'firms.innovationTrend=many':1:"), line);
        assertTrue(line.contains("firms.innovationTrend: expected a number"), line);
        assertTrue(line.contains("Fix: "), line);
    }

    @Test
    void everyBadSetOverrideIsReportedInOneRun() throws IOException {
        Path file = write("name: fine\n");
        CliRun run = run(file, "--set", "firms.exitGraceMonth=3", "--set", "seed=7",
                "--set", "firms.innovationTrend=many");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        List<String> lines = run.err.lines().toList();
        assertEquals(2, lines.size(), run.err);
        assertTrue(lines.get(0).startsWith("highland: --set #1 'firms.exitGraceMonth=3':1:7: firms.exitGraceMonth: "
                + "expected one of: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("Fix: did you mean 'exitGraceMonths'?"), lines.get(0));
        assertTrue(lines.get(1).startsWith("--set #3 'firms.innovationTrend=many':1:23: firms.innovationTrend: "
                + "expected a number"), lines.get(1));
    }

    @Test
    void scaleOfZero() throws IOException {
        Path file = write("name: fine\n");
        String line = refused(file, "--scale", "0");
        assertTrue(line.contains("--scale 0"), line);
        assertTrue(line.contains("expected a share in (0, 1]"), line);
        assertTrue(line.contains("0.05"), "suggests a value: " + line);
    }

    @Test
    void endYearBeforeTheStart() throws IOException {
        Path file = write("name: fine\n");
        String line = refused(file, "--end", "1990");
        assertEquals("highland: --end 1990: expected a year from 2015 to 2100. Fix: pass a year in that range.", line);
    }

    @Test
    void optionThatIsNotANumber() throws IOException {
        CliRun run = run(write("name: fine\n"), "--threads", "two");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains("'two'"), run.err);
    }
}
