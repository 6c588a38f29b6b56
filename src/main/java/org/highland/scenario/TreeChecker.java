package org.highland.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every unknown field and unknown or missing type id in the merged tree before Jackson
 * maps it. Jackson stops at its first error and, for records, may report a missing field before
 * the misspelt one that caused it ("population missing" for "populaton"); checking names first
 * gives the real cause, and all of them at once.
 */
final class TreeChecker {
    private final Provenance provenance;
    private final List<Problem> problems = new ArrayList<>();
    private final List<FieldPath> offending = new ArrayList<>();

    private TreeChecker(Provenance provenance) {
        this.provenance = provenance;
    }

    static List<Problem> check(Type rootType, JsonNode tree, Provenance provenance) {
        return check(rootType, tree, provenance, new ArrayList<>());
    }

    /**
     * As {@link #check(Type, JsonNode, Provenance)}, and adds to {@code offending} the path of each
     * unknown field and of each object whose type id is missing or unknown, so that a caller can
     * remove them and look for the file's other problems.
     */
    static List<Problem> check(Type rootType, JsonNode tree, Provenance provenance, List<FieldPath> offending) {
        TreeChecker checker = new TreeChecker(provenance);
        checker.walk(rootType, tree, FieldPath.ROOT);
        offending.addAll(checker.offending);
        return checker.problems;
    }

    private void walk(Type type, JsonNode node, FieldPath path) {
        Schema.Level level = Schema.level(type, node);
        switch (level.kind()) {
            case RECORD:
                if (node.isObject()) {
                    checkObject(Schema.raw(Schema.unwrapOptional(type)), level, node, path);
                }
                break;
            case MAP:
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> entry : node.properties()) {
                        walk(level.element(), entry.getValue(), path.child(entry.getKey()));
                    }
                }
                break;
            case LIST:
                if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        walk(level.element(), node.get(i), path.index(i));
                    }
                }
                break;
            default:
                // Scalars are left to Jackson, which knows every coercion rule.
        }
    }

    private void checkObject(Class<?> raw, Schema.Level level, JsonNode node, FieldPath path) {
        String typeProperty = Schema.typeProperty(raw);
        if (typeProperty != null && !knownTypeId(raw, typeProperty, node, path)) {
            return;
        }
        JsonIgnoreProperties ignore = raw.getAnnotation(JsonIgnoreProperties.class);
        boolean ignoreUnknown = ignore != null && ignore.ignoreUnknown();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            Type fieldType = level.fields().get(name);
            if (fieldType == null) {
                if (!ignoreUnknown) {
                    offending.add(path.child(name));
                    List<String> known = new ArrayList<>(level.fields().keySet());
                    known.remove(typeProperty);
                    problems.add(provenance.problem(path.child(name), "one of: " + String.join(", ", known)
                            + "; got unknown field '" + name + "'",
                            Wording.didYouMean(name, known, "remove it or rename it to one of the listed names")));
                }
            } else if (!name.equals(typeProperty)) {
                walk(fieldType, entry.getValue(), path.child(name));
            }
        }
    }

    private boolean knownTypeId(Class<?> raw, String typeProperty, JsonNode node, FieldPath path) {
        List<String> ids = new ArrayList<>(Schema.subtypes(raw).keySet());
        JsonNode id = node.get(typeProperty);
        if (id == null || !id.isTextual() || !ids.contains(id.asText())) {
            offending.add(path);
        }
        if (id == null) {
            problems.add(provenance.problem(path, "a '" + typeProperty + "' field naming the kind, one of: "
                    + String.join(", ", ids), "add '" + typeProperty + ": " + (ids.isEmpty() ? "..." : ids.get(0))
                    + "' (or another listed id)"));
            return false;
        }
        if (!id.isTextual() || !ids.contains(id.asText())) {
            problems.add(provenance.problem(path.child(typeProperty), "one of: " + String.join(", ", ids)
                    + "; got " + (id.isTextual() ? "'" + id.asText() + "'" : Wording.describeNode(id)),
                    Wording.didYouMean(id.asText(), ids, "use one of the listed type ids")));
            return false;
        }
        return true;
    }
}
