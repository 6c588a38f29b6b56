package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.io.Counts;
import org.highland.experiment.screening.Factor;
import org.highland.experiment.screening.Factors;
import org.highland.experiment.screening.Morris;
import org.highland.experiment.screening.OneAtATime;
import org.highland.experiment.screening.Output;
import org.highland.experiment.screening.PointEffect;
import org.highland.experiment.screening.ScenarioEffect;
import org.highland.experiment.screening.Screening;
import org.highland.experiment.screening.ScreeningRow;
import org.highland.policy.PolicyInstaller;
import org.highland.policy.PolicySpec;
import org.highland.report.Manifest;
import org.highland.report.ManifestWriter;
import org.highland.report.RunFolder;
import org.highland.report.ScreeningCsvWriter;
import org.highland.run.Metrics;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.Problem;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code highland screen}: which parameters move a policy's effect most. For each point of a
 * one-at-a-time or Morris design over the factors' plausible ranges, the base and the variant run
 * with the same factor values (as {@code --set}s) and common random numbers; the effect is the
 * mean paired difference, variant minus base, of each output.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen which parameters move a variant's effect (variant minus base, common random numbers) most.",
                "One-at-a-time (effect at each end of a factor's plausible range) or Morris elementary effects (mu*, sigma).",
                "Writes screening.csv, design.csv and manifest.json."})
public final class ScreenCommand implements Callable<Integer> {
    /** Method of the screen. */
    enum Method { OAT, MORRIS }

    /** Options of the Morris design only. */
    private static final List<String> MORRIS_ONLY = List.of("--trajectories", "--levels", "--design-seed");

    /** Years whose effects are screened by default (15th and 16th five-year plans). */
    static final List<Integer> DEFAULT_YEARS = List.of(2030, 2035);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Base scenario file.")
    Path baseFile;

    @Option(names = "--variant", required = true, paramLabel = "VARIANT", description = "Variant scenario file.")
    Path variantFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** Which factors: a file, or every behavioural parameter. */
    static final class Selection {
        @Option(names = "--parameters", paramLabel = "FILE",
                description = "Factors, one a line: path (its plausible range) or path,low,high; * and ** patterns"
                        + " allowed. A setting of a policy only one scenario holds (the variant's subsidy share) is set in that one.")
        Path file;

        @Option(names = "--all-behavioural", description = "Every parameter with a plausible range of positive width.")
        boolean all;
    }

    @Option(names = "--method", defaultValue = "oat", description = "oat or morris (default: ${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--trajectories", defaultValue = "10",
            description = "Morris trajectories, with --method morris only (default: ${DEFAULT-VALUE}).")
    int trajectories;

    @Option(names = "--levels", defaultValue = "4",
            description = "Morris grid levels, even, with --method morris only (default: ${DEFAULT-VALUE}).")
    int levels;

    @Option(names = "--design-seed", defaultValue = "20150101",
            description = "Seed of the Morris design, with --method morris only (default: ${DEFAULT-VALUE}).")
    long designSeed;

    @Option(names = "--outputs", paramLabel = "METRIC:AREA:YEAR,...",
            description = "Outputs whose effects are screened (default: output, cumulative innovative approvals, firms and"
                    + " leading talents of --region in 2030 and 2035, or the last year).")
    String outputs;

    @Option(names = "--region", description = "Area of the default outputs (default: the region of the variant's own"
            + " policies when it is one, else Zhejiang).")
    String region;

    @Option(names = "--top", defaultValue = "3", description = "Factors printed per output (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    ScenarioOptions options;

    @Mixin
    BackendOptions backend;

    @Option(names = "--out", description = "Results folder (must not exist or be empty; default results/screen-<variant>/<timestamp>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        long t0 = System.nanoTime();
        TopOption.require(top, spec.findOption("--top").defaultValue());
        refuseMorrisOptionsWithoutMorris();
        Scenario base = options.loadOneOfAlike(baseFile, "the base", "screen");
        Scenario variant = options.loadOneOfAlike(variantFile, "the variant", "screen");
        SameYears.require(baseFile, base, variantFile, variant);
        long seed = options.seed(base);
        int replications = options.replications(base);
        Experiment.Settings settings = new Experiment.Settings(options.scale(), seed, replications, options.threads());
        List<Factor> factors = factors(base, variant);
        List<Output> outs = outputs(base, variant);
        Morris.Settings morris = morrisSettings();
        List<double[]> points = method == Method.OAT ? OneAtATime.design(factors) : Morris.design(factors, morris);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "screen %s: %s, %s, %s of %s%n", method.name().toLowerCase(Locale.ROOT),
                Counts.of(factors.size(), "factor"), Counts.of(points.size(), "point"), Counts.of(2L * points.size(), "run"),
                Counts.of(replications, "replication"));
        try (TaskBackend engine = backend.open(settings.threads());
             RunFolder folder = RunFolder.create(out, out != null, "screen-" + variant.name())) {
            List<PointEffect> effects;
            try (ProgressReporter progress = options.progress("screen " + variant.name(),
                    2L * points.size() * replications)) {
                ScenarioEffect model = new ScenarioEffect(baseFile, variantFile, options.sets, factors, outs,
                        options.endYear, settings.on(engine), progress);
                effects = Screening.evaluate(points, model, (e, p) -> { });
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("output ")) {
                    throw e;
                }
                throw new BadInputException("--outputs: " + e.getMessage() + ". Fix: name a metric, area and year the run records.");
            }
            List<ScreeningRow> rows = method == Method.OAT ? OneAtATime.estimate(factors, outs, effects)
                    : Morris.estimate(factors, outs, morris, points, effects);
            ScreeningCsvWriter.write(folder.file("screening.csv"), rows);
            ScreeningCsvWriter.writeDesign(folder.file("design.csv"), factors, outs, points, effects);
            Files.writeString(folder.file("scenarios/base.resolved.yaml"), Scenarios.toYaml(base.withRun(seed, replications)));
            Files.writeString(folder.file("scenarios/variant.resolved.yaml"), Scenarios.toYaml(variant.withRun(seed, replications)));
            ManifestWriter.write(folder.file("manifest.json"), Manifest.builder()
                    .command(ScenarioRun.commandLine(spec)).seed(seed).replications(replications)
                    .threads(settings.threads()).scale(settings.scale()).scenarioFile(baseFile)
                    .variant(variant.name(), variantFile).startTime(started)
                    .wallTimeSeconds((System.nanoTime() - t0) / 1e9).build());
            folder.commit();
            stdout.print(ScreeningSummary.render(rows, outs, top));
            stdout.println("results: " + folder.finalPath());
        }
        return ExitCodes.OK;
    }

    /** The Morris design's options beside a one-at-a-time screen would be silently ignored. */
    private void refuseMorrisOptionsWithoutMorris() {
        if (method == Method.MORRIS) {
            return;
        }
        List<String> given = MORRIS_ONLY.stream().filter(spec.commandLine().getParseResult()::hasMatchedOption).toList();
        if (!given.isEmpty()) {
            String names = String.join(", ", given);
            throw new BadInputException(names + (given.size() == 1 ? " applies" : " apply") + " to --method morris only;"
                    + " this screen is one-at-a-time (--method oat). Fix: add --method morris, or leave out " + names + ".");
        }
    }

    private Morris.Settings morrisSettings() {
        if (method != Method.MORRIS) {
            return null;
        }
        try {
            return new Morris.Settings(trajectories, levels, designSeed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--trajectories/--levels: " + e.getMessage() + ". Fix: e.g. --trajectories 10 --levels 4.");
        }
    }

    private List<Factor> factors(Scenario base, Scenario variant) throws IOException {
        PlausibleRanges ranges = PlausibleRanges.builtIn();
        List<Factor> factors;
        if (selection.all) {
            factors = Factors.allBehavioural(base, variant, ranges);
        } else {
            if (!Files.isRegularFile(selection.file)) {
                throw new BadInputException("--parameters " + selection.file + ": no such file. Fix: give a file of path or path,low,high lines.");
            }
            try {
                factors = Factors.fromFile(selection.file, base, variant, ranges);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (factors.isEmpty()) {
            throw new BadInputException("no factor to screen. Fix: list parameters with a plausible range in --parameters.");
        }
        return factors;
    }

    private List<Output> outputs(Scenario base, Scenario variant) {
        if (outputs != null) {
            List<Output> parsed;
            try {
                parsed = Output.parseList(outputs);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--outputs " + e.getMessage() + ". Fix: e.g. --outputs enterprises:Zhejiang:2030.");
            }
            checkOutputs(parsed, base, variant);
            return parsed;
        }
        String area = region != null ? region : defaultRegion(base, variant);
        int start = base.time().startYear();
        int end = base.time().endYear();
        List<Integer> years = DEFAULT_YEARS.stream().filter(y -> y >= start && y <= end).toList();
        if (years.isEmpty()) {
            years = List.of(end);
        }
        List<Output> list = new ArrayList<>();
        for (int year : years) {
            for (String metric : List.of(Metrics.BIOMEDICINE_OUTPUT.name(), Metrics.CUM_INNOVATIVE_APPROVALS.name(),
                    Metrics.ENTERPRISES.name(), Metrics.LEADING_TALENT.name())) {
                list.add(new Output(metric, area, year));
            }
        }
        return list;
    }

    /**
     * Every --outputs item a run of both scenarios records (metric, region of the area, year), checked
     * before anything runs: found only at the first run's results, a misspelt name cost a point's runs.
     */
    private static void checkOutputs(List<Output> parsed, Scenario base, Scenario variant) {
        Set<String> metrics = new TreeSet<>();
        Metrics.catalog(base.policies().keySet()).forEach(m -> metrics.add(m.name()));
        Set<String> variantMetrics = new TreeSet<>();
        Metrics.catalog(variant.policies().keySet()).forEach(m -> variantMetrics.add(m.name()));
        metrics.retainAll(variantMetrics);
        int start = base.time().startYear();
        int end = base.time().endYear();
        List<String> problems = new ArrayList<>();
        Set<Output> named = new HashSet<>();
        for (Output o : parsed) {
            // The tables and charts tell outputs apart by their label: a second would be screened twice under one.
            if (!named.add(o)) {
                problems.add("--outputs " + o.label() + ": expected each output once, got it twice."
                        + " Fix: name it once.");
            }
            if (!metrics.contains(o.metric())) {
                problems.add("--outputs " + o.label() + ": expected a metric both runs record, got '" + o.metric()
                        + "'. Fix: " + Problem.ended(LocatedDocument.didYouMean(o.metric(), metrics,
                        "see results/README.md or a run's summary.csv for the names")));
            }
            String region = o.area().contains("/") ? o.area().substring(0, o.area().indexOf('/')) : o.area();
            if (!base.regions().containsKey(region)) {
                problems.add("--outputs " + o.label() + ": expected an area of " + base.regions().keySet()
                        + " (or Region/city:Name, Region/park:Name), got '" + o.area() + "'. Fix: "
                        + Problem.ended(LocatedDocument.didYouMean(region, base.regions().keySet(),
                        "name a region of the scenario")));
            }
            if (o.year() < start || o.year() > end) {
                problems.add("--outputs " + o.label() + ": expected a simulated year from " + start + " to " + end
                        + ", got " + o.year() + ". Fix: pick a year the run covers (or a later --end).");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("\n", problems));
        }
    }

    /** The one region of the policies the variant adds or changes; Zhejiang (the focus) otherwise. */
    static String defaultRegion(Scenario base, Scenario variant) {
        TreeSet<String> regions = new TreeSet<>();
        for (Map.Entry<String, PolicySpec> e : variant.policies().entrySet()) {
            if (!e.getValue().equals(base.policies().get(e.getKey()))) {
                regions.add(e.getValue().region());
            }
        }
        if (regions.size() == 1 && !regions.first().equals(PolicyInstaller.ALL_REGIONS)
                && variant.regions().containsKey(regions.first())) {
            return regions.first();
        }
        return variant.regions().containsKey("Zhejiang") ? "Zhejiang" : variant.regions().keySet().iterator().next();
    }
}
