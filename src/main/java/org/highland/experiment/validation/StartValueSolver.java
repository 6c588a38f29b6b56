package org.highland.experiment.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.run.ReplicationResult;

/**
 * Solves start values whose growth is endogenous ({@code start_solved} rows of identities.csv):
 * the leading talent pools migrate between regions, so no closed-form back-cast reaches the 2021
 * figure. Each round runs the scenario and scales every start value by figure / mean simulated
 * value of its target; the rows are solved together because one region's pool draws on the
 * others'. The result is an identity: it says the solver closed, not that the model fits.
 */
public final class StartValueSolver {
    public static final String METHOD = "start_solved";
    static final double MIN_ELASTICITY = 0.1;
    static final double MAX_ELASTICITY = 2.0;
    /** Smallest move (in logs) an elasticity is read from: smaller moves measure the noise of the run. */
    static final double MIN_SECANT_MOVE = 0.05;

    /**
     * One start value after a round.
     *
     * @param parameter scenario path
     * @param used      the value the round ran with
     * @param target    the figure's target id
     * @param figure    the published figure
     * @param simulated mean simulated value of the target in the round
     */
    public record Start(String parameter, double used, String target, double figure, double simulated) {
        /** Relative gap of the round: simulated / figure - 1. */
        public double gap() {
            return simulated / figure - 1;
        }
    }

    private StartValueSolver() {
    }

    /** The start_solved rows of identities.csv, in order. */
    public static List<Identities.Solved> rows(List<Identities.Solved> solved) {
        List<Identities.Solved> out = new ArrayList<>();
        for (Identities.Solved s : solved) {
            if (METHOD.equals(s.method())) {
                if (s.targets().size() != 1) {
                    throw new IllegalStateException(Identities.FILE + ": " + s.parameter() + " is start_solved from "
                            + s.targets().size() + " figures; expected one");
                }
                out.add(s);
            }
        }
        return out;
    }

    /** Latest year any start_solved target is read at (0 when there are none). */
    public static int lastYear(List<Target> targets, List<Identities.Solved> rows) {
        int year = 0;
        for (Identities.Solved s : rows) {
            year = Math.max(year, target(targets, s).mapping().year());
        }
        return year;
    }

    /**
     * One round: the simulated value of each row's target under {@code used}, so the caller can
     * stop or run again with {@link #next(List, List)}.
     */
    public static List<Start> round(List<Target> targets, List<Identities.Solved> rows,
                                    Map<String, ? extends Number> used, List<ReplicationResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no replications to solve the start values from");
        }
        List<Start> out = new ArrayList<>();
        for (Identities.Solved s : rows) {
            Target t = target(targets, s);
            double sum = 0;
            for (ReplicationResult r : results) {
                sum += t.mapping().derived().compute(r, t.mapping());
            }
            Number value = used.get(s.parameter());
            if (value == null) {
                throw new IllegalArgumentException("no start value for " + s.parameter());
            }
            out.add(new Start(s.parameter(), value.doubleValue(), t.id(), t.figure().value(), sum / results.size()));
        }
        return out;
    }

    /** The values for the next round after the first: proportional scaling. */
    public static Map<String, Double> next(List<Start> round) {
        return next(List.of(), round);
    }

    /**
     * The values for the next round: a secant step in logs from the previous round where both
     * rounds moved the value, else proportional scaling.
     */
    public static Map<String, Double> next(List<Start> previous, List<Start> round) {
        Map<String, Start> before = new LinkedHashMap<>();
        for (Start s : previous) {
            before.put(s.parameter(), s);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Start s : round) {
            double elasticity = 1;
            Start b = before.get(s.parameter());
            if (b != null && b.used() > 0 && s.used() > 0 && b.simulated() > 0 && s.simulated() > 0
                    && Math.abs(Math.log(s.used() / b.used())) > MIN_SECANT_MOVE) {
                elasticity = Math.log(s.simulated() / b.simulated()) / Math.log(s.used() / b.used());
                elasticity = Math.max(MIN_ELASTICITY, Math.min(MAX_ELASTICITY, elasticity));
            }
            double step = s.simulated() > 0 ? Math.pow(s.figure() / s.simulated(), 1 / elasticity) : 1;
            out.put(s.parameter(), s.used() * step);
        }
        return out;
    }

    /** Largest absolute relative gap of a round (0 for no rows). */
    public static double worstGap(List<Start> round) {
        double worst = 0;
        for (Start s : round) {
            worst = Math.max(worst, Math.abs(s.gap()));
        }
        return worst;
    }

    private static Target target(List<Target> targets, Identities.Solved s) {
        String id = s.targets().get(0);
        for (Target t : targets) {
            if (t.id().equals(id) && t.modelled()) {
                return t;
            }
        }
        throw new IllegalStateException(Identities.FILE + ": " + s.parameter() + " is solved from " + id
                + ", which is not a modelled target of " + Targets.MAPPING);
    }
}
