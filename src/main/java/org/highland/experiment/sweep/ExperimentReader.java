package org.highland.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highland.scenario.ExperimentFiles;
import org.highland.scenario.FileStem;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.Problem;
import org.highland.scenario.ScenarioException;
import org.highland.scenario.ScenarioReader;

/**
 * Reads an experiment file ({@code experiments/*.yaml}) and checks its form, every problem located
 * at its line as for scenarios; {@link ExperimentChecks} then checks it against the scenarios.
 * Scenario files are resolved against the experiment file's folder.
 */
public final class ExperimentReader {
    static final Set<String> KEYS = ExperimentFiles.KEYS;
    /** Keys only an experiment has, and keys only a scenario has (to tell a scenario given by mistake). */
    private static final List<String> EXPERIMENT_ONLY = ExperimentFiles.ONLY;
    private static final List<String> SCENARIO_ONLY = List.of("extends", "time", "regions", "sectors", "routes",
            "firms", "entry", "talent", "capital", "tax", "location", "policies");
    private static final Set<String> DESIGN_KEYS = Set.of("method", "size", "levels");
    private static final Set<String> OUTPUT_KEYS = Set.of("metric", "area", "year", "years", "scenario", "difference");

    private final LocatedDocument doc;
    private final List<Problem> problems = new ArrayList<>();
    /** The list position in the file of each (expanded) output, for locating later problems. */
    private final List<Integer> outputSource = new ArrayList<>();
    /** The label of each output read so far, to the field that gave it. */
    private final Map<String, String> seenOutputs = new HashMap<>();
    /** Each factor entry that names a path, for checking paths and locating later problems. */
    private final List<FactorReader.Entry> factorEntries = new ArrayList<>();

    private ExperimentReader(LocatedDocument doc) {
        this.doc = doc;
    }

    /**
     * Reads and checks an experiment. Every problem is reported at once: those of its form (keys,
     * types, ranges) together with those found against its scenarios (factor paths, metrics,
     * areas, years) for the parts whose form was right, the experiment file's own in reading order
     * first, then those of the scenario files it names.
     *
     * @param endYear last simulated year from the command line, or null for the scenarios' own
     * @throws ScenarioException listing every problem found, located
     */
    public static ExperimentSpec read(Path file, Integer endYear) {
        LocatedDocument document = LocatedDocument.read(file, "experiment");
        refuseScenario(document);
        ExperimentReader reader = new ExperimentReader(document);
        ExperimentSpec form = reader.form(file);
        ExperimentChecks checks = new ExperimentChecks(reader.doc, form, reader.factorEntries, reader.outputSource, endYear);
        ExperimentSpec checked = checks.checked();
        List<Problem> all = new ArrayList<>(ScenarioReader.inReadingOrder(reader.problems));
        all.addAll(checks.problems());
        if (!all.isEmpty()) {
            throw new ScenarioException(ScenarioReader.inReadingOrder(all));
        }
        return checked;
    }

    /**
     * A scenario file given where an experiment belongs (none of base, factors, design, outputs, but
     * keys only a scenario has) is one problem, not one per key.
     */
    private static void refuseScenario(LocatedDocument document) {
        JsonNode root = document.tree();
        if (root == null || !root.isObject() || EXPERIMENT_ONLY.stream().anyMatch(root::has)) {
            return;
        }
        List<String> scenarioKeys = SCENARIO_ONLY.stream().filter(root::has).toList();
        if (!scenarioKeys.isEmpty()) {
            throw new ScenarioException(List.of(document.problem("", "", "an experiment file (base, factors, design,"
                    + " outputs), got what reads as a scenario file (it has " + String.join(", ", scenarioKeys) + ")",
                    "name this scenario as the base of an experiment file (see experiments/*.yaml and the README,"
                            + " \"Experiments, sweeps and sensitivity\"), or run it with highland run")));
        }
    }

    private ExperimentSpec form(Path file) {
        JsonNode root = doc.tree();
        unknownKeys(root, "", KEYS);
        String stem = FileStem.of(file);
        String name = text(root.get("name"), "/name", "name", stem);
        String description = text(root.get("description"), "/description", "description", "");
        Path folder = file.toAbsolutePath().getParent();
        Path base = null;
        String baseText = text(root.get("base"), "/base", "base", null);
        if (baseText == null && !root.has("base")) {
            problems.add(doc.problem("", "base", "a base scenario file, e.g. 'base: ../scenarios/baseline.yaml'",
                    "add a 'base:' line"));
        } else if (baseText != null) {
            base = folder.resolve(baseText).normalize();
        }
        Map<String, Path> variants = new LinkedHashMap<>();
        JsonNode v = root.get("variants");
        if (v != null && !v.isObject()) {
            problems.add(doc.problem("/variants", "variants", "a mapping of name: scenario file", "write e.g. 'variants: {trial: ../scenarios/x.yaml}'"));
        } else if (v != null) {
            v.fields().forEachRemaining(e -> {
                String f = text(e.getValue(), "/variants/" + e.getKey(), "variants." + e.getKey(), null);
                // An output is labelled scenario:metric:area:year, and a difference variant-base.
                if (e.getKey().equals(OutputOfInterest.BASE) || e.getKey().contains("-") || e.getKey().contains(":")) {
                    problems.add(doc.problem("/variants/" + e.getKey(), "variants." + e.getKey(),
                            "a variant name other than 'base' and without '-' or ':' (outputs are labelled"
                                    + " variant:metric:area:year, and a difference variant-base)", "rename the variant"));
                } else if (f != null) {
                    variants.put(e.getKey(), folder.resolve(f).normalize());
                }
            });
        }
        List<String> sets = new ArrayList<>();
        JsonNode s = root.get("set");
        if (s != null) {
            if (!s.isArray()) {
                problems.add(doc.problem("/set", "set", "a list of 'path=value' overrides", "write e.g. set: [\"time.endYear=2030\"]"));
            } else {
                for (int i = 0; i < s.size(); i++) {
                    String t = text(s.get(i), "/set/" + i, "set[" + i + "]", null);
                    if (t != null) {
                        sets.add(t);
                    }
                }
            }
        }
        JsonNode design = root.get("design");
        DesignMethod method = DesignMethod.GRID;
        int size = 1;
        int levels = 4;
        if (design == null || !design.isObject()) {
            problems.add(doc.problem(design == null ? "" : "/design", "design",
                    "a design mapping with method (grid, lhs, sobol or morris) and size", "add e.g. 'design: {method: morris, size: 10}'"));
        } else {
            unknownKeys(design, "/design", DESIGN_KEYS);
            method = method(design.get("method"));
            // A grid of factors that all list their levels needs no size (it would only space ranges):
            // checked once the factors are read.
            size = design.has("size") || method != DesignMethod.GRID
                    ? integer(design.get("size"), "/design/size", "design.size", 1, 1_000_000_000, -1) : 0;
            levels = integer(design.get("levels"), "/design/levels", "design.levels", 2, 1000, 4);
            if (method == DesignMethod.MORRIS && levels % 2 != 0) {
                problems.add(doc.problem("/design/levels", "design.levels", "an even number of Morris levels, got " + levels,
                        "use 4 (the usual choice) or another even number"));
            }
        }
        int replications = integer(root.get("replications"), "/replications", "replications", 1, 100_000, 1);
        long seed = integer(root.get("seed"), "/seed", "seed", 0, Integer.MAX_VALUE, 20150101);
        String streams = text(root.get("streams"), "/streams", "streams", "common");
        if (!streams.equals("common") && !streams.equals("independent")) {
            problems.add(doc.problem("/streams", "streams", "common or independent, got '" + streams + "'",
                    LocatedDocument.didYouMean(streams, List.of("common", "independent"),
                            "write 'streams: common' (every point sees the same random numbers) or 'independent'")));
        }
        List<SweepFactor> factors = new FactorReader(doc, problems, factorEntries).factors(root.get("factors"));
        if (size == 0) {
            if (factors.stream().allMatch(SweepFactor::hasLevels)) {
                size = 1;
            } else {
                problems.add(doc.problem("/design", "design.size", "the number of levels of each range factor in a"
                        + " grid, a whole number from 1 to 1000000000", "add 'size:' (e.g. size: 5), or give every"
                        + " factor its levels"));
            }
        }
        List<OutputOfInterest> outputs = outputs(root.get("outputs"));
        return new ExperimentSpec(name, description, file, base, variants, sets, factors, method, size, levels,
                replications, seed, streams.equals("common"), outputs);
    }

    private List<OutputOfInterest> outputs(JsonNode list) {
        List<OutputOfInterest> outputs = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(doc.problem(list == null ? "" : "/outputs", "outputs", "a non-empty list of outputs of interest",
                    "add e.g. 'outputs: [{metric: enterprises, area: Zhejiang, year: 2030}]'"));
            return outputs;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String at = "/outputs/" + i;
            String path = "outputs[" + i + "]";
            if (!o.isObject()) {
                problems.add(doc.problem(at, path, "a mapping with metric, area and year", "write {metric: ..., area: ..., year: ...}"));
                continue;
            }
            unknownKeys(o, at, OUTPUT_KEYS);
            String metric = text(o.get("metric"), at + "/metric", path + ".metric", null);
            String area = text(o.get("area"), at + "/area", path + ".area", null);
            String scenario = text(o.get("scenario"), at + "/scenario", path + ".scenario", OutputOfInterest.BASE);
            String difference = text(o.get("difference"), at + "/difference", path + ".difference", null);
            List<YearField> years = new ArrayList<>();
            if (o.has("year")) {
                years.add(year(o.get("year"), at + "/year", path + ".year"));
            }
            JsonNode ys = o.get("years");
            if (ys != null && ys.isArray()) {
                for (int y = 0; y < ys.size(); y++) {
                    years.add(year(ys.get(y), at + "/years/" + y, path + ".years[" + y + "]"));
                }
            } else if (ys != null) {
                // Not a list: its years would be dropped without a word beside a year, or the output
                // called yearless without one.
                problems.add(doc.problem(at + "/years", path + ".years", "a list of years, got " + ys,
                        "write years: [" + ys.asText() + "], or year: " + ys.asText()));
                continue;
            }
            if (metric == null || area == null || years.isEmpty()) {
                problems.add(doc.problem(at, path, "a metric, an area and a year (or a list of years)",
                        "write e.g. {metric: enterprises, area: Zhejiang, year: 2030}"));
                continue;
            }
            if (difference != null && o.has("scenario")) {
                problems.add(doc.problem(at + "/difference", path + ".difference",
                        "either scenario or difference, not both", "keep one of the two"));
            }
            for (YearField year : years) {
                OutputOfInterest output = difference != null
                        ? new OutputOfInterest(metric, area, year.year(), difference, true)
                        : new OutputOfInterest(metric, area, year.year(), scenario, false);
                // Outputs are told apart by their label in outputs.csv and sensitivity.csv: a second
                // one of the same label would be read as one output with two values per task.
                String first = year.valid() ? seenOutputs.putIfAbsent(output.label(), year.path()) : null;
                if (first != null) {
                    problems.add(doc.problem(year.pointer(), year.path(), "each output once, '" + output.label()
                            + "' is already given by " + first, "remove one of the two"));
                    continue;
                }
                outputSource.add(i);
                outputs.add(output);
            }
        }
        return outputs;
    }

    /** A year of an output, where it is written, and whether it read without a problem. */
    private record YearField(int year, String pointer, String path, boolean valid) {
    }

    private YearField year(JsonNode node, String pointer, String path) {
        int before = problems.size();
        int year = integer(node, pointer, path, 1900, 2200, 0);
        return new YearField(year, pointer, path, problems.size() == before);
    }

    private DesignMethod method(JsonNode node) {
        String word = text(node, "/design/method", "design.method", null);
        List<String> words = new ArrayList<>();
        for (DesignMethod m : DesignMethod.values()) {
            if (m.word().equals(word)) {
                return m;
            }
            words.add(m.word());
        }
        problems.add(doc.problem("/design/method", "design.method", "one of grid, lhs, sobol, morris, got "
                + (word == null ? "nothing" : "'" + word + "'"),
                word == null ? "name one of the four methods" : LocatedDocument.didYouMean(word, words, "name one of the four methods")));
        return DesignMethod.GRID;
    }

    private void unknownKeys(JsonNode node, String pointer, Set<String> allowed) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                problems.add(doc.problem(pointer + "/" + key, (pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.') + ".") + key,
                        "one of: " + String.join(", ", new java.util.TreeSet<>(allowed)) + "; got '" + key + "'",
                        LocatedDocument.didYouMean(key, allowed, "remove or rename the key")));
            }
        });
    }

    private String text(JsonNode node, String pointer, String path, String otherwise) {
        if (node == null) {
            return otherwise;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(doc.problem(pointer, path, "a text, got " + node, "write a non-empty text"));
            return otherwise;
        }
        return node.asText();
    }

    private int integer(JsonNode node, String pointer, String path, int min, int max, int otherwise) {
        if (node == null) {
            if (otherwise < 0) {
                problems.add(doc.problem(pointer.substring(0, pointer.lastIndexOf('/')), path, "a whole number from "
                        + min + " to " + max, "add '" + path.substring(path.lastIndexOf('.') + 1) + ":'"));
            }
            return Math.max(otherwise, min);
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            problems.add(doc.problem(pointer, path, String.format(Locale.ROOT, "a whole number from %d to %d, got %s", min, max, node),
                    "write a whole number in that range"));
            return Math.max(otherwise, min);
        }
        return node.asInt();
    }
}
