package org.highland.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What tells an experiment file ({@code experiments/*.yaml}, read by the sweep's experiment
 * reader) from a scenario file, so that either given where the other belongs is one clear problem
 * naming the command to use, not one "unknown field" per key.
 */
public final class ExperimentFiles {
    /** Every top-level key of an experiment file. */
    public static final Set<String> KEYS = Set.of("name", "description", "base", "variants", "set", "factors",
            "design", "replications", "seed", "streams", "outputs");
    /** Keys only an experiment has, in the order messages list them. */
    public static final List<String> ONLY = List.of("base", "variants", "factors", "design", "outputs");
    /** Design methods whose points {@code highland sensitivity} turns into indices. */
    private static final Set<String> INDEX_METHODS = Set.of("morris", "sobol");

    private ExperimentFiles() {
    }

    /**
     * A file read as a scenario of record type {@code type} that is an experiment file: one of
     * its keys only an experiment has, and no key only a scenario has. Null when it is not one.
     */
    static Problem asScenario(Document document, Class<? extends Record> type) {
        JsonNode root = document.tree();
        List<String> experimentKeys = ONLY.stream().filter(root::has).toList();
        if (experimentKeys.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        // extends is already taken out of the tree, but its line is still known.
        boolean scenarioKey = document.sourceMap().locate("/" + DocumentLoader.EXTENDS) != null
                || names.stream().anyMatch(n -> !KEYS.contains(n)
                        && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(n)));
        if (scenarioKey) {
            return null;
        }
        String file = document.sourceMap().source();
        String method = root.path("design").path("method").asText("");
        String run = INDEX_METHODS.contains(method)
                ? "'highland sensitivity " + file + "' (its " + method + " indices) or 'highland sweep " + file
                        + "' (its points alone)"
                : "'highland sweep " + file + "'";
        JsonNode base = root.get("base");
        String scenario = base != null && base.isTextual() ? ", or give this command a scenario file such as the"
                + " experiment's base, " + baseOf(file, base.asText()) : ", or give this command a scenario file";
        SourceMap.Location at = document.sourceMap().locate("");
        return new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), "",
                "a scenario file, got an experiment file (it has " + String.join(", ", experimentKeys) + ")",
                "run it with " + run + scenario);
    }

    /** The experiment's base scenario as a path from where the user is (it is written relative to the file). */
    private static String baseOf(String experimentFile, String base) {
        Path folder = Path.of(experimentFile).getParent();
        return (folder == null ? Path.of(base) : folder.resolve(base)).normalize().toString();
    }
}
