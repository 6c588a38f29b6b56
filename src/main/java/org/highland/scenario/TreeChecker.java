package org.highland.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every unknown field and unknown or missing type id in the merged tree before Jackson
 * maps it. Jackson stops at its first error and, for records, may report a missing field before
 * the misspelt one that caused it ("population missing" for "populaton"); checking names first
 * gives the real cause, and all of them at once.
 */
final class TreeChecker {
    /** Most missing fields a message lists by name. */
    private static final int LISTED = 4;
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
        checker.walk(rootType, tree, FieldPath.ROOT, List.of());
        offending.addAll(checker.offending);
        return checker.problems;
    }

    /**
     * @param typedSiblings for an entry of a map, the names of the map's other entries that carry
     *                      a type id (the policies the scenario already has); empty otherwise
     */
    private void walk(Type type, JsonNode node, FieldPath path, List<String> typedSiblings) {
        Schema.Level level = Schema.level(type, node);
        switch (level.kind()) {
            case RECORD:
                if (node.isObject()) {
                    checkObject(Schema.raw(Schema.unwrapOptional(type)), level, node, path, typedSiblings);
                }
                break;
            case MAP:
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> entry : node.properties()) {
                        if (!misspeltEntry(level.element(), node, entry.getKey(), path.child(entry.getKey()))) {
                            walk(level.element(), entry.getValue(), path.child(entry.getKey()),
                                    typedEntries(level.element(), node, entry.getKey()));
                        }
                    }
                }
                break;
            case LIST:
                if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        walk(level.element(), node.get(i), path.index(i), List.of());
                    }
                }
                break;
            default:
                // Scalars are left to Jackson, which knows every coercion rule.
        }
    }

    /**
     * Whether the entry {@code name} of {@code map} (of untyped records, such as regions or parks)
     * lacks most of the fields every other entry has and is named like one of them: a misspelt
     * region or park that a variant meant to change. Reported once, as such, and left out of
     * further checks, where it would otherwise read as a new entry and get one "expected a value"
     * per field it lacks, none naming the misspelling.
     */
    private boolean misspeltEntry(Type element, JsonNode map, String name, FieldPath path) {
        JsonNode entry = map.get(name);
        Schema.Level level = Schema.level(element, entry);
        if (level.kind() != Schema.Kind.RECORD || Schema.typeProperty(Schema.raw(Schema.unwrapOptional(element))) != null
                || !entry.isObject() || map.size() < 2) {
            return false;
        }
        List<String> others = new ArrayList<>();
        List<String> common = new ArrayList<>(level.fields().keySet());
        map.properties().forEach(e -> {
            if (!e.getKey().equals(name)) {
                others.add(e.getKey());
                common.removeIf(f -> !e.getValue().has(f));
            }
        });
        List<String> lacking = new ArrayList<>(common);
        lacking.removeIf(entry::has);
        // An entry with most of the fields is a new one that forgot some: each is reported as missing.
        Optional<String> near = Wording.closest(name, others);
        if (2 * lacking.size() <= common.size() || near.isEmpty()) {
            return false;
        }
        offending.add(path);
        String missing = lacking.size() <= LISTED ? String.join(", ", lacking)
                : String.join(", ", lacking.subList(0, LISTED)) + " and " + (lacking.size() - LISTED) + " more";
        problems.add(provenance.problem(path, "the name of an entry the scenario has, to change it"
                + (others.size() <= 2 * LISTED ? " (one of: " + String.join(", ", others) + ")" : "")
                + ", or a new entry with the fields the others have; got '" + name + "', which lacks " + missing,
                "did you mean '" + near.get() + "'? For a new entry, give it every field '" + near.get() + "' has"));
        return true;
    }

    /** The other entries of {@code map} that hold the type id of {@code element}, if it has one. */
    private static List<String> typedEntries(Type element, JsonNode map, String except) {
        String typeProperty = Schema.typeProperty(Schema.raw(Schema.unwrapOptional(element)));
        List<String> typed = new ArrayList<>();
        if (typeProperty != null) {
            map.properties().forEach(e -> {
                if (!e.getKey().equals(except) && e.getValue().has(typeProperty)) {
                    typed.add(e.getKey());
                }
            });
        }
        return typed;
    }

    private void checkObject(Class<?> raw, Schema.Level level, JsonNode node, FieldPath path,
            List<String> typedSiblings) {
        String typeProperty = Schema.typeProperty(raw);
        if (typeProperty != null && !knownTypeId(raw, typeProperty, node, path, typedSiblings)) {
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
                            Schema.unknownFieldRemedy(raw, name, known, "remove it or rename it to one of the listed names")));
                }
            } else if (!name.equals(typeProperty)) {
                walk(fieldType, entry.getValue(), path.child(name), List.of());
            }
        }
    }

    private boolean knownTypeId(Class<?> raw, String typeProperty, JsonNode node, FieldPath path,
            List<String> typedSiblings) {
        List<String> ids = new ArrayList<>(Schema.subtypes(raw).keySet());
        JsonNode id = node.get(typeProperty);
        if (id == null || !id.isTextual() || !ids.contains(id.asText())) {
            offending.add(path);
        }
        if (id == null) {
            String addType = "add '" + typeProperty + ": " + (ids.isEmpty() ? "..." : ids.get(0)) + "' (or another listed id)";
            // Without a type the entry is taken for a new one; most often it is a misspelt name of
            // an entry the scenario has (a baseline policy whose field a variant changes), and
            // adding a type would silently put a second policy beside the one meant.
            List<Object> segments = path.segments();
            String name = segments.isEmpty() ? "" : String.valueOf(segments.get(segments.size() - 1));
            String fix = Wording.closest(name, typedSiblings)
                    .map(near -> "did you mean '" + near + "'? For a new entry, " + addType)
                    .orElse(addType);
            problems.add(provenance.problem(path, "a '" + typeProperty + "' field naming the kind, one of: "
                    + String.join(", ", ids), fix));
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
