package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.calibration.CalibrationEnsemble;
import org.highland.experiment.calibration.CalibrationException;
import org.highland.experiment.calibration.CalibrationLog;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.Calibrator;
import org.highland.experiment.calibration.Confirmation;
import org.highland.experiment.calibration.Evaluation;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.calibration.Holdout;
import org.highland.experiment.calibration.Overlay;
import org.highland.experiment.calibration.ScenarioSimulator;
import org.highland.experiment.calibration.ScenarioValues;
import org.highland.experiment.calibration.Scoring;
import org.highland.experiment.calibration.Simulator;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.validation.Basis;
import org.highland.experiment.validation.EarlierFits;
import org.highland.experiment.validation.Identities;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.highland.experiment.validation.ValidationRow;
import org.highland.experiment.validation.ValidationTable;
import org.highland.report.FileNames;
import org.highland.report.Hashes;
import org.highland.report.Manifest;
import org.highland.report.ManifestWriter;
import org.highland.report.OutputPaths;
import org.highland.report.RunFolder;
import org.highland.run.ReplicationResult;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
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
 * killed calibration in DIR.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, modelTransformer = CalibrateCommand.Help.class,
        description = {"Fit the free parameters to the published figures (CMA-ES, common random numbers).",
                "By default the 2021 figures are held out (--holdout " + Holdout.DEFAULT + "): the fit uses figures up to"
                        + " 2020 and scores 2021 after the fit, except Zhejiang's 2021 approval counts and R&D intensity"
                        + " and Shanghai's 2021 financing (--fit), the only figures on those flows. Identities (targets.csv basis) never enter the loss.",
                "Each candidate runs to the year of the last target it fits (there is no --end), with --replications"
                        + " replications at --scale."})
public final class CalibrateCommand implements Callable<Integer> {
    static final String SETTINGS = "calibration-settings.json";
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

    @Option(names = "--budget", description = "Candidates to evaluate (default: " + CalibrationPlan.DEFAULT_BUDGET + ").")
    Integer budget;

    @Option(names = "--search-seed", description = "Seed of the optimiser (default: " + CalibrationPlan.DEFAULT_SEED + ").")
    Long searchSeed;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "Free parameters as CSV path,min,max,note (default: the built-in " + CalibrationPlan.BUILT_IN + ").")
    Path planFile;

    @Option(names = "--out", description = "Calibration folder (default results/<scenario>-calibration/<timestamp>).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the interrupted calibration in DIR (default: start a new one in --out).")
    Path resume;

    @Option(names = "--holdout", paramLabel = "YEARS|IDS", defaultValue = Holdout.DEFAULT,
            description = "Targets kept out of the loss and scored after the fit: years and/or target ids, comma"
                    + " separated, or none (default: ${DEFAULT-VALUE}).")
    String holdout;

    @Option(names = "--fit", paramLabel = "IDS", defaultValue = Holdout.DEFAULT_FIT,
            description = "Targets fitted although --holdout holds their year: target ids, comma separated, or none"
                    + " (default: Zhejiang's 2021 approval counts and R&D intensity and Shanghai's 2021 financing,"
                    + " the only figures on the flow of approvals, on R&D and on venture money; docs/ODD.md s9).")
    String fit;

    @Option(names = "--leave-out-region", paramLabel = "REGION",
            description = "Also keep every target of this region out of the loss and score it after the fit"
                    + " (leave-one-region-out check; default: none).")
    String leaveOutRegion;

    /** Parameters of the left-out region set to their defaults instead of searched. */
    private final Map<String, Double> transferred = new LinkedHashMap<>();

    @Option(names = "--ensemble-margin", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Write the candidates with loss <= best x (1 + SHARE) to " + CalibrationEnsemble.FILE
                    + " (default: ${DEFAULT-VALUE}).")
    double ensembleMargin;

    @Option(names = "--confirm-top", paramLabel = "N", defaultValue = "3",
            description = "Re-score the start and the N best candidates with --confirm-replications at --confirm-scale"
                    + " and ship the best of those by that loss, written to " + Confirmation.FILE + "; 0 ships the"
                    + " search's best as found (default: ${DEFAULT-VALUE}).")
    int confirmTop;

    @Option(names = "--confirm-replications", paramLabel = "R", defaultValue = "10",
            description = "Replications of the confirmation (default: ${DEFAULT-VALUE}).")
    int confirmReplications;

    @Option(names = "--confirm-scale", paramLabel = "SHARE", defaultValue = "1.0",
            description = "Share of real firms in the confirmation runs, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double confirmScale;

    @Override
    public Integer call() throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        long t0 = System.nanoTime();
        CalibrationPlan plan;
        Holdout held;
        List<Target> relabelled;
        try {
            plan = (planFile == null ? CalibrationPlan.builtIn() : CalibrationPlan.load(planFile))
                    .with(budget, options.replications, searchSeed);
            List<Target> all = Targets.load();
            List<Identities.Solved> solved = Identities.load();
            List<String> problems = Identities.problems(all, solved);
            problems.addAll(EarlierFits.problems(all, EarlierFits.load()));
            for (Identities.Solved s : solved) {
                if (plan.parameters().stream().anyMatch(p -> p.path().equals(s.parameter()))) {
                    problems.add(s.parameter() + " is solved from " + String.join(" ", s.targets())
                            + " (" + s.method() + "), not a free parameter");
                }
            }
            if (!problems.isEmpty()) {
                throw new CalibrationException("targets, identities and free parameters disagree: "
                        + String.join("; ", problems) + ". Fix: label every figure a parameter is solved from"
                        + " basis=identity, every figure an earlier fit saw (" + EarlierFits.FILE + ")"
                        + " basis=earlier_fit, and do not search a solved parameter.");
            }
            held = Holdout.parse(holdout, fit, leaveOutRegion, all);
            relabelled = held.relabel(all);
            if (leaveOutRegion != null) {
                plan = leaveOut(plan, leaveOutRegion);
            }
        } catch (CalibrationException e) {
            throw new BadInputException(e.getMessage());
        }
        if (confirmTop < 0 || confirmReplications < 1 || !(confirmScale > 0 && confirmScale <= 1)) {
            throw new BadInputException("--confirm-top " + confirmTop + ", --confirm-replications " + confirmReplications
                    + ", --confirm-scale " + confirmScale + ": expected N >= 0, R >= 1 and a scale in (0, 1]."
                    + " Fix: e.g. --confirm-top 3 --confirm-replications 10 --confirm-scale 1.");
        }
        if (!(ensembleMargin >= 0)) {
            throw new BadInputException("--ensemble-margin " + ensembleMargin + ": expected 0 or more. Fix: e.g. 0.1.");
        }
        List<Target> targets = relabelled.stream().filter(Target::calibration).toList();
        if (targets.isEmpty()) {
            throw new BadInputException("--holdout " + holdout + ": no target is left to fit on. Fix: hold out less.");
        }
        if (plan.budget() < 1 || plan.replications() < 1) {
            throw new BadInputException("--budget and --replications: expected at least 1. Fix: e.g. --budget 200 --replications 4.");
        }
        Scenario scenario = options.load(scenarioFile);
        long seed = options.seed(scenario);
        int endYear = targets.stream().mapToInt(t -> t.figure().year()).max().orElseThrow();
        int scoreYear = Targets.modelled(relabelled).stream().mapToInt(t -> t.figure().year())
                .filter(y -> y <= Target.LAST_CALIBRATION_YEAR).max().orElse(endYear);
        List<FreeParameter> params = plan.parameters();
        double[] start;
        try {
            start = ScenarioValues.of(scenario, params);
        } catch (CalibrationException e) {
            throw new BadInputException(e.getMessage());
        }
        Path folder = prepareFolder(scenario.name());
        ObjectNode settings = settings(plan, seed, options.scale(), endYear, targets);
        settings.put("holdout", held.describe());
        if (!transferred.isEmpty()) {
            ObjectNode fixed = settings.putObject("leftOutRegionDefaults");
            transferred.forEach(fixed::put);
        }
        Path log = folder.resolve(CalibrationLog.FILE);
        if (resume != null && !Files.exists(log)) {
            CalibrationLog.create(log, params);
        }
        List<Evaluation> logged = resume != null ? readLogged(folder, settings, log, params) : List.of();
        if (resume == null) {
            // The folder appears with its settings and log header, or not at all, whenever a kill
            // comes: so a folder with the final name can always be resumed.
            Path starting = Files.createDirectories(folder.getParent())
                    .resolve("." + folder.getFileName() + ".partial-" + ProcessHandle.current().pid());
            Files.createDirectory(starting);
            Files.writeString(starting.resolve(SETTINGS), json().writeValueAsString(settings));
            CalibrationLog.create(starting.resolve(CalibrationLog.FILE), params);
            if (Files.isDirectory(folder)) {
                Files.delete(folder); // checked empty above; some platforms do not rename onto a folder
            }
            Files.move(starting, folder, StandardCopyOption.ATOMIC_MOVE);
        }
        Calibrator.Result result;
        Evaluation best;
        List<Confirmation> confirmed = List.of();
        List<ValidationRow> fit;
        AtomicInteger evaluated = new AtomicInteger(logged.size());
        int budget = plan.budget();
        // Ctrl-C or kill: the log keeps every scored candidate; say so, and how to go on.
        Thread onInterrupt = new Thread(() -> System.err.printf(Locale.ROOT, "%ncalibration interrupted: %d of %d"
                + " candidates are logged in %s; continue with the same command and --resume %s (in place of"
                + " --out).%n", evaluated.get(), budget, log, folder));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (TaskBackend engine = backend.open(options.threads())) {
            Experiment.Settings runs = new Experiment.Settings(options.scale(), seed, plan.replications(),
                    options.threads(), engine);
            ScenarioSimulator simulator = new ScenarioSimulator(scenarioFile, options.sets, params, endYear, runs);
            Calibrator calibrator = new Calibrator(params, Scoring.of(simulator, targets),
                    new Calibrator.Settings(plan.seed(), plan.budget(), plan.sigma(), plan.population()));
            try (ProgressReporter progress = ProgressReporter.start("calibrate " + scenario.name(), plan.budget())) {
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
            best = result.best();
            Experiment.Settings scoring = confirmTop > 0
                    ? new Experiment.Settings(confirmScale, seed, confirmReplications, options.threads(), engine) : runs;
            // Scored to the last year that may enter a loss (2021), so the held-out targets up to it
            // are judged too; later targets show as not simulated (validate scores them). The runs of
            // the confirmation are kept, so the chosen candidate is not simulated twice.
            ScenarioSimulator scorer = new ScenarioSimulator(scenarioFile, options.sets, params, scoreYear, scoring);
            Map<List<Double>, List<ReplicationResult>> runsOf = new HashMap<>();
            Simulator scored = values -> runsOf.computeIfAbsent(
                    Arrays.stream(values).boxed().toList(), k -> scorer.simulate(values));
            if (confirmTop > 0) {
                spec.commandLine().getErr().printf(Locale.ROOT, "confirming the start and the best %s:"
                        + " %d replications at scale %s%n", candidates(confirmTop), confirmReplications, confirmScale);
                confirmed = Confirmation.run(result.evaluations(), confirmTop, Scoring.of(scored, targets));
                best = confirmed.get(0).confirmed();
            }
            fit = Validation.evaluate(relabelled, scored.simulate(best.values()));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the hook runs and tells the user how to resume.
            }
        }
        if (!confirmed.isEmpty()) {
            Confirmation.write(folder.resolve(Confirmation.FILE), params, confirmed);
        }
        List<Evaluation> ensemble = CalibrationEnsemble.select(result.evaluations(), ensembleMargin);
        CalibrationEnsemble.write(folder.resolve(CalibrationEnsemble.FILE), params, ensemble);
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            values.put(params.get(i).path(), best.values()[i]);
        }
        List<String> comments = new ArrayList<>(List.of(
                "Calibrated by `highland calibrate` on " + LocalDate.now() + " from " + scenarioFile.getFileName() + ".",
                "Search seed " + plan.seed() + ", model seed " + seed + ", budget " + plan.budget() + ", "
                        + plan.replications() + " replications per candidate at scale " + options.scale() + ".",
                "Targets: identities excluded; " + held.describe() + " (scored after the fit, out of sample).",
                String.format(Locale.ROOT, "Best: evaluation %d, loss %.5f, %d of %d calibration targets within tolerance%s.",
                        best.index(), best.loss(), best.within(), targets.size(), confirmed.isEmpty() ? ""
                                : String.format(Locale.ROOT, " (confirmed: %d replications at scale %s, best of the start"
                                        + " and the %d best candidates; %s)", confirmReplications, confirmScale,
                                        confirmTop, Confirmation.FILE)),
                String.format(Locale.ROOT, "Ensemble: %s with loss <= best x (1 + %s) in %s.",
                        candidates(ensemble.size()), ensembleMargin, CalibrationEnsemble.FILE)));
        if (!transferred.isEmpty()) {
            comments.add("Left-out region's parameters at their defaults, not searched: " + transferred + ".");
        }
        Files.writeString(folder.resolve(OVERLAY), Overlay.render(scenarioFile.toAbsolutePath().toString(), values, comments));
        ValidationCsvWriter.write(folder.resolve("validation.csv"), fit);
        // manifest.json marks a finished calibration, so it appears whole and last, by rename.
        Path manifestTmp = folder.resolve(".manifest.json.tmp");
        ManifestWriter.write(manifestTmp, Manifest.builder()
                .command(ScenarioRun.commandLine(spec)).seed(seed).replications(plan.replications())
                .threads(options.threads()).scale(options.scale()).scenarioFile(scenarioFile).startTime(started)
                .wallTimeSeconds((System.nanoTime() - t0) / 1e9).build());
        ObjectNode calibration = json().createObjectNode();
        calibration.put("holdout", held.describe());
        calibration.put("ensembleMargin", ensembleMargin);
        calibration.put("ensembleSize", ensemble.size());
        ScenarioRun.addToManifest(manifestTmp, "calibration", calibration);
        Files.move(manifestTmp, folder.resolve("manifest.json"), StandardCopyOption.ATOMIC_MOVE);
        PrintWriter outStream = spec.commandLine().getOut();
        outStream.print(ValidationTable.render(fit));
        if (held.region() != null) {
            List<ValidationRow> region = fit.stream().filter(r -> r.target().concerns(held.region())
                    && r.target().basis() != Basis.IDENTITY && !ValidationTable.notSimulated(r)).toList();
            // Targets past the scored years (2022-2024) are not simulated here, so neither hits nor misses.
            outStream.printf(Locale.ROOT, "left-out region %s (its parameters at their defaults: %s): %d of %d"
                    + " simulated targets within tolerance (%s)%n", held.region(), transferred,
                    Validation.withinCount(region), region.size(),
                    String.join(", ", region.stream().map(r -> r.target().id() + (r.within() ? " yes" : " NO")).toList()));
        }
        outStream.printf(Locale.ROOT, "ensemble: %s with loss <= best x (1 + %s): %s%n", candidates(ensemble.size()),
                ensembleMargin, CalibrationEnsemble.FILE);
        for (Confirmation c : confirmed) {
            outStream.printf(Locale.ROOT, "confirmed: evaluation %d, search loss %.5f, confirmed loss %.5f%s%n",
                    c.evaluation().index(), c.evaluation().loss(), c.confirmed().loss(),
                    c.evaluation().index() == 1 ? " (the start)" : "");
        }
        outStream.printf(Locale.ROOT, "best candidate: evaluation %d of %d, loss %.5f%s%n", best.index(),
                result.evaluations().size(), best.loss(), confirmed.isEmpty() ? "" : " (confirmed)");
        outStream.println("results: " + folder);
        return ExitCodes.OK;
    }

    /**
     * Leave-one-region-out: the region's own parameters would only drift with its figures out of
     * the loss, so they leave the search and take their defaults (the value with none of the
     * region's figures: e.g. growth shift 0, the sector norm), passed on as --set overrides so the
     * fit and the scoring both use them.
     */
    private CalibrationPlan leaveOut(CalibrationPlan plan, String region) {
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
                throw new CalibrationException("--leave-out-region " + region + ": " + p.path()
                        + " has no default to transfer. Fix: give it a default in " + Scenarios.DEFAULTS + ".");
            }
            options.sets.add(p.path() + "=" + value);
            transferred.put(p.path(), value);
        }
        if (kept.isEmpty()) {
            throw new CalibrationException("--leave-out-region " + region + ": every searched parameter belongs to it,"
                    + " nothing is left to fit. Fix: leave out another region.");
        }
        return new CalibrationPlan(kept, plan.budget(), plan.replications(), plan.seed(), plan.sigma(),
                plan.population());
    }

    private Path prepareFolder(String scenarioName) throws IOException {
        if (resume != null) {
            if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
                throw new BadInputException("--resume continues in its own folder; drop --out or give the same folder.");
            }
            // The settings are written first: a calibration killed before its log began resumes from nothing.
            if (!Files.isRegularFile(resume.resolve(SETTINGS))) {
                throw new BadInputException("--resume: " + resume + " holds no " + SETTINGS
                        + ". Fix: name the folder of an interrupted calibration, or drop --resume.");
            }
            if (Files.exists(resume.resolve("manifest.json"))) {
                // manifest.json is written last: its presence means the calibration finished.
                throw new BadInputException("--resume: the calibration in " + resume + " has finished (it has its"
                        + " manifest.json); resuming would leave its results inconsistent. Fix: start a new calibration"
                        + " with a larger --budget and another --out.");
            }
            return OutputPaths.resolve(resume, "--resume");
        }
        // Not a RunFolder: an interrupted calibration must leave its log where --resume finds it.
        Path given = out != null ? out : RunFolder.DEFAULT_ROOT.resolve(FileNames.safe(scenarioName, "scenario")
                + "-calibration").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path folder = OutputPaths.resolve(given, "--out");
        OutputPaths.requireWritableTarget(folder, "--out", given);
        return folder;
    }

    private List<Evaluation> readLogged(Path folder, ObjectNode settings, Path log, List<FreeParameter> params)
            throws IOException {
        ObjectNode before = (ObjectNode) json().readTree(folder.resolve(SETTINGS).toFile());
        ObjectNode now = settings.deepCopy();
        // The budget may grow on resume: CMA-ES proposes the same candidates whatever the budget.
        before.remove("budget");
        now.remove("budget");
        if (!before.equals(now)) {
            throw new BadInputException("--resume: the settings differ from those of the calibration in " + folder
                    + " (see " + SETTINGS + "). Fix: resume with the same scenario, options and parameters.");
        }
        try {
            List<Evaluation> logged = CalibrationLog.read(log, params);
            CalibrationLog.rewrite(log, params, logged);
            return logged;
        } catch (CalibrationException e) {
            throw new BadInputException(e.getMessage());
        } catch (RuntimeException e) {
            throw new BadInputException("--resume: " + log + " is damaged (" + e.getMessage() + "). Fix: start a new"
                    + " calibration, or delete its damaged lines.");
        }
    }

    private ObjectNode settings(CalibrationPlan plan, long seed, double scale, int endYear, List<Target> targets)
            throws IOException {
        ObjectNode s = json().createObjectNode();
        s.put("scenarioSha256", Hashes.sha256(scenarioFile));
        s.putPOJO("sets", new ArrayList<>(options.sets));
        s.put("modelSeed", seed);
        s.put("searchSeed", plan.seed());
        s.put("budget", plan.budget());
        s.put("replications", plan.replications());
        s.put("scale", scale);
        s.put("endYear", endYear);
        s.put("targetsSha256", Hashes.sha256(targets.toString().getBytes(StandardCharsets.UTF_8)));
        s.put("sigma", plan.sigma());
        s.put("population", plan.population());
        var list = s.putArray("parameters");
        for (FreeParameter p : plan.parameters()) {
            list.addObject().put("path", p.path()).put("min", p.min()).put("max", p.max());
        }
        return (ObjectNode) json().readTree(json().writeValueAsString(s));
    }

    private static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** "1 candidate", "3 candidates". */
    static String candidates(int n) {
        return n + (n == 1 ? " candidate" : " candidates");
    }
}
