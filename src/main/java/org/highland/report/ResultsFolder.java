package org.highland.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.sensitivity.Sensitivity;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.report.chart.Footnote;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.Scenario;
import org.highland.scenario.ScenarioException;
import org.highland.scenario.Scenarios;

/**
 * A results folder as written by {@code run}, {@code validate} or {@code compare}, read back so that
 * charts and the report need no re-run. A run folder has summary.csv (and validation.csv after
 * {@code validate}); a compare folder has comparison.csv, cost_effectiveness.csv and each
 * scenario's summary.csv in {@code scenarios/<name>/}; a sweep folder, after {@code sensitivity},
 * has sensitivity.csv; a screen folder has screening.csv.
 */
public final class ResultsFolder {
    /** The tables one of which makes a folder a results folder. */
    private static final List<String> RESULT_FILES = List.of("summary.csv", "comparison.csv", "sensitivity.csv",
            "screening.csv");

    private final Path dir;
    private final JsonNode manifest;
    private final SummaryTable summary;
    private final Map<String, SummaryTable> scenarios;
    private final List<String> variants;
    private final CsvRows comparison;
    private final CsvRows costs;
    private final CsvRows validation;
    private final CsvRows sensitivity;
    private final CsvRows sensitivityNotes;
    private final CsvRows screening;

    private ResultsFolder(Path dir, JsonNode manifest, SummaryTable summary, Map<String, SummaryTable> scenarios,
                          List<String> variants, CsvRows comparison, CsvRows costs, CsvRows validation,
                          CsvRows sensitivity, CsvRows sensitivityNotes, CsvRows screening) {
        this.dir = dir;
        this.manifest = manifest;
        this.summary = summary;
        this.scenarios = scenarios;
        this.variants = variants;
        this.comparison = comparison;
        this.costs = costs;
        this.validation = validation;
        this.sensitivity = sensitivity;
        this.sensitivityNotes = sensitivityNotes;
        this.screening = screening;
    }

    /**
     * Reads what the folder holds, once a write of files there that a kill outright interrupted is
     * undone ({@link #recover}).
     *
     * @throws IllegalArgumentException if it is neither a run, a compare nor an analysed sweep folder;
     *                                  the message says whether the path is missing, a file or a folder
     *                                  without those files, and what to pass instead
     */
    public static ResultsFolder read(Path dir) throws IOException {
        recover(dir);
        return read(dir, Map.of());
    }

    /**
     * Rolls back the sets of files ({@link AtomicFiles}) that a process killed outright left half
     * written in the folder or its charts/, the folders they write into: the earlier files are
     * back, the new ones removed, and stderr says so. Commands that read or add to a results or
     * sweep folder call this first, so they never see new tables beside earlier charts.
     */
    public static void recover(Path dir) {
        AtomicFiles.recover(dir);
        AtomicFiles.recover(dir.resolve("charts"));
    }

    /**
     * Reads what the folder will hold once the files of {@code pending} are in place: each maps a
     * file's name in the folder ({@code sensitivity.csv}) to the file its content waits in until
     * then. An analysis draws its charts so, from tables not yet in place, and writes both together.
     */
    public static ResultsFolder read(Path dir, Map<String, Path> pending) throws IOException {
        Function<String, Path> file = name -> pending.getOrDefault(name, dir.resolve(name));
        boolean run = Files.isRegularFile(file.apply("summary.csv"));
        boolean compare = Files.isRegularFile(file.apply("comparison.csv"));
        boolean sweep = Files.isRegularFile(file.apply("sensitivity.csv"));
        boolean screen = Files.isRegularFile(file.apply("screening.csv"));
        if (!run && !compare && !sweep && !screen) {
            throw new IllegalArgumentException(notAResultsFolder(dir));
        }
        // A sweep folder describes its run in sweep.json (name, replications, scale).
        Path described = Files.isRegularFile(file.apply("manifest.json")) ? file.apply("manifest.json")
                : file.apply("sweep.json");
        JsonNode manifest = Files.isRegularFile(described) ? new ObjectMapper().readTree(described.toFile()) : null;
        SummaryTable summary = run ? readSummary(file.apply("summary.csv")) : null;
        CsvRows comparison = optional(file.apply("comparison.csv"));
        List<String> variants = new ArrayList<>();
        if (comparison != null) {
            Set<String> names = new LinkedHashSet<>();
            comparison.rows().forEach(r -> names.add(r.get("variant")));
            variants.addAll(names);
        }
        Map<String, SummaryTable> scenarios = new LinkedHashMap<>();
        Path scenarioDir = dir.resolve("scenarios");
        if (compare && Files.isDirectory(scenarioDir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(scenarioDir, Files::isDirectory)) {
                List<Path> sorted = new ArrayList<>();
                entries.forEach(sorted::add);
                sorted.sort(null);
                for (Path p : sorted) {
                    if (Files.isRegularFile(p.resolve("summary.csv"))) {
                        scenarios.put(p.getFileName().toString(), readSummary(p.resolve("summary.csv")));
                    }
                }
            }
        }
        return new ResultsFolder(dir, manifest, summary, scenarios, List.copyOf(variants), comparison,
                optional(file.apply("cost_effectiveness.csv")), optional(file.apply("validation.csv")),
                optional(file.apply("sensitivity.csv")), optional(file.apply(Sensitivity.NOTES_FILE)),
                optional(file.apply("screening.csv")));
    }

    /** A summary.csv, or a sentence naming the file when it is not one highland wrote. */
    private static SummaryTable readSummary(Path file) throws IOException {
        SummaryTable table;
        try {
            table = SummaryTable.read(file);
        } catch (JsonProcessingException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IllegalArgumentException(file + ": not a summary.csv written by highland (" + why
                    + "). Fix: rerun the command into a new folder.");
        }
        if (table.rows().isEmpty()) {
            throw new IllegalArgumentException(file + ": no rows of a summary.csv written by highland."
                    + " Fix: rerun the command into a new folder.");
        }
        for (SummaryRow row : table.rows()) {
            if (!Double.isFinite(row.mean()) || !Double.isFinite(row.p05()) || !Double.isFinite(row.p95())) {
                throw new IllegalArgumentException(file + ": " + row.metric() + " for " + row.area() + " in "
                        + row.year() + " is not a finite number. Fix: rerun the command into a new folder.");
            }
        }
        return table;
    }

    /** Whether a folder holds the table of a run, compare or analysed sweep folder. */
    private static boolean holdsResults(Path dir) {
        return dir != null && RESULT_FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    /**
     * Why a path is not a results folder (missing, a file, a folder without the tables), and what to
     * pass: the folder above when that is one (a file or charts/ inside a results folder), a
     * results folder of a close name when the path is missing, `highland sensitivity` for a sweep
     * folder not yet analysed.
     */
    private static String notAResultsFolder(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        Path shownParent = dir.getParent() == null ? parent : dir.getParent();
        String inside = holdsResults(parent) ? "pass the folder that holds it: " + shownParent + "." : null;
        String expected = dir + ": expected a results folder, as `highland run`, `validate`, `compare` or `screen`"
                + " write it (with summary.csv, comparison.csv or screening.csv), or a sweep folder after"
                + " `highland sensitivity` (with sensitivity.csv), but ";
        if (!Files.exists(dir)) {
            String check = "check the path; relative paths start from " + Path.of("").toAbsolutePath() + ".";
            return expected + "there is no such folder. Fix: " + closeResultsFolder(dir, parent)
                    .map(near -> "did you mean '" + dir.resolveSibling(near) + "'? Otherwise " + check).orElse(check);
        }
        if (!Files.isDirectory(dir)) {
            return expected + "this is a file. Fix: " + (inside != null ? inside
                    : "pass the results folder itself (the --out of that command), not a file.");
        }
        List<String> runs = resultsInside(dir);
        String fix = Files.isRegularFile(dir.resolve(SweepDescriptor.FILE)) ? unanalysedSweep(dir)
                : inside != null ? inside
                : !runs.isEmpty() ? "it holds " + (runs.size() == 1 ? "one results folder" : runs.size()
                        + " results folders, one per run") + ": pass " + (runs.size() == 1 ? "it" : "one, e.g. the latest")
                        + ", " + dir.resolve(runs.get(runs.size() - 1)) + "."
                : "pass the folder the command wrote (its --out), or run one of those commands first.";
        return expected + "this folder holds none of those files. Fix: " + fix;
    }

    /**
     * What to do with a sweep folder that has no sensitivity.csv. Only a morris or sobol design has
     * indices to draw: advising {@code sensitivity} for a grid or lhs sweep sends the planner to a
     * second refusal, so such a sweep is pointed to {@code discover}, which reads any design. The
     * advice names no command, since chart and report both give it.
     */
    private static String unanalysedSweep(Path dir) {
        String method = sweepMethod(dir);
        if (method.equals("morris") || method.equals("sobol") || method.isEmpty()) {
            return "run `highland sensitivity " + dir + "` first, then this command again.";
        }
        return "this sweep's design is " + method + ", which has no sensitivity indices to draw (they need a"
                + " morris or sobol design): find where an output is high or low with `highland discover " + dir
                + " --output M --region R --year Y --below V`, or sweep a morris or sobol design.";
    }

    /** The design method sweep.json records, in lower case; empty when it cannot be read. */
    private static String sweepMethod(Path dir) {
        try {
            return new ObjectMapper().readTree(dir.resolve(SweepDescriptor.FILE).toFile()).path("method").asText("")
                    .toLowerCase(Locale.ROOT);
        } catch (IOException unreadable) {
            return ""; // a sweep.json we cannot read: the usual advice, and sensitivity says what is wrong
        }
    }

    /**
     * The results folders directly inside {@code dir}, the latest last: a run writes
     * results/&lt;scenario&gt;/&lt;yyyyMMdd-HHmmss&gt;, so a planner who passes results/&lt;scenario&gt;
     * is one level short. Folders named with --out (cmp, park-2030) do not sort by time, so the
     * order is that of the manifests' start times, and of the names among equal or missing ones.
     */
    private static List<String> resultsInside(Path dir) {
        Map<String, Instant> started = new LinkedHashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ResultsFolder::holdsResults)) {
            entries.forEach(p -> started.put(p.getFileName().toString(), startTime(p)));
        } catch (IOException unreadable) {
            return List.of(); // a folder we may not list: no suggestion, the refusal stands
        }
        List<String> names = new ArrayList<>(started.keySet());
        names.sort(Comparator.comparing((String name) -> started.get(name)).thenComparing(Comparator.naturalOrder()));
        return names;
    }

    /** When the run in {@code folder} started, by its manifest; {@link Instant#MIN} when that does not say. */
    private static Instant startTime(Path folder) {
        try {
            return OffsetDateTime.parse(new ObjectMapper().readTree(folder.resolve("manifest.json").toFile())
                    .path("startTime").asText()).toInstant();
        } catch (IOException | DateTimeParseException unreadable) {
            return Instant.MIN;
        }
    }

    /** The results folder beside a missing path whose name is close to the name given, if any. */
    private static Optional<String> closeResultsFolder(Path dir, Path parent) {
        if (parent == null || !Files.isDirectory(parent) || dir.getFileName() == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ResultsFolder::holdsResults)) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException unreadable) {
            return Optional.empty(); // a folder we may not list: no suggestion, the refusal stands
        }
        return LocatedDocument.closestOf(dir.getFileName().toString(), names);
    }

    private static CsvRows optional(Path file) throws IOException {
        return Files.isRegularFile(file) ? CsvRows.read(file) : null;
    }

    public Path dir() {
        return dir;
    }

    public boolean isCompare() {
        return comparison != null;
    }

    /** summary.csv of a run folder; null for a compare folder. */
    public SummaryTable summary() {
        return summary;
    }

    /** Each scenario's summary in a compare folder, by file-safe name (empty for an older compare folder). */
    public Map<String, SummaryTable> scenarioSummaries() {
        return scenarios;
    }

    /** The variants of a compare folder, in file order. */
    public List<String> variants() {
        return variants;
    }

    /** The base of a compare folder: the scenario summary that is not a variant; null when unknown. */
    public String base() {
        for (String name : scenarios.keySet()) {
            if (variants.stream().noneMatch(v -> safe(v).equals(name))) {
                return name;
            }
        }
        return null;
    }

    /** A scenario's summary in a compare folder, looked up by its name as written in comparison.csv. */
    public SummaryTable scenarioSummary(String name) {
        return scenarios.get(safe(name));
    }

    /**
     * A resolved scenario file of the folder read as this version reads scenarios; empty when it
     * is not there or was written by a version whose fields this one no longer reads.
     */
    static Optional<Scenario> resolvedScenario(Path resolved) {
        if (!Files.isRegularFile(resolved)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Scenarios.load(resolved, List.of()));
        } catch (ScenarioException e) {
            return Optional.empty();
        }
    }

    /** The folder name compare gives a scenario: the same {@link FileNames#safe} it was written with. */
    static String safe(String name) {
        return FileNames.safe(name, "scenario");
    }

    public CsvRows comparison() {
        return comparison;
    }

    public CsvRows costs() {
        return costs;
    }

    /** sensitivity.csv of a sweep folder after `highland sensitivity`; null elsewhere. */
    public CsvRows sensitivity() {
        return sensitivity;
    }

    /**
     * sensitivity_notes.csv of a sweep folder after `highland sensitivity`: what each output's
     * sample cannot support; null elsewhere, and in a folder analysed before the file existed.
     */
    public CsvRows sensitivityNotes() {
        return sensitivityNotes;
    }

    /** screening.csv of a screen folder; null elsewhere. */
    public CsvRows screening() {
        return screening;
    }

    /** A screen folder: the screen's effects, no summary, comparison or sensitivity indices. */
    public boolean isScreening() {
        return summary == null && comparison == null && sensitivity == null && screening != null;
    }

    /** A sweep folder: sensitivity indices, no summary or comparison. */
    public boolean isSensitivity() {
        return summary == null && comparison == null && sensitivity != null;
    }

    public CsvRows validation() {
        return validation;
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** The table the metric and area lists come from: summary.csv, or the base's in a compare folder. */
    public SummaryTable primaryTable() {
        if (summary != null) {
            return summary;
        }
        String base = base();
        return base == null ? null : scenarios.get(base);
    }

    /** The scenario's name: scenario.resolved.yaml's, or base and variants for a comparison. */
    public String scenarioName() throws IOException {
        if (isCompare()) {
            String base = base() == null ? "base" : base();
            return base + " vs " + String.join(", ", variants);
        }
        if (isSensitivity() && manifest != null && manifest.hasNonNull("name")) {
            return "experiment " + manifest.get("name").asText();
        }
        if (isScreening()) {
            String base = nameIn(dir.resolve("scenarios/base.resolved.yaml"));
            String variant = nameIn(dir.resolve("scenarios/variant.resolved.yaml"));
            if (base != null && variant != null) {
                return "screen of " + variant + " against " + base;
            }
        }
        String name = nameIn(dir.resolve("scenario.resolved.yaml"));
        return name != null ? name : dir.getFileName() == null ? "?" : dir.getFileName().toString();
    }

    /**
     * The top-level {@code name:} of a resolved scenario file, or null: read as YAML, as the report
     * reads it ({@link ReportPolicies#field}), so a quoted name with escapes reads as written.
     */
    private static String nameIn(Path resolved) throws IOException {
        String name = ReportPolicies.field(resolved, "name");
        return name.isEmpty() ? null : name;
    }

    /** The chart footnote from the manifest (replications, scale, version and commit). */
    public Footnote footnote() throws IOException {
        int replications = manifest == null ? 0 : manifest.path("replications").asInt();
        double scale = manifest == null ? Double.NaN : manifest.path("scale").asDouble(Double.NaN);
        String version = manifest == null ? BuildInfo.version()
                : manifest.path("highlandVersion").asText(BuildInfo.version());
        String commit = manifest == null ? "" : manifest.path("gitCommit").asText("");
        if (commit.length() >= 7) {
            version += " (" + commit.substring(0, 7) + ")";
        }
        return new Footnote(scenarioName(), replications, scale, version);
    }
}
