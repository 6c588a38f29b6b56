package org.highland.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.Summary;
import org.highland.experiment.compare.ComparisonRow;
import org.highland.experiment.compare.CostEffectiveness;
import org.highland.experiment.compare.CostEffectivenessRow;
import org.highland.experiment.compare.CostEffectivenessTable;
import org.highland.experiment.compare.HeadlineComparison;
import org.highland.experiment.compare.Interval;
import org.highland.experiment.compare.OwnOutcomes;
import org.highland.experiment.compare.PairedComparison;
import org.highland.experiment.compare.VariantReach;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.io.Numbers;
import org.highland.model.spec.ModelSpec;
import org.highland.report.FileNames;
import org.highland.report.Manifest;
import org.highland.report.ManifestWriter;
import org.highland.report.RunFolder;
import org.highland.report.SummaryCsvWriter;
import org.highland.run.Headline;
import org.highland.run.ReplicationResult;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code highland compare}: runs a base scenario and its variants with common random numbers
 * (every scenario runs with the base's seed, and replication k of each uses the streams of
 * (seed, k)) and writes their paired differences and cost-effectiveness.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run a base scenario and variants with common random numbers; write comparison.csv, "
                + "cost_effectiveness.csv, manifest.json, and each resolved scenario with its summary.csv.",
                "Every --set applies to the base and to each variant alike (a change meant for one scenario belongs"
                        + " in its file, or a copy that extends it)."})
public final class CompareCommand implements Callable<Integer> {
    /** Columns of comparison.csv, in order. */
    public static final List<String> COMPARISON_COLUMNS = List.of("variant", "metric", "region", "year", "unit",
            "base_mean", "variant_mean", "diff_mean", "diff_p05", "diff_p95", "rel_diff", "diff_sd", "n",
            "diff_mean_ci_low", "diff_mean_ci_high");
    /** Columns of cost_effectiveness.csv, in order. */
    public static final List<String> COST_COLUMNS = List.of("variant", "region", "year",
            "base_cumulative_outlay_million_yuan", "extra_cumulative_outlay_million_yuan", "extra_cumulative_output_billion_yuan", "extra_cumulative_innovative_drug_approvals",
            "extra_enterprises", "extra_biomedicine_provincial_talents", "output_yuan_per_yuan", "innovative_drug_approvals_per_100m_yuan",
            "enterprises_per_100m_yuan", "biomedicine_provincial_talents_per_100m_yuan", "replications",
            "extra_cumulative_outlay_million_yuan_p05", "extra_cumulative_outlay_million_yuan_p95",
            "extra_cumulative_output_billion_yuan_p05", "extra_cumulative_output_billion_yuan_p95",
            "extra_cumulative_innovative_drug_approvals_p05", "extra_cumulative_innovative_drug_approvals_p95",
            "extra_enterprises_p05", "extra_enterprises_p95",
            "extra_biomedicine_provincial_talents_p05", "extra_biomedicine_provincial_talents_p95",
            "output_yuan_per_yuan_p05", "output_yuan_per_yuan_p95",
            "innovative_drug_approvals_per_100m_yuan_p05", "innovative_drug_approvals_per_100m_yuan_p95",
            "enterprises_per_100m_yuan_p05", "enterprises_per_100m_yuan_p95",
            "biomedicine_provincial_talents_per_100m_yuan_p05", "biomedicine_provincial_talents_per_100m_yuan_p95", "ratio_note");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "Base scenario file.")
    Path baseFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT", description = "Variant scenario files.")
    List<Path> variantFiles;

    @Mixin
    ScenarioOptions options;

    @Mixin
    BackendOptions backend;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--out", description = "Results folder (must not exist or be empty; "
            + "default results/compare-<base>-vs-<variants>/<timestamp>).")
    Path out;

    @Option(names = "--parameter-uncertainty", paramLabel = "FILE",
            description = "Draw each replication's parameters from a calibration-ensemble.csv; replication k of the"
                    + " base and of every variant use the same vector, so the differences stay paired (default: none, the scenario's values).")
    Path parameterUncertainty;

    @Override
    public Integer call() throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        long t0 = System.nanoTime();
        // Load everything first, so a mistake in the last variant costs no simulation time.
        Scenario base = options.loadOneOfAlike(baseFile, "the base", "compare");
        List<Scenario> variants = new ArrayList<>();
        for (Path file : variantFiles) {
            variants.add(options.loadOneOfAlike(file, "the variant", "compare"));
        }
        checkNames(base, variants);
        checkYears(base, variants);
        for (int i = 0; i < variants.size(); i++) {
            beyondPolicies(base, variants.get(i)).ifPresent(System.err::println);
        }
        // The base's seed for all: common random numbers need one seed, whatever a variant says.
        long seed = options.seed(base);
        int replications = options.replications(base);
        int threads = options.threads();
        double scale = options.scale();
        Experiment.Settings settings = new Experiment.Settings(scale, seed, replications, threads);
        ParameterDraws draws = parameterUncertainty == null ? null
                : ParameterDraws.of(parameterUncertainty, seed, replications, baseFile, base);
        List<IntFunction<Scenario>> scenarioOf = new ArrayList<>();
        scenarioOf.add(perReplication(baseFile, base, draws, seed, replications));
        for (int i = 0; i < variants.size(); i++) {
            scenarioOf.add(perReplication(variantFiles.get(i), variants.get(i), draws, seed, replications));
        }
        String label = base.name() + "-vs-" + String.join("-", variants.stream().map(Scenario::name).toList());
        try (TaskBackend engine = backend.open(threads);
             RunFolder folder = RunFolder.create(out, out != null, "compare-" + shortened(label))) {
            List<List<ReplicationResult>> results = new ArrayList<>();
            try (ProgressReporter progress = options.progress("compare " + label.replace("-vs-", " vs "),
                    (long) replications * (1 + variants.size()))) {
                for (IntFunction<Scenario> scenarios : scenarioOf) {
                    results.add(Experiment.run(scenarios, settings.on(engine), progress));
                }
            }
            List<ComparisonRow> comparison = new ArrayList<>();
            List<CostEffectivenessRow> costs = new ArrayList<>();
            List<Integer> horizons = horizons(base);
            for (int i = 0; i < variants.size(); i++) {
                String name = variants.get(i).name();
                comparison.addAll(PairedComparison.of(name, results.get(0), results.get(i + 1)));
                costs.addAll(CostEffectiveness.of(name, results.get(0), results.get(i + 1), horizons,
                        VariantReach.provinces(base, variants.get(i))));
            }
            writeComparison(folder.file("comparison.csv"), comparison);
            writeCosts(folder.file("cost_effectiveness.csv"), costs);
            writeResolved(folder, base.withRun(seed, replications), results.get(0));
            for (int i = 0; i < variants.size(); i++) {
                writeResolved(folder, variants.get(i).withRun(seed, replications), results.get(i + 1));
            }
            Manifest.Builder manifestBuilder = Manifest.builder()
                    .command(ScenarioRun.commandLine(spec))
                    .seed(seed).replications(replications).threads(threads).scale(scale)
                    .scenarioFile(baseFile);
            for (int i = 0; i < variants.size(); i++) {
                manifestBuilder.variant(variants.get(i).name(), variantFiles.get(i));
            }
            Manifest manifest = manifestBuilder
                    .startTime(started)
                    .wallTimeSeconds((System.nanoTime() - t0) / 1e9)
                    .build();
            ManifestWriter.write(folder.file("manifest.json"), manifest);
            if (draws != null) {
                draws.write(folder.file(ParameterDraws.FILE));
                ScenarioRun.addToManifest(folder.file("manifest.json"), "parameterUncertainty", draws.manifestEntry());
            }
            folder.commit();
            List<String> regions = List.copyOf(base.regions().keySet());
            for (int i = 0; i < variants.size(); i++) {
                spec.commandLine().getOut().println(HeadlineComparison.render(base.name(), variants.get(i).name(),
                        results.get(0), results.get(i + 1), regions, scale, OwnOutcomes.of(base, variants.get(i))));
                spec.commandLine().getOut().println(CostEffectivenessTable.render(variants.get(i).name(), costs));
            }
            spec.commandLine().getOut().flush();
            BudgetWarnings.print(base, folder.finalPath().resolve(summaryOf(base)), variants,
                    variants.stream().map(v -> folder.finalPath().resolve(summaryOf(v))).toList(),
                    spec.commandLine().getErr());
            spec.commandLine().getOut().println("results: " + folder.finalPath());
            outputs.after(folder.finalPath(), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** Folder names stay short enough for every file system, whatever the number of variants. */
    private static String shortened(String label) {
        return label.length() <= 100 ? label : label.substring(0, 100);
    }

    /** The scenario of each replication: the loaded one, or the file reloaded with the drawn parameters. */
    private IntFunction<Scenario> perReplication(Path file, Scenario loaded, ParameterDraws draws, long seed,
                                                 int replications) {
        if (draws == null) {
            Scenario scenario = loaded.withRun(seed, replications);
            return k -> scenario;
        }
        return draws.scenarios(file, loaded, options, seed, replications);
    }

    /** Variants are told apart by name in the output files, so names must differ, also as file names. */
    private void checkNames(Scenario base, List<Scenario> variants) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(base.name())) {
                String expected = variantFiles.get(i) + ": name: expected a name other than the base scenario's,"
                        + " since each scenario's results are written under its name; got '" + base.name() + "' ";
                String set = options.lastSetOf("name");
                if (set != null) {
                    // A --set wins over every file's name:, so the files cannot settle it.
                    throw new BadInputException(expected + "from --set " + set + ", which compare applies to the base"
                            + " and every variant alike. Fix: drop that --set and give each file its own 'name:'.");
                }
                throw new BadInputException(expected + (ownName(variantFiles.get(i)) ? "as in " + baseFile
                        : "from its file name (the file states no 'name:' of its own)")
                        + ". Fix: give " + variantFiles.get(i) + " a 'name:' of its own.");
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!seen.add(variants.get(i).name())) {
                throw new BadInputException(variantFiles.get(i) + ": name: expected a name no other variant uses, got '"
                        + variants.get(i).name() + "' again. Fix: give each variant file its own 'name:'.");
            }
        }
        List<String> names = new ArrayList<>();
        names.add(base.name());
        variants.forEach(v -> names.add(v.name()));
        FileNames.requireDistinct(names, "scenario names", "scenario");
    }

    /**
     * A warning when a variant differs from the base in model settings, not only in its policies
     * (a variant that extends another file than the base, or none): its differences from the base,
     * and the cost-effectiveness ratios drawn from them, are then the effect of those settings and
     * its policies together, which nothing in the results says. Every section of the model but its
     * years, which {@link #checkYears} holds to the base's.
     */
    Optional<String> beyondPolicies(Scenario base, Scenario variant) {
        List<String> sections = new ArrayList<>();
        for (RecordComponent section : ModelSpec.class.getRecordComponents()) {
            if (!section.getName().equals("time") && !valueOf(section, base.model()).equals(valueOf(section, variant.model()))) {
                sections.add(section.getName());
            }
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("warning: " + variant.name() + " differs from the base " + base.name() + " in "
                + String.join(", ", sections) + ", not only in its policies: its differences from the base are the"
                + " effect of those settings and its policies together. Fix: none if those settings belong to the"
                + " variant (a park it builds, say); otherwise let it extend the base (extends: "
                + baseFile.getFileName() + ") and state only its policies.");
    }

    private static Object valueOf(RecordComponent section, ModelSpec model) {
        try {
            return section.getAccessor().invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + section.getName() + " of a model", e);
        }
    }

    /** Differences are paired year by year from one start ({@link SameYears}). */
    private void checkYears(Scenario base, List<Scenario> variants) {
        for (int i = 0; i < variants.size(); i++) {
            SameYears.require(baseFile, base, variantFiles.get(i), variants.get(i));
        }
    }

    /** Whether the scenario file states a top-level {@code name} itself (else it is named after its file). */
    private static boolean ownName(Path file) {
        // Read as the scenario reader reads a file alone (it was read as a scenario already, so it parses).
        return LocatedDocument.read(file, "scenario").tree().has("name");
    }

    /** The milestone years within the run, and the last year when it is not one of them. */
    private static List<Integer> horizons(Scenario base) {
        return Headline.COMPARE.years(base.time().startYear(), base.time().endYear());
    }

    private static void writeComparison(Path file, List<ComparisonRow> rows) throws IOException {
        try (SequenceWriter csv = open(file, COMPARISON_COLUMNS)) {
            for (ComparisonRow r : rows) {
                csv.write(new String[] {r.variant(), r.metric(), r.area(), Integer.toString(r.year()), r.unit(),
                    number(r.baseMean()), number(r.variantMean()), number(r.diffMean()), number(r.diffP05()),
                    number(r.diffP95()), number(r.relDiff()), number(r.diffSd()), Integer.toString(r.n()),
                    number(r.meanLow90()), number(r.meanHigh90())});
            }
        }
    }

    private static void writeCosts(Path file, List<CostEffectivenessRow> rows) throws IOException {
        try (SequenceWriter csv = open(file, COST_COLUMNS)) {
            for (CostEffectivenessRow r : rows) {
                CostEffectivenessRow.Intervals i = r.intervals();
                csv.write(new String[] {r.variant(), r.region(), Integer.toString(r.year()),
                    number(r.baseOutlayMillion()), number(r.extraOutlayMillion()), number(r.extraOutputBillion()),
                    number(r.extraApprovals()), number(r.extraEnterprises()), number(r.extraLeadingTalents()),
                    number(r.outputPerYuan()), number(r.approvalsPer100m()), number(r.enterprisesPer100m()),
                    number(r.leadingTalentsPer100m()), Integer.toString(r.replications()),
                    lo(i.extraOutlay()), hi(i.extraOutlay()), lo(i.extraOutput()), hi(i.extraOutput()),
                    lo(i.extraApprovals()), hi(i.extraApprovals()), lo(i.extraEnterprises()), hi(i.extraEnterprises()),
                    lo(i.extraLeadingTalents()), hi(i.extraLeadingTalents()), lo(i.outputPerYuan()), hi(i.outputPerYuan()),
                    lo(i.approvalsPer100m()), hi(i.approvalsPer100m()), lo(i.enterprisesPer100m()),
                    hi(i.enterprisesPer100m()), lo(i.leadingTalentsPer100m()), hi(i.leadingTalentsPer100m()),
                    r.ratioNote()});
            }
        }
    }

    /**
     * The resolved scenario, and its own summary.csv in {@code scenarios/<name>/} so that `chart` and
     * `report` can draw each variant against the base from the folder alone.
     */
    private static void writeResolved(RunFolder folder, Scenario scenario, List<ReplicationResult> results)
            throws IOException {
        String name = FileNames.safe(scenario.name(), "scenario");
        Files.writeString(folder.file("scenarios/" + name + ".resolved.yaml"), Scenarios.toYaml(scenario));
        SummaryCsvWriter.write(folder.file(summaryOf(scenario)), Summary.of(results));
    }

    /** Where a scenario's summary.csv is in the folder. */
    private static String summaryOf(Scenario scenario) {
        return "scenarios/" + FileNames.safe(scenario.name(), "scenario") + "/summary.csv";
    }

    private static String lo(Interval interval) {
        return number(interval.p05());
    }

    private static String hi(Interval interval) {
        return number(interval.p95());
    }

    /** A number as written everywhere else; empty where it is undefined (e.g. a ratio to zero). */
    private static String number(double d) {
        return Double.isFinite(d) ? Numbers.format(d) : "";
    }

    /** UTF-8, header row, {@code \n} line ends, quotes only where RFC 4180 needs them. */
    private static SequenceWriter open(Path file, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : columns) {
            schema.addColumn(column);
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return mapper.writerFor(String[].class).with(schema.build().withHeader().withLineSeparator("\n"))
                    .writeValues(writer);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }
}
