package org.highland.experiment.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Fits free parameters with CMA-ES (commons-math3): no gradient needed, robust to the noise of a
 * stochastic model. The search runs on the unit cube (each parameter scaled to [0, 1]) so one step
 * size suits every parameter; the budget is the stopping rule and the best candidate seen is the
 * answer.
 *
 * <p>Resuming: the optimiser's random numbers come from a fixed seed and a candidate's loss
 * depends only on the candidate (common random numbers), so a restarted search proposes the same
 * candidates in the same order. Candidates found in the log of an interrupted run (memoised by
 * their exact parameter vector) are answered from it instead of simulated again, so a resumed
 * calibration ends exactly where an uninterrupted one would.
 */
public final class Calibrator {
    private final List<FreeParameter> parameters;
    private final Function<double[], Evaluation> evaluator;
    private final Settings settings;

    /**
     * @param seed       seed of the optimiser's random numbers
     * @param budget     candidates to evaluate (replayed ones included)
     * @param sigma      initial step size on the unit cube
     * @param population candidates per generation; 0 for CMA-ES's default 4 + 3 ln(n)
     */
    public record Settings(long seed, int budget, double sigma, int population) {
    }

    /** Every evaluation in order, and the best (lowest loss, earliest on ties). */
    public record Result(List<Evaluation> evaluations, Evaluation best) {
    }

    /**
     * @param evaluator scores a candidate in real units; its {@code index} is replaced by the
     *                  candidate's position in the search
     */
    public Calibrator(List<FreeParameter> parameters, Function<double[], Evaluation> evaluator, Settings settings) {
        if (parameters.isEmpty()) {
            throw new CalibrationException("no free parameters to calibrate");
        }
        this.parameters = List.copyOf(parameters);
        this.evaluator = evaluator;
        this.settings = settings;
    }

    /**
     * Runs the search from {@code start} (real units).
     *
     * @param logged   evaluations of an interrupted run of the same search, to replay
     * @param listener told of each newly simulated (not replayed) evaluation, e.g. to log it
     */
    public Result run(double[] start, List<Evaluation> logged, Consumer<Evaluation> listener) {
        int n = parameters.size();
        double[] x0 = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = parameters.get(i).unit(start[i]);
            upper[i] = 1;
            sigma[i] = settings.sigma();
        }
        Map<List<Double>, Evaluation> memo = new HashMap<>();
        for (Evaluation e : logged) {
            memo.putIfAbsent(key(e.values()), e);
        }
        List<Evaluation> done = new ArrayList<>();
        double[] exactStart = start.clone();
        ObjectiveFunction objective = new ObjectiveFunction(point -> {
            // The start goes in exactly as the scenario has it: mapped to the unit box and back it
            // could differ in the last digit, and the model (like any chaotic simulation) would
            // then give a different run, so "the start stayed best" would compare a near copy.
            double[] values = Arrays.equals(point, x0) ? exactStart.clone() : values(point);
            Evaluation known = memo.get(key(values));
            Evaluation e;
            if (known != null) {
                e = new Evaluation(done.size() + 1, values, known.loss(), known.within());
            } else {
                Evaluation fresh = evaluator.apply(values);
                e = new Evaluation(done.size() + 1, values, fresh.loss(), fresh.within());
                memo.put(key(values), e);
                listener.accept(e);
            }
            done.add(e);
            return e.loss();
        });
        int population = settings.population() > 0 ? settings.population() : 4 + (int) (3 * Math.log(n));
        CMAESOptimizer optimizer = new CMAESOptimizer(Integer.MAX_VALUE, 0.0, true, 0, 0,
                new MersenneTwister(settings.seed()), false, null);
        try {
            optimizer.optimize(new MaxEval(Math.max(1, settings.budget())), objective, GoalType.MINIMIZE,
                    new InitialGuess(x0), new SimpleBounds(lower, upper),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
        } catch (TooManyEvaluationsException budgetSpent) {
            // The budget is the stopping rule; the best candidate so far is the answer.
        }
        return new Result(List.copyOf(done), best(done));
    }

    private double[] values(double[] point) {
        double[] v = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            // CMA-ES may step a hair outside the bounds when repairing; keep the model in range.
            v[i] = parameters.get(i).value(Math.min(1, Math.max(0, point[i])));
        }
        return v;
    }

    private static List<Double> key(double[] values) {
        List<Double> k = new ArrayList<>(values.length);
        for (double v : values) {
            k.add(v);
        }
        return k;
    }

    private static Evaluation best(List<Evaluation> all) {
        Evaluation best = null;
        for (Evaluation e : all) {
            if (best == null || e.loss() < best.loss()) {
                best = e;
            }
        }
        return best;
    }
}
