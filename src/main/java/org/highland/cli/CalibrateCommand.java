package org.highland.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.calibration.CalibrationLog;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.Evaluation;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.calibration.Holdout;
import org.highland.experiment.io.Counts;
import org.highland.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code highland calibrate}: fits the free parameters to the calibration targets (figures up to
 * 2021 that are not identities, less those held out: by default the 2021 ones) with CMA-ES and
 * writes {@code calibration.csv} (every candidate, appended as the search goes),
 * {@code calibration-ensemble.csv} (the candidates near the best), {@code confirmation.csv} (the
 * start and the best few re-scored with more replications), {@code calibrated.yaml} (the confirmed
 * best as an overlay) and {@code validation.csv} (it against every target, held-out ones labelled
 * out_of_sample, or earlier_fit where an earlier fit saw them). {@code --resume DIR} continues a
 * killed calibration in DIR. The steps: {@link CalibrationSetup} (what is fitted on what),
 * {@link CalibrationFolder} (where, and resuming), {@link CalibrationSearch} (the runs) and
 * {@link CalibrationOutputs} (the files and the summary).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, modelTransformer = CalibrateCommand.Help.class,
        description = {"Fit the free parameters to the published figures (CMA-ES, common random numbers).",
                "By default the 2021 figures are held out (--holdout " + Holdout.DEFAULT + "): the fit uses figures up to"
                        + " 2020 and scores 2021 after the fit, except Zhejiang's 2021 approval counts and R&D intensity"
                        + " and Shanghai's 2021 financing (--fit), the only figures on those flows. Identities (targets.csv basis) never enter the loss.",
                "Each candidate runs to the year of the last target it fits (there is no --end), with --replications"
                        + " replications at --scale."})
public final class CalibrateCommand implements Callable<Integer> {
    static final String SETTINGS = CalibrationFolder.SETTINGS;
    static final String OVERLAY = "calibrated.yaml";

    /**
     * The shared scenario options as calibrate uses them: the runs end at the last fitted target
     * year, so --end does not exist here; replications per candidate come from the plan, not the
     * scenario.
     */
    public static final class Help implements picocli.CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            HelpTexts.drop(spec, "--end");
            HelpTexts.reword(spec, "--replications", "Replications per candidate, with common random numbers"
                    + " (default: " + CalibrationPlan.DEFAULT_REPLICATIONS + "; the scenario's replications do not apply).");
            HelpTexts.reword(spec, "--seed", "Random seed of the model runs (default: the scenario's seed); the"
                    + " optimiser has its own --search-seed.");
            return spec;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario to calibrate (YAML or JSON).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Mixin
    BackendOptions backend;

    @Mixin
    CalibrateOptions fit;

    @Option(names = "--out", description = "Calibration folder (default results/<scenario>-calibration/<timestamp>).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the interrupted calibration in DIR (default: start a new one in --out).")
    Path resume;

    @Override
    public Integer call() throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        long t0 = System.nanoTime();
        CalibrationSetup setup = CalibrationSetup.of(fit, options.replications, options.sets);
        Scenario scenario = options.load(scenarioFile);
        long seed = options.seed(scenario);
        double[] start = setup.start(scenario);
        List<FreeParameter> params = setup.plan().parameters();
        Path folder = CalibrationFolder.prepare(out, resume, scenario.name());
        ObjectNode settings = CalibrationFolder.settings(scenarioFile, options.sets, setup.plan(), seed,
                options.scale(), setup.endYear(), setup.targets());
        settings.put("holdout", setup.holdout());
        if (!setup.transferred().isEmpty()) {
            ObjectNode fixed = settings.putObject("leftOutRegionDefaults");
            setup.transferred().forEach(fixed::put);
        }
        Path log = folder.resolve(CalibrationLog.FILE);
        if (resume != null && !Files.exists(log)) {
            CalibrationLog.create(log, params);
        }
        List<Evaluation> logged = resume != null ? CalibrationFolder.readLogged(folder, settings, log, params) : List.of();
        if (resume == null) {
            CalibrationFolder.create(folder, settings, params);
        }
        CalibrationSearch search = new CalibrationSearch(scenarioFile, scenario.name(), options.sets, setup, fit, seed,
                options.scale(), options.threads(), options.quiet);
        CalibrationSearch.Outcome outcome = search.run(backend, start, logged, log, folder,
                spec.commandLine().getErr());
        CalibrationOutputs outputs = new CalibrationOutputs(folder, scenarioFile, options.sets, setup, fit, seed, options.scale(),
                options.threads());
        List<Evaluation> ensemble = outputs.write(outcome, ScenarioRun.commandLine(spec), started,
                (System.nanoTime() - t0) / 1e9);
        outputs.print(spec.commandLine().getOut(), outcome, ensemble.size());
        return ExitCodes.OK;
    }

    /** "1 candidate", "3 candidates". */
    static String candidates(int n) {
        return Counts.of(n, "candidate");
    }

    /**
     * What a confirmation re-scores besides {@code best} other candidates: "the start", "the start
     * and the best candidate", "the start and the 3 best candidates".
     */
    static String startAnd(int best) {
        return switch (best) {
            case 0 -> "the start";
            case 1 -> "the start and the best candidate";
            default -> "the start and the " + best + " best candidates";
        };
    }

    static String replications(int n) {
        return Counts.of(n, "replication");
    }
}
