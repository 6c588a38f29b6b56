package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A free-parameter table is read whole: the rows that are not well formed are problems by line,
 * and the others free parameters with their lines, whose problems against a scenario are found
 * too, so that every problem of the file is reported at once.
 */
class CalibrationPlanTest {
    private static final String TABLE = "path,min,max,note\n"
            + "# a comment\n"
            + "regions.Zhejiang.growthShift,-0.08,0.04,a\n"
            + "firms.shortageDelay,0.75,0.25,b\n"
            + "firms.shortageDelai,0.25,0.75,c\n"
            + "firms.knownQualityShare,,0.9,d\n"
            + "regions.Zhejiang.growthShift,-0.1,0.1,e\n";

    @Test
    void aRowNotWellFormedIsAProblemOfItsLineAndTheOthersAreRead() throws IOException {
        CalibrationPlan.Rows rows = CalibrationPlan.parse(new StringReader(TABLE), "plan.csv");
        assertEquals(List.of("regions.Zhejiang.growthShift", "firms.shortageDelai"),
                rows.parameters().stream().map(FreeParameter::path).toList());
        assertEquals(List.of(3, 5), rows.parameters().stream().map(FreeParameter::line).toList());
        assertEquals("plan.csv:5: ", rows.parameters().get(1).where());
        assertEquals(List.of(4, 6, 7), rows.problems().stream().map(RowProblem::line).toList());
        assertEquals("plan.csv:4: firms.shortageDelay: expected min < max, got 0.75, 0.25. Fix: swap the ends:"
                + " firms.shortageDelay,0.25,0.75.", rows.problems().get(0).message());
        assertEquals("plan.csv:6: expected path,min,max,note, but column min is missing or empty. Fix: write e.g."
                + " firms.shortageDelay,0.25,0.75,why; comment lines start with #.", rows.problems().get(1).message());
        assertEquals("plan.csv:7: regions.Zhejiang.growthShift: listed twice (first on line 3). Fix: keep one row"
                + " for it.", rows.problems().get(2).message());
        String all = assertThrows(CalibrationException.class, rows::orThrow).getMessage();
        assertEquals(3, all.lines().count(), all);
    }

    /** The well-formed rows are checked against the scenario; with the others, the report is in line order. */
    @Test
    void theProblemsOfTheWellFormedRowsJoinThoseOfTheOthersInLineOrder() throws IOException {
        CalibrationPlan.Rows rows = CalibrationPlan.parse(new StringReader(TABLE), "plan.csv");
        Scenario baseline = Scenarios.load(Path.of("scenarios", "baseline.yaml"), List.of());
        List<RowProblem> against = ScenarioValues.problems(baseline, rows.parameters());
        assertEquals(List.of(new RowProblem(5, "plan.csv:5: free parameter firms.shortageDelai is not a number of the"
                + " scenario. Fix: did you mean 'firms.shortageDelay'?")), against);
        List<RowProblem> all = new ArrayList<>(rows.problems());
        all.addAll(against);
        List<String> report = RowProblem.report(all).lines().toList();
        assertEquals(List.of("plan.csv:4:", "plan.csv:5:", "plan.csv:6:", "plan.csv:7:"),
                report.stream().map(l -> l.substring(0, l.indexOf(':', "plan.csv:".length()) + 1)).toList());
    }

    /** Problems of one line keep the order they were found in. */
    @Test
    void aReportSortsByLineAndKeepsTheOrderWithinALine() {
        assertEquals("a:1\na:2 first\na:2 second\na:3", RowProblem.report(List.of(new RowProblem(3, "a:3"),
                new RowProblem(2, "a:2 first"), new RowProblem(1, "a:1"), new RowProblem(2, "a:2 second"))));
    }

    /** Only broken rows: nothing to search, but the problems say why, rather than "no free parameters". */
    @Test
    void aTableOfBrokenRowsGivesItsProblemsAndAnEmptyOneIsRefused() throws IOException {
        CalibrationPlan.Rows broken = CalibrationPlan.parse(new StringReader("path,min,max,note\nx.y,1,0,a\n"), "p.csv");
        assertTrue(broken.parameters().isEmpty());
        assertEquals(1, broken.problems().size());
        String empty = assertThrows(CalibrationException.class,
                () -> CalibrationPlan.parse(new StringReader("path,min,max,note\n# nothing\n"), "p.csv")).getMessage();
        assertEquals("p.csv: no free parameters. Fix: give one a row, path,min,max,note.", empty);
    }
}
