package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rounds of the start-value solver, computed by hand. */
class StartValueSolverTest {
    private static final String P = "regions.Jiangsu.initialLeadingTalent";

    @Test
    void firstRoundScalesByFigureOverSimulated() {
        StartValueSolver.Start s = new StartValueSolver.Start(P, 700, "js", 1000, 1250);
        assertEquals(0.25, s.gap(), 1e-12);
        assertEquals(700 * 1000 / 1250.0, StartValueSolver.next(List.of(s)).get(P), 1e-9);
    }

    @Test
    void laterRoundsTakeASecantStepInLogs() {
        // 700 -> 1250, 500 -> 1150: elasticity ln(1150/1250) / ln(500/700) = 0.2478...
        StartValueSolver.Start before = new StartValueSolver.Start(P, 700, "js", 1000, 1250);
        StartValueSolver.Start now = new StartValueSolver.Start(P, 500, "js", 1000, 1150);
        double e = Math.log(1150 / 1250.0) / Math.log(500 / 700.0);
        double expected = 500 * Math.pow(1000 / 1150.0, 1 / e);
        assertEquals(expected, StartValueSolver.next(List.of(before), List.of(now)).get(P), 1e-9);
    }

    @Test
    void aMoveTooSmallOrAWrongSignedResponseFallsBackToBoundedSteps() {
        // 2 % move: below the secant threshold, so plain scaling.
        StartValueSolver.Start before = new StartValueSolver.Start(P, 510, "js", 1000, 1300);
        StartValueSolver.Start now = new StartValueSolver.Start(P, 500, "js", 1000, 1150);
        assertEquals(500 * 1000 / 1150.0, StartValueSolver.next(List.of(before), List.of(now)).get(P), 1e-9);
        // Fewer start talents, more simulated: negative elasticity is bounded at 0.1.
        StartValueSolver.Start up = new StartValueSolver.Start(P, 700, "js", 1000, 1100);
        StartValueSolver.Start down = new StartValueSolver.Start(P, 500, "js", 1000, 1150);
        assertEquals(500 * Math.pow(1000 / 1150.0, 1 / StartValueSolver.MIN_ELASTICITY),
                StartValueSolver.next(List.of(up), List.of(down)).get(P), 1e-9);
    }

    @Test
    void worstGapAndMissingValues() {
        List<StartValueSolver.Start> round = List.of(new StartValueSolver.Start(P, 1, "a", 100, 97),
                new StartValueSolver.Start("x", 1, "b", 100, 104));
        assertEquals(0.04, StartValueSolver.worstGap(round), 1e-12);
        List<Identities.Solved> rows = StartValueSolver.rows(Identities.load());
        assertEquals(3, rows.size(), rows.toString());
        assertThrows(IllegalArgumentException.class,
                () -> StartValueSolver.round(Targets.load(), rows, Map.of(), List.of()));
    }
}
