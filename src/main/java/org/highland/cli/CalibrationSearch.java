package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.calibration.CalibrationLog;
import org.highland.experiment.calibration.Calibrator;
import org.highland.experiment.calibration.Confirmation;
import org.highland.experiment.calibration.Evaluation;
import org.highland.experiment.calibration.ScenarioSimulator;
import org.highland.experiment.calibration.Scoring;
import org.highland.experiment.calibration.Simulator;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationRow;
import org.highland.run.ReplicationResult;

/**
 * The steps of a calibration that run the model: the CMA-ES search (each candidate appended to
 * the log as it is scored, after those an interrupted run logged), the confirmation of the start
 * and the best few with more replications, and the scoring of the chosen candidate against every
 * target. A kill or Ctrl-C during them says what was logged and how to resume.
 *
 * @param scenarioFile the scenario calibrated
 * @param scenarioName its name, for the progress line
 * @param sets         its --set overrides (with a left-out region's defaults)
 * @param setup        the plan and targets
 * @param options      the confirmation's settings
 * @param seed         seed of the model runs
 * @param scale        scale of the search's runs
 * @param threads      threads of each run
 * @param quiet        no progress output (--quiet)
 */
record CalibrationSearch(Path scenarioFile, String scenarioName, List<String> sets, CalibrationSetup setup, CalibrateOptions options,
                         long seed, double scale, int threads, boolean quiet) {

    /**
     * @param result    every candidate evaluated, and the search's best
     * @param best      the candidate shipped: the confirmed best, or the search's best without
     *                  confirmation
     * @param confirmed the confirmation, best first; empty with --confirm-top 0
     * @param fit       the shipped candidate against every target
     */
    record Outcome(Calibrator.Result result, Evaluation best, List<Confirmation> confirmed, List<ValidationRow> fit) {
    }

    /**
     * Refuses a resumed search that ended before candidates the interrupted one logged (a --budget
     * below the one it was started with): it would ship a candidate that calibration.csv, which
     * keeps them, shows beaten. Checked before the confirmation's runs.
     */
    private void requireEveryLoggedCandidate(List<Evaluation> logged, Calibrator.Result result, Path folder) {
        Set<List<Double>> reached = new HashSet<>();
        result.evaluations().forEach(e -> reached.add(Arrays.stream(e.values()).boxed().toList()));
        long missed = logged.stream().filter(e -> !reached.contains(Arrays.stream(e.values()).boxed().toList())).count();
        if (missed > 0) {
            throw new BadInputException("--resume: with --budget " + setup.plan().budget() + " the search ends"
                    + " before " + missed + " of the " + logged.size() + " candidates the calibration in " + folder
                    + " logged, so it would ship a candidate its calibration.csv shows beaten. Fix: resume with the"
                    + " --budget it was started with (" + CalibrationFolder.startedBudget(folder) + ") or more.");
        }
    }

    Outcome run(BackendOptions backend, double[] start, List<Evaluation> logged, Path log, Path folder, PrintWriter err) {
        AtomicInteger evaluated = new AtomicInteger(logged.size());
        int budget = setup.plan().budget();
        // Ctrl-C or kill: the log keeps every scored candidate; say so, and how to go on.
        Thread onInterrupt = new Thread(() -> System.err.printf(Locale.ROOT, "%ncalibration interrupted: %d of %d"
                + " candidates are logged in %s; continue with the same command and --resume %s (in place of"
                + " --out).%n", evaluated.get(), budget, log, folder));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (TaskBackend engine = backend.open(threads)) {
            return search(engine, start, logged, log, folder, evaluated, err);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the hook runs and tells the user how to resume.
            }
        }
    }

    private Outcome search(TaskBackend engine, double[] start, List<Evaluation> logged, Path log, Path folder,
                           AtomicInteger evaluated, PrintWriter err) {
        var plan = setup.plan();
        var params = plan.parameters();
        Experiment.Settings runs = new Experiment.Settings(scale, seed, plan.replications(), threads, engine);
        ScenarioSimulator simulator = new ScenarioSimulator(scenarioFile, sets, params, setup.endYear(), runs);
        Calibrator calibrator = new Calibrator(params, Scoring.of(simulator, setup.targets()),
                new Calibrator.Settings(plan.seed(), plan.budget(), plan.sigma(), plan.population()));
        Calibrator.Result result;
        try (ProgressReporter progress = ProgressReporter.start("calibrate " + scenarioName, plan.budget(), quiet)) {
            result = calibrator.run(start, logged, e -> {
                try {
                    CalibrationLog.append(log, e);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                evaluated.incrementAndGet();
                progress.step();
            });
        }
        requireEveryLoggedCandidate(logged, result, folder);
        Evaluation best = result.best();
        Experiment.Settings scoring = options.confirmTop > 0 ? new Experiment.Settings(options.confirmScale,
                options.confirmSeed(seed), options.confirmReplications, threads, engine) : runs;
        // Scored to the last year that may enter a loss (2021), so the held-out targets up to it
        // are judged too; later targets show as not simulated (validate scores them). The runs of
        // the confirmation are kept, so the chosen candidate is not simulated twice.
        ScenarioSimulator scorer = new ScenarioSimulator(scenarioFile, sets, params, setup.scoreYear(), scoring);
        Map<List<Double>, List<ReplicationResult>> runsOf = new HashMap<>();
        Simulator scored = values -> runsOf.computeIfAbsent(
                Arrays.stream(values).boxed().toList(), k -> scorer.simulate(values));
        List<Confirmation> confirmed = List.of();
        if (options.confirmTop > 0) {
            // --confirm-top is an upper bound: a short search may have fewer distinct candidates besides the start.
            int others = (int) Confirmation.picks(result.evaluations(), options.confirmTop).stream()
                    .filter(e -> e.index() != 1).count();
            err.printf(Locale.ROOT, "confirming %s: %s at scale %s, model seed %d%n",
                    CalibrateCommand.startAnd(others), CalibrateCommand.replications(options.confirmReplications),
                    options.confirmScale, options.confirmSeed(seed));
            confirmed = Confirmation.run(result.evaluations(), options.confirmTop, Scoring.of(scored, setup.targets()));
            best = confirmed.get(0).confirmed();
        }
        List<ValidationRow> fit = Validation.evaluate(setup.relabelled(), scored.simulate(best.values()));
        return new Outcome(result, best, confirmed, fit);
    }
}
