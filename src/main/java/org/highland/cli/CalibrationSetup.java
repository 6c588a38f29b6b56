package org.highland.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.calibration.CalibrationException;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.calibration.Holdout;
import org.highland.experiment.calibration.RowProblem;
import org.highland.experiment.calibration.ScenarioValues;
import org.highland.experiment.validation.EarlierFits;
import org.highland.experiment.validation.Identities;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * What a calibration fits and on what: the free parameters, every target labelled by the
 * hold-out, and, for a leave-one-region-out check, the left-out region's parameters taken out of
 * the search at their defaults. Refuses targets, identities and parameters that disagree. The
 * problems of the rows of the parameter file are kept until the scenario is read, and
 * {@link #start} reports them together with those of the other rows against it: one report of
 * every problem of the file, in line order.
 *
 * @param plan        the search plan, without the left-out region's parameters (but for any
 *                    without a default to transfer, which {@link #start} refuses)
 * @param held        what is held out of the loss
 * @param relabelled  every target, held-out ones labelled out of sample (or earlier fit)
 * @param targets     the targets that enter the loss
 * @param transferred the left-out region's parameters at their defaults, as also added to the
 *                    scenario's --set overrides; empty without --leave-out-region
 * @param problems    the problems of the parameter file's rows found before the scenario is read:
 *                    rows not well formed (and not in {@code plan}), and parameters solved from the
 *                    figures
 */
record CalibrationSetup(CalibrationPlan plan, Holdout held, List<Target> relabelled, List<Target> targets,
                        Map<String, Double> transferred, List<RowProblem> problems) {

    /**
     * @param sets the scenario's --set overrides: the left-out region's defaults are added to them,
     *             so the fit and the scoring both use them
     */
    static CalibrationSetup of(CalibrateOptions o, Integer replications, List<String> sets) throws IOException {
        CalibrationPlan plan;
        Holdout held;
        List<Target> relabelled;
        Map<String, Double> transferred = new LinkedHashMap<>();
        List<RowProblem> rowProblems = new ArrayList<>();
        try {
            if (o.planFile == null) {
                plan = CalibrationPlan.builtIn();
            } else {
                CalibrationPlan.Rows rows = CalibrationPlan.read(o.planFile);
                rowProblems.addAll(rows.problems());
                plan = CalibrationPlan.of(rows.parameters());
            }
            plan = plan.with(o.budget, replications, o.searchSeed);
            List<Target> all = Targets.load();
            List<Identities.Solved> solved = Identities.load();
            List<String> problems = Identities.problems(all, solved);
            problems.addAll(EarlierFits.problems(all, EarlierFits.load()));
            if (!problems.isEmpty()) {
                throw new CalibrationException("targets, identities and free parameters disagree: "
                        + String.join("; ", problems) + ". Fix: label every figure a parameter is solved from"
                        + " basis=identity, every figure an earlier fit saw (" + EarlierFits.FILE + ")"
                        + " basis=earlier_fit, and do not search a solved parameter.");
            }
            refuseSolved(plan, solved, rowProblems);
            held = Holdout.parse(o.holdout, o.fit, o.leaveOutRegion, all);
            relabelled = held.relabel(all);
            if (o.leaveOutRegion != null) {
                plan = leaveOut(plan, o.leaveOutRegion, sets, transferred, rowProblems);
            }
        } catch (CalibrationException e) {
            throw new BadInputException(e.getMessage());
        }
        o.checkConfirmationAndEnsemble();
        List<Target> targets = relabelled.stream().filter(Target::calibration).toList();
        if (targets.isEmpty()) {
            throw new BadInputException("--holdout " + o.holdout + ": no target is left to fit on. Fix: hold out less.");
        }
        if (plan.budget() < 1 || plan.replications() < 1) {
            throw new BadInputException("--budget and --replications: expected at least 1. Fix: e.g. --budget 200 --replications 4.");
        }
        return new CalibrationSetup(plan, held, relabelled, targets, transferred, List.copyOf(rowProblems));
    }

    /**
     * The scenario's values of the free parameters: the search's start.
     *
     * @throws BadInputException naming every problem of the parameter file at once, each by file
     *                           and line, in line order: those found before the scenario was read
     *                           ({@link #problems}), those of the well-formed rows against it
     *                           ({@link ScenarioValues#problems}), and a left-out region's parameter
     *                           of the scenario without a default to transfer
     */
    double[] start(Scenario scenario) {
        List<RowProblem> all = new ArrayList<>(problems);
        all.addAll(ScenarioValues.problems(scenario, plan.parameters()));
        if (held.region() != null) {
            // Still in the plan: those leaveOut found no default for (one that is no parameter of
            // the scenario either is misspelt, and ScenarioValues says so, with "did you mean").
            String prefix = "regions." + held.region() + ".";
            Set<String> known = ParameterCatalog.paths(Scenario.class, scenario);
            for (FreeParameter p : plan.parameters()) {
                if (p.path().startsWith(prefix) && known.contains(p.path())) {
                    all.add(p.problem("--leave-out-region " + held.region() + ": " + p.path()
                            + " has no default to transfer. Fix: give it a default in " + Scenarios.DEFAULTS + "."));
                }
            }
        }
        if (!all.isEmpty()) {
            throw new BadInputException(RowProblem.report(all));
        }
        return ScenarioValues.of(scenario, plan.parameters());
    }

    /**
     * Adds to {@code problems} each free parameter that is solved from the figures (an identity):
     * searching it would fit what the figures already fix.
     */
    private static void refuseSolved(CalibrationPlan plan, List<Identities.Solved> solved, List<RowProblem> problems) {
        for (FreeParameter p : plan.parameters()) {
            for (Identities.Solved s : solved) {
                if (s.parameter().equals(p.path())) {
                    problems.add(p.problem(s.parameter() + " is solved from " + String.join(" ", s.targets()) + " ("
                            + s.method() + "), not a free parameter. Fix: do not search a solved parameter; remove"
                            + " its row."));
                }
            }
        }
    }

    /** What is held out and what fitted all the same, as the targets are labelled: {@link Holdout#describe}. */
    String holdout() {
        return held.describe(relabelled);
    }

    /** The year of the last target fitted: each candidate runs to it. */
    int endYear() {
        return targets.stream().mapToInt(t -> t.figure().year()).max().orElseThrow();
    }

    /**
     * The last year that may enter a loss (2021), or the end year: the chosen candidate is scored
     * to it, so the held-out targets up to it are judged too.
     */
    int scoreYear() {
        return Targets.modelled(relabelled).stream().mapToInt(t -> t.figure().year())
                .filter(y -> y <= Target.LAST_CALIBRATION_YEAR).max().orElse(endYear());
    }

    /**
     * Leave-one-region-out: the region's own parameters would only drift with its figures out of
     * the loss, so they leave the search and take their defaults (the value with none of the
     * region's figures: e.g. growth shift 0, the sector norm), passed on as --set overrides so the
     * fit and the scoring both use them. A parameter of the region without a default stays in the
     * plan, for {@link #start} to refuse.
     */
    private static CalibrationPlan leaveOut(CalibrationPlan plan, String region, List<String> sets,
                                            Map<String, Double> transferred, List<RowProblem> problems) {
        String prefix = "regions." + region + ".";
        Map<String, Double> defaults = new LinkedHashMap<>();
        for (ParameterRow r : ParameterCatalog.list(Scenario.class, Scenarios.defaults())) {
            defaults.put(r.path(), r.number());
        }
        List<FreeParameter> kept = new ArrayList<>();
        for (FreeParameter p : plan.parameters()) {
            if (!p.path().startsWith(prefix)) {
                kept.add(p);
                continue;
            }
            Double value = defaults.get(p.path());
            if (value == null) {
                kept.add(p); // refused by start, once the scenario says whether the path is misspelt
                continue;
            }
            sets.add(p.path() + "=" + value);
            transferred.put(p.path(), value);
        }
        if (kept.isEmpty() && problems.isEmpty()) {
            throw new CalibrationException("--leave-out-region " + region + ": every searched parameter belongs to it,"
                    + " nothing is left to fit. Fix: leave out another region.");
        }
        return new CalibrationPlan(kept, plan.budget(), plan.replications(), plan.seed(), plan.sigma(),
                plan.population());
    }
}
