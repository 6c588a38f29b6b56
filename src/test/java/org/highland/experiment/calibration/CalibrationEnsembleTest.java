package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ensemble keeps the candidates within the margin, reads back exactly, and draws reproducibly. */
class CalibrationEnsembleTest {
    private static final List<FreeParameter> PARAMS = List.of(new FreeParameter("x.a", 0, 1),
            new FreeParameter("routes.genericDrug.stages[1].trialRegistrations", 0.5, 2.5));

    @TempDir
    Path dir;

    @Test
    void keepsTheDistinctCandidatesWithinTheMarginOfTheBest() throws IOException {
        List<Evaluation> log = List.of(new Evaluation(1, new double[] {0.1, 1.0}, 0.20, 0),
                new Evaluation(2, new double[] {0.2, 1.1}, 0.105, 0),
                new Evaluation(3, new double[] {0.3, 1.2}, 0.10, 0),
                new Evaluation(4, new double[] {0.3, 1.2}, 0.10, 0),
                new Evaluation(5, new double[] {0.4, 1.3}, 0.111, 0));
        List<Evaluation> kept = CalibrationEnsemble.select(log, 0.10);
        assertEquals(List.of(2, 3), kept.stream().map(Evaluation::index).toList());
        Path file = dir.resolve(CalibrationEnsemble.FILE);
        CalibrationEnsemble.write(file, PARAMS, kept);
        assertEquals("x.a,routes.genericDrug.stages[1].trialRegistrations,loss", Files.readAllLines(file).get(0));
        ParameterEnsemble e = CalibrationEnsemble.read(file);
        assertEquals(List.of("x.a", "routes.genericDrug.stages[1].trialRegistrations"), e.paths());
        assertArrayEquals(new double[] {0.2, 1.1}, e.vectors().get(0));
        assertEquals(List.of("x.a=0.3", "routes.genericDrug.stages[1].trialRegistrations=1.2"), e.sets(1));
        assertThrows(CalibrationException.class, () -> CalibrationEnsemble.select(log, -1));
    }

    /**
     * A confirmation overrules the search's ranking for what it re-scored: the chosen candidate is a
     * member whatever its search loss, one the confirmation rejected is not, and the candidates it
     * did not re-score are kept by their search loss.
     */
    @Test
    void aConfirmedCandidateIsJudgedByItsConfirmedLossAndTheChosenOneIsAlwaysKept() {
        Evaluation start = new Evaluation(1, new double[] {0.1, 1.0}, 0.20, 0);
        Evaluation luckiest = new Evaluation(2, new double[] {0.2, 1.1}, 0.10, 0);
        Evaluation close = new Evaluation(3, new double[] {0.3, 1.2}, 0.105, 0);
        Evaluation unconfirmed = new Evaluation(4, new double[] {0.4, 1.3}, 0.108, 0);
        Evaluation far = new Evaluation(5, new double[] {0.5, 1.4}, 0.30, 0);
        List<Evaluation> log = List.of(start, luckiest, close, unconfirmed, far);
        List<Confirmation> confirmed = List.of(confirmed(start, 0.0135), confirmed(close, 0.0140),
                confirmed(luckiest, 0.0324));
        assertEquals(List.of(1, 3, 4), CalibrationEnsemble.select(log, 0.10, confirmed).stream()
                .map(Evaluation::index).toList());
        assertEquals(CalibrationEnsemble.select(log, 0.10), CalibrationEnsemble.select(log, 0.10, List.of()),
                "without a confirmation, the search's losses alone");
    }

    private static Confirmation confirmed(Evaluation e, double loss) {
        return new Confirmation(e, new Evaluation(e.index(), e.values(), loss, 0));
    }

    @Test
    void drawsDependOnlyOnSeedAndReplication() {
        List<double[]> vectors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            vectors.add(new double[] {i, 1});
        }
        ParameterEnsemble e = new ParameterEnsemble(List.of("x.a", "x.b"), vectors);
        ParameterEnsemble again = new ParameterEnsemble(List.of("x.a", "x.b"), vectors);
        Set<Integer> used = new HashSet<>();
        List<Integer> first = new ArrayList<>();
        List<Integer> otherSeed = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            assertEquals(e.draw(20150101L, k), again.draw(20150101L, k));
            used.add(e.draw(20150101L, k));
            first.add(e.draw(20150101L, k));
            otherSeed.add(e.draw(20150102L, k));
        }
        assertEquals(8, used.size(), "every vector is drawn");
        assertTrue(!first.equals(otherSeed), "another seed draws otherwise");
    }

    /** Every row that is not well formed is named at once, by its line in the file (blank lines counted). */
    @Test
    void namesEveryMalformedRowByItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "x.a,x.b,loss\n1,2,0.1\n\n1,two,0.2\n1,0.3\n3,4,0.4\n");
        CalibrationEnsemble.Table table = CalibrationEnsemble.table(file);
        assertEquals(List.of(file + ":4: not a number: For input string: \"two\"", file + ":5: expected 3 fields"),
                table.problems());
        assertEquals(2, table.vectors().size());
        String m = assertThrows(CalibrationException.class, () -> CalibrationEnsemble.read(file)).getMessage();
        assertEquals(String.join("\n", table.problems()), m);
    }

    @Test
    void refusesAFileWithoutVectors() throws IOException {
        Path file = Files.writeString(dir.resolve("e.csv"), "x.a,loss\n");
        assertThrows(CalibrationException.class, () -> CalibrationEnsemble.read(file));
        Path missing = dir.resolve("missing.csv");
        String m = assertThrows(CalibrationException.class, () -> CalibrationEnsemble.read(missing)).getMessage();
        assertTrue(m.startsWith(missing + ": expected a calibration ensemble, but there is no such file. Fix: name the "
                + CalibrationEnsemble.FILE + " a calibration wrote; relative paths start from "), m);
    }

    /** A whole value goes over as a whole number, so whole-number parameters (a seed, a year) take it. */
    @Test
    void wholeValuesAreWrittenWithoutAFraction() {
        ParameterEnsemble ensemble = new ParameterEnsemble(List.of("seed", "firms.discountRatePerYear", "time.endYear"),
                List.of(new double[] {5.0, 0.1, 2030.0}));
        assertEquals(List.of("seed=5", "firms.discountRatePerYear=0.1", "time.endYear=2030"), ensemble.sets(0));
    }
}
