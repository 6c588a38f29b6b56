package org.highland.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a scenario file (YAML or JSON) into an immutable record of type {@code T}, reporting
 * every mistake as a {@link ScenarioException} whose problems name the file, line, column, field
 * path, what was expected and how to fix it.
 *
 * <p>The value is built in layers, later ones winning: the complete defaults resource (the one
 * place defaults live), the {@code extends} ancestors of the file (furthest first), the file, and
 * each {@code --set path=value} in order. Objects merge recursively, lists replace whole, a null
 * ({@code ~}) deletes a key, and an object whose {@code type} changes replaces the old one. Then
 * {@code typeDefaults} (from the defaults, or overridden by any layer) are merged under every
 * object with a matching {@code type}. The result is mapped strictly onto {@code T}, and
 * {@link org.highland.model.Param} ranges and {@link Checked} constraints are verified.
 *
 * <p>Instances are immutable and may be shared between threads.
 *
 * @param <T> the scenario record type
 */
public final class ScenarioReader<T extends Record> {
    static final String DEFAULTS_LABEL = "defaults";

    private final Class<T> type;
    private final Document defaults;
    private final DocumentLoader loader = new DocumentLoader();
    private final ObjectMapper records = Mappers.records();
    private final YAMLMapper yamlWriter = Mappers.yamlWriter();

    /**
     * @param type             the scenario record type
     * @param defaultsResource classpath resource (YAML, or JSON if it ends in {@code .json})
     *                         holding a complete default scenario, optionally with
     *                         {@code typeDefaults}
     * @throws IllegalArgumentException if the resource does not exist
     * @throws ScenarioException        if the resource is malformed (problems name {@code defaults})
     */
    public ScenarioReader(Class<T> type, String defaultsResource) {
        this(type, defaultsResource, type.getClassLoader() != null ? type.getClassLoader()
                : Thread.currentThread().getContextClassLoader());
    }

    /** Loads the defaults through {@code classLoader}; lets tests supply defaults from a folder. */
    ScenarioReader(Class<T> type, String defaultsResource, ClassLoader classLoader) {
        this.type = type;
        this.defaults = loader.loadResource(classLoader, defaultsResource, DEFAULTS_LABEL);
    }

    /**
     * Reads, merges, maps and validates a scenario.
     *
     * @param file the scenario file (.yaml, .yml or .json), as the user gave it
     * @param sets {@code path=value} overrides applied in order, e.g. {@code seed=7}
     * @throws ScenarioException listing every problem found at the first stage that failed; the
     *                           overrides' problems come with those of the stages after merging
     */
    public T read(Path file, List<String> sets) {
        return map(resolve(file, sets));
    }

    /**
     * As {@link #read}, and reports to {@code filled} each field of a typed object (a policy) that
     * the file left out and {@code typeDefaults} filled in, as (dotted object path, type id, field,
     * default value as text), in tree order.
     */
    public T read(Path file, List<String> sets, FilledListener filled) {
        Resolved resolved = resolve(file, sets);
        T value = map(resolved);
        for (TreeMerger.FilledDefault f : resolved.filled()) {
            filled.filled(f.object().dotted(), f.type(), f.field(), f.value().asText());
        }
        return value;
    }

    /** Receives the fields filled from {@code typeDefaults}. */
    @FunctionalInterface
    public interface FilledListener {
        void filled(String objectPath, String type, String field, String value);
    }

    /**
     * As {@link #read(Path, List)}, for a scenario held as YAML text rather than in a file: a
     * resolved scenario shipped to the executors of a cluster, which have none of the user's files.
     * The text is one layer over the defaults; it may not {@code extends} a file, there being no
     * folder to resolve it in. {@code label} names the text in messages.
     */
    public T readText(String label, String yamlText, List<String> sets) {
        Document document = loader.parse(label, yamlText, false, false);
        if (document.tree().has(DocumentLoader.EXTENDS)) {
            SourceMap.Location at = document.sourceMap().locate("/" + DocumentLoader.EXTENDS);
            throw new ScenarioException(List.of(new Problem(label, at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(), DocumentLoader.EXTENDS, "a resolved scenario without 'extends:'",
                    "ship the scenario as resolved (Scenarios.toYaml), its ancestors merged in")));
        }
        return map(resolve(List.of(document), null, sets));
    }

    /** The defaults alone, mapped and validated: a check that the defaults resource is complete. */
    public T defaults() {
        return map(resolve(null, List.of()));
    }

    /**
     * The merged tree exactly as it is mapped onto {@code T}: all layers and overrides applied,
     * type defaults filled in, {@code typeDefaults} and {@code extends} removed. Not validated
     * against {@code T} beyond the --set paths.
     */
    public JsonNode resolvedTree(Path file, List<String> sets) {
        Resolved resolved = resolve(file, sets);
        if (!resolved.sets().problems().isEmpty()) {
            throw new ScenarioException(resolved.sets().with(List.of()));
        }
        return resolved.tree().deepCopy();
    }

    /**
     * {@code value} as YAML that {@link #read} turns back into an equal record: components in
     * declaration order, type ids as {@code type} fields, no document marker, few quotes.
     */
    public String toYaml(T value) {
        try {
            return yamlWriter.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type.getSimpleName() + " as YAML", e);
        }
    }

    /**
     * A merged tree, where each of its parts came from, and the overrides that could not be merged:
     * their problems are reported with those the later stages find, so that one run names them all.
     */
    private record Resolved(ObjectNode tree, Provenance provenance, List<TreeMerger.FilledDefault> filled,
                            Overrides.Outcome sets) {
    }

    private Resolved resolve(Path file, List<String> sets) {
        return resolve(file == null ? List.of() : loader.loadChain(file), file, sets);
    }

    /**
     * @param chain the layers over the defaults, furthest ancestor first
     * @param file  the file the last layer came from, which names a scenario that states no name;
     *              null for the defaults alone or a text
     */
    private Resolved resolve(List<Document> chain, Path file, List<String> sets) {
        Provenance provenance = new Provenance();
        TreeMerger merger = new TreeMerger(provenance);
        merger.overlay(provenance.addLayer(defaults.sourceMap()), defaults.tree());
        if (!chain.isEmpty()) {
            for (Document layer : chain) {
                Problem experiment = ExperimentFiles.asScenario(layer, type);
                if (experiment != null) {
                    throw new ScenarioException(List.of(experiment));
                }
                merger.overlay(provenance.addLayer(layer.sourceMap()), layer.tree());
            }
            if (file != null) {
                nameAfterFile(chain, file, merger.root());
            }
        }
        Overrides.Outcome outcome = new Overrides(type).apply(sets, merger, provenance);
        try {
            merger.requireRemovalsFound();
            merger.applyTypeDefaults();
        } catch (ScenarioException e) {
            throw new ScenarioException(outcome.with(e.problems()));
        }
        return new Resolved(merger.root(), provenance, merger.filled(), outcome);
    }

    /**
     * A file that states no {@code name:} is named after itself ({@code my-variant.yaml}:
     * {@code my-variant}), not after the file it extends or the defaults' placeholder: its results
     * folder and reports would otherwise carry another scenario's name. Nor does it take the
     * {@code description:} of the file it extends, which describes that scenario, not this one: it
     * says what it extends instead. A {@code --set} of either still wins.
     */
    private static void nameAfterFile(List<Document> chain, Path file, ObjectNode root) {
        JsonNode own = chain.get(chain.size() - 1).tree();
        if (root.has(NAME) && !own.has(NAME)) {
            root.put(NAME, FileStem.of(file));
        }
        if (chain.size() > 1 && root.has(DESCRIPTION) && !own.has(DESCRIPTION)) {
            // The parent's name as a run of the parent would have it, by the same rule.
            Document parent = chain.get(chain.size() - 2);
            String parentName = parent.tree().has(NAME) ? parent.tree().get(NAME).asText()
                    : FileStem.of(Path.of(parent.sourceMap().source()));
            root.put(DESCRIPTION, "Extends " + parentName + "; the file gives no description of its own.");
        }
    }

    private static final String NAME = "name";
    private static final String DESCRIPTION = "description";

    /**
     * Most repairs tried while collecting a file's problems: each mapping error is reported, the
     * offending value replaced by a neutral one of the right type, and the mapping tried again.
     */
    private static final int MAX_REPAIRS = 50;

    /**
     * Maps and validates, reporting every problem of the file at once: unknown names, values of
     * the wrong type, ranges and cross-field constraints. Unknown names are removed and values of
     * the wrong type replaced (in a copy) so the rest can be checked; problems that a replacement
     * itself would cause are not reported.
     */
    private T map(Resolved resolved) {
        List<FieldPath> removed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(TreeChecker.check(type, resolved.tree(), resolved.provenance(), removed));
        ObjectNode working = resolved.tree().deepCopy();
        for (FieldPath path : removed) {
            TreeRepair.remove(working, path);
        }
        List<FieldPath> repaired = new ArrayList<>(removed);
        ProblemTranslator translator = new ProblemTranslator(working, resolved.provenance());
        T value = null;
        for (int attempt = 0; attempt <= MAX_REPAIRS && value == null; attempt++) {
            try {
                value = records.readerFor(type).readValue(working);
            } catch (JsonMappingException e) {
                Problem problem = translator.translate(e);
                FieldPath at = TreeRepair.repair(working, e);
                // A field missing beside an unknown one is that field misspelt: reported once.
                boolean misspelt = at != null && ProblemTranslator.MISSING.matcher(String.valueOf(e.getOriginalMessage())).find()
                        && removed.stream().anyMatch(r -> r.segments().size() == at.segments().size()
                                && TreeRepair.within(at, parent(r)));
                if (!misspelt) {
                    problems.add(problem);
                }
                if (at == null || attempt == MAX_REPAIRS) {
                    throw new ScenarioException(resolved.sets().with(problems));
                }
                repaired.add(at);
            } catch (IOException e) {
                throw new IllegalStateException("reading from a tree failed", e);
            }
        }
        for (RecordValidator.Violation violation : RecordValidator.validate(value)) {
            if (repaired.stream().noneMatch(r -> TreeRepair.within(violation.path(), r))) {
                problems.add(resolved.provenance().problem(violation.path(), violation.expected(), violation.remedy()));
            }
        }
        if (!problems.isEmpty() || !resolved.sets().problems().isEmpty()) {
            throw new ScenarioException(resolved.sets().with(problems));
        }
        return value;
    }

    private static FieldPath parent(FieldPath path) {
        List<Object> segments = path.segments();
        return new FieldPath(segments.subList(0, Math.max(0, segments.size() - 1)));
    }

    /**
     * Sorts problems top to bottom within each source, sources in order of first mention, so a
     * user can fix them while reading the file once. The sort is stable: problems at the same
     * place keep their discovery order. Experiment files report their problems the same way.
     */
    public static List<Problem> inReadingOrder(List<Problem> problems) {
        List<String> sources = problems.stream().map(Problem::file).distinct().toList();
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> sources.indexOf(p.file()))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }
}
