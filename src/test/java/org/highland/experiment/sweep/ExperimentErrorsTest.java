package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.CliRun;
import org.highland.scenario.Problem;
import org.highland.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment file with several mistakes gets all of them in one report, in the order of the
 * file's lines: mistakes of form (keys, types, ranges) together with those found against the
 * scenarios (parameter paths, metrics, areas, variant names), each with a suggestion where a
 * name is misspelt; sweep and sensitivity exit 2 and write nothing.
 */
class ExperimentErrorsTest {
    @TempDir
    Path dir;

    /** Six mistakes, of form and of meaning, the form ones not first in the file. */
    private Path sixMistakes() throws Exception {
        return SweepFixtures.write(dir, "bad.yaml", """
                base: %s
                factors:
                  - path: firms.discountRatePerYar
                  - path: capital.valueElasticity
                    range: [2, 1]
                design: {method: sobolx, size: 4}
                streams: comon
                outputs:
                  - {metric: enterprise, area: zhejiang, year: 2016}
                replicatons: 2
                """.formatted(SweepFixtures.BASELINE));
    }

    @Test
    void allMistakesOfFormAndMeaningAreReportedInLineOrderWithSuggestions() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.read(sixMistakes(), null));
        List<Problem> problems = e.problems();
        String m = e.getMessage();
        assertTrue(has(problems, 3, "factors[0].path", "did you mean 'firms.discountRatePerYear'"), m);
        assertTrue(has(problems, 5, "factors[1].range", "[low, high] with low < high, got [2,1]"), m);
        assertTrue(m.contains("Fix: swap the ends: range: [1, 2]"), m);
        assertTrue(has(problems, 6, "design.method", "did you mean 'sobol'"), m);
        assertTrue(has(problems, 7, "streams", "did you mean 'common'"), m);
        assertTrue(has(problems, 9, "outputs[0].metric", "did you mean 'enterprises'"), m);
        assertTrue(has(problems, 9, "outputs[0].area", "did you mean 'Zhejiang'"), m);
        assertTrue(has(problems, 10, "replicatons", "did you mean 'replications'"), m);
        assertEquals(7, problems.size(), m);
        for (int i = 1; i < problems.size(); i++) {
            assertTrue(problems.get(i - 1).line() <= problems.get(i).line(), "reading order:\n" + m);
        }
        for (Problem p : problems) {
            assertTrue(p.file().endsWith("bad.yaml") && p.column() > 0 && !p.expected().isBlank()
                    && !p.remedy().isBlank(), p.render());
        }
    }

    @Test
    void theCommandsExitTwoPrintEveryProblemAndWriteNothing() throws Exception {
        Path file = sixMistakes();
        for (String command : List.of("sweep", "sensitivity")) {
            Path out = dir.resolve("out-" + command);
            CliRun run = CliRun.highland(command, file.toString(), "--scale", "0.02", "--out", out.toString());
            assertEquals(2, run.exitCode, run.toString());
            for (String field : List.of("factors[0].path", "factors[1].range", "design.method", "streams",
                    "outputs[0].metric", "outputs[0].area", "replicatons")) {
                assertTrue(run.err.contains(field), command + " names " + field + ":\n" + run.err);
            }
            assertFalse(Files.exists(out), command);
        }
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "only the experiment file itself");
        }
    }

    @Test
    void aBadSetLineIsLocatedAtThatLineOnceAndAVariantThatDoesNotReadIsNotAlsoUnknown() throws Exception {
        Path variant = SweepFixtures.write(dir, "variant.yaml", "extends: " + SweepFixtures.BASELINE + "\nsede: 3\n");
        Path file = SweepFixtures.write(dir, "sets.yaml", """
                base: %s
                variants:
                  broken: %s
                set: ["firms.discountRatePerYear=abc"]
                factors: [capital.valueElasticity]
                design: {method: lhs, size: 2}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016, difference: broken}
                  - {metric: enterprises, area: Zhejiang, year: 2016, difference: brokn}
                """.formatted(SweepFixtures.BASELINE, variant));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, null));
        String m = e.getMessage();
        List<Problem> atSet = e.problems().stream().filter(p -> p.path().startsWith("set[0]")).toList();
        assertEquals(1, atSet.size(), "the set line's problem once, not once per scenario:\n" + m);
        assertEquals(4, atSet.get(0).line(), m);
        assertTrue(atSet.get(0).file().endsWith("sets.yaml"), m);
        assertTrue(has(e.problems(), 9, "outputs[1].difference", "did you mean 'broken'"), m);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("variant.yaml") && p.path().equals("sede")), m);
        assertTrue(e.problems().stream().noneMatch(p -> p.path().startsWith("outputs[0]")),
                "an output of a variant that did not read is not blamed:\n" + m);
        assertTrue(e.problems().get(0).file().endsWith("sets.yaml"), "the experiment file's problems first:\n" + m);
    }

    @Test
    void anOutputGivenTwiceIsRefusedAtItsSecondYear() throws Exception {
        Path file = SweepFixtures.write(dir, "twice.yaml", """
                base: %s
                factors: [capital.valueElasticity]
                design: {method: lhs, size: 2}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016, years: [2016, 2017]}
                  - {metric: enterprises, area: Zhejiang, years: [2017], scenario: base}
                  - {metric: enterprises, area: Zhejiang, years: [abc, def]}
                """.formatted(SweepFixtures.BASELINE));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, null));
        String m = e.getMessage();
        assertTrue(has(e.problems(), 5, "outputs[0].years[0]",
                "each output once, 'base:enterprises:Zhejiang:2016' is already given by outputs[0].year"), m);
        assertTrue(has(e.problems(), 6, "outputs[1].years[0]", "already given by outputs[0].years[1]"), m);
        assertEquals(2, e.problems().stream().filter(p -> p.render().contains("each output once")).count(),
                "two unreadable years are not also called repeated:\n" + m);
    }

    @Test
    void yearsThatAreNoListAreRefusedNotDropped() throws Exception {
        Path file = SweepFixtures.write(dir, "years.yaml", """
                base: %s
                factors: [capital.valueElasticity]
                design: {method: lhs, size: 2}
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016, years: 2017}
                  - {metric: enterprises, area: Jiangsu, years: 2017}
                """.formatted(SweepFixtures.BASELINE));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, null));
        String m = e.getMessage();
        assertTrue(has(e.problems(), 5, "outputs[0].years", "expected a list of years, got 2017"), m);
        assertTrue(m.contains("Fix: write years: [2017], or year: 2017."), m);
        assertTrue(has(e.problems(), 6, "outputs[1].years", "expected a list of years, got 2017"), m);
        assertEquals(2, e.problems().size(), "nothing else said of them:\n" + m);
    }

    private static boolean has(List<Problem> problems, int line, String path, String text) {
        return problems.stream().anyMatch(p -> p.line() == line && p.path().equals(path) && p.render().contains(text));
    }
}
