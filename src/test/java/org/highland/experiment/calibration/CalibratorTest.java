package org.highland.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** CMA-ES on problems with known answers, and the resume's exact replay. */
class CalibratorTest {
    private static final List<FreeParameter> PARAMS = List.of(
            new FreeParameter("a", -1, 1), new FreeParameter("b", 0, 10), new FreeParameter("c", 100, 3000));
    private static final double[] TRUTH = {0.3, 7.2, 1300};
    private static final double[] START = {-0.5, 2, 2500};

    /** Squared relative errors of outputs that depend on the parameters, as the model's loss does. */
    private static Function<double[], Evaluation> synthetic(AtomicInteger calls) {
        return v -> {
            calls.incrementAndGet();
            double loss = 0;
            for (int i = 0; i < v.length; i++) {
                double e = (v[i] - TRUTH[i]) / (PARAMS.get(i).max() - PARAMS.get(i).min());
                loss += e * e;
            }
            return new Evaluation(0, v, loss, 0);
        };
    }

    private static Calibrator calibrator(Function<double[], Evaluation> f, int budget) {
        return new Calibrator(PARAMS, f, new Calibrator.Settings(7, budget, 0.3, 0));
    }

    @Test
    void recoversKnownParameters() {
        Calibrator.Result r = calibrator(synthetic(new AtomicInteger()), 600).run(START, List.of(), e -> { });
        double[] best = r.best().values();
        for (int i = 0; i < TRUTH.length; i++) {
            double range = PARAMS.get(i).max() - PARAMS.get(i).min();
            assertEquals(TRUTH[i], best[i], 1e-3 * range, PARAMS.get(i).path());
        }
        assertTrue(r.evaluations().size() <= 600);
        assertEquals(1, r.evaluations().get(0).index());
        assertArrayEquals(START, r.evaluations().get(0).values(), 1e-12);
    }

    @Test
    void theStartIsEvaluatedWithExactlyTheScenariosValues() {
        // 0.007923 on [-0.08, 0.08] does not survive the trip to the unit box and back bit for bit.
        List<FreeParameter> params = List.of(new FreeParameter("shift", -0.08, 0.08), new FreeParameter("x", 100, 125));
        double[] start = {0.007923, 114.13};
        assertTrue(params.get(0).value(params.get(0).unit(start[0])) != start[0], "the premise: a lossy round trip");
        List<double[]> seen = new ArrayList<>();
        new Calibrator(params, v -> {
            seen.add(v);
            return new Evaluation(0, v, v[0] * v[0], 0);
        }, new Calibrator.Settings(7, 5, 0.3, 0)).run(start, List.of(), e -> { });
        assertEquals(start[0], seen.get(0)[0], 0.0);
        assertEquals(start[1], seen.get(0)[1], 0.0);
    }

    @Test
    void staysWithinTheBounds() {
        // The optimum lies outside the box: the search must stop at the bound, not cross it.
        Function<double[], Evaluation> f = v -> new Evaluation(0, v, Math.pow(v[0] - 5, 2) + Math.pow(v[1] - 5, 2)
                + Math.pow((v[2] - 1000) / 1000, 2), 0);
        Calibrator.Result r = calibrator(f, 300).run(START, List.of(), e -> { });
        for (Evaluation e : r.evaluations()) {
            for (int i = 0; i < PARAMS.size(); i++) {
                assertTrue(e.values()[i] >= PARAMS.get(i).min() && e.values()[i] <= PARAMS.get(i).max());
            }
        }
        assertEquals(1.0, r.best().values()[0], 1e-2);
    }

    @Test
    void aResumedSearchEndsExactlyLikeAnUninterruptedOne() {
        int budget = 80;
        Calibrator.Result whole = calibrator(synthetic(new AtomicInteger()), budget).run(START, List.of(), e -> { });

        // A search killed after 33 evaluations: its log holds what was appended before the kill.
        List<Evaluation> log = new ArrayList<>();
        AtomicInteger before = new AtomicInteger();
        Function<double[], Evaluation> killed = v -> {
            if (before.get() == 33) {
                throw new IllegalStateException("killed");
            }
            return synthetic(before).apply(v);
        };
        assertThrows(IllegalStateException.class, () -> calibrator(killed, budget).run(START, List.of(), log::add));
        assertEquals(33, log.size());

        AtomicInteger after = new AtomicInteger();
        List<Evaluation> appended = new ArrayList<>();
        Calibrator.Result resumed = calibrator(synthetic(after), budget).run(START, log, appended::add);
        assertEquals(whole.evaluations().size() - 33, after.get(), "replayed candidates are not simulated again");
        assertEquals(after.get(), appended.size());
        assertEquals(whole.evaluations().size(), resumed.evaluations().size());
        for (int i = 0; i < whole.evaluations().size(); i++) {
            assertArrayEquals(whole.evaluations().get(i).values(), resumed.evaluations().get(i).values());
            assertEquals(whole.evaluations().get(i).loss(), resumed.evaluations().get(i).loss());
        }
        assertEquals(whole.best().index(), resumed.best().index());
    }
}
