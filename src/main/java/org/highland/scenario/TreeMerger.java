package org.highland.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the merged scenario tree, layer over layer, recording provenance as it goes.
 *
 * <p>Rules: objects merge key by key; lists and scalars replace whole (merging list elements by
 * position would silently mix two scenarios' regions); an explicit null deletes a key; and an
 * object whose {@code type} changes replaces the old object, because fields of two subtypes never
 * fit together. Layer trees are never modified: values are copied in. A null that would delete a
 * key the tree does not hold is a problem: it is almost always a misspelt name (a policy meant to
 * be switched off would silently stay in force).
 */
final class TreeMerger {
    static final String TYPE = "type";
    static final String TYPE_DEFAULTS = "typeDefaults";
    /** Guards against type defaults that contain their own type, which would expand forever. */
    private static final int MAX_DEPTH = 64;
    /** Entries a remedy lists by name at most (a policy map, not every field of a record). */
    private static final int MAX_LISTED = 12;

    private final Provenance provenance;
    private ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final List<FilledDefault> filled = new ArrayList<>();
    /** Nulls that deleted nothing, reported once the layers are merged ({@link #requireRemovalsFound}). */
    private final List<Problem> emptyRemovals = new ArrayList<>();
    /**
     * Pointers of keys a lower layer held and that are gone (a null removed them, or a change of
     * type replaced their object): a null for one of them again is no misspelling, as when two
     * files of an extends chain both remove a policy, or a new type drops the old type's field.
     */
    private final Set<String> removed = new HashSet<>();

    /**
     * A field that no layer gave and that {@code typeDefaults} filled in, so a reader can tell a
     * planner which defaults a policy silently took (e.g. its budget).
     */
    record FilledDefault(FieldPath object, String type, String field, JsonNode value) {
    }

    TreeMerger(Provenance provenance) {
        this.provenance = provenance;
    }

    ObjectNode root() {
        return root;
    }

    /** The top-level fields of typed objects filled from {@code typeDefaults}, in tree order. */
    List<FilledDefault> filled() {
        return filled;
    }

    /** Merges a whole document over the tree. */
    void overlay(int layer, ObjectNode tree) {
        root = (ObjectNode) merge(root, tree, FieldPath.ROOT, layer);
    }

    /**
     * Merges {@code value} at the path (already checked against the schema): missing objects on
     * the way are created, a null removes the addressed key.
     */
    void overlayAt(int layer, List<Object> segments, JsonNode value) {
        JsonNode parent = root;
        FieldPath path = FieldPath.ROOT;
        for (int i = 0; i < segments.size() - 1; i++) {
            Object segment = segments.get(i);
            path = extend(path, segment);
            JsonNode child = get(parent, segment);
            if (child == null || !child.isContainerNode()) {
                child = JsonNodeFactory.instance.objectNode();
                put(parent, segment, child);
                provenance.replace(path.pointer(), layer);
            }
            parent = child;
        }
        Object last = segments.get(segments.size() - 1);
        path = extend(path, last);
        if (value.isNull() && parent.isObject()) {
            remove(layer, (ObjectNode) parent, (String) last, path);
        } else {
            put(parent, last, merge(get(parent, last), value, path, layer));
        }
    }

    private JsonNode merge(JsonNode existing, JsonNode value, FieldPath path, int layer) {
        String pointer = path.pointer();
        if (!value.isObject()) {
            provenance.forget(pointer);
            claim(value, pointer, layer);
            return value.deepCopy();
        }
        ObjectNode target;
        if (existing != null && existing.isObject() && sameType(existing, value)) {
            target = (ObjectNode) existing;
        } else {
            target = JsonNodeFactory.instance.objectNode();
            provenance.forget(pointer);
            if (existing != null && existing.isObject()) {
                existing.fieldNames().forEachRemaining(name -> removed.add(path.child(name).pointer()));
            }
        }
        provenance.add(pointer, layer);
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            if (entry.getValue().isNull()) {
                remove(layer, target, key, path.child(key));
            } else {
                target.set(key, merge(target.get(key), entry.getValue(), path.child(key), layer));
            }
        }
        return target;
    }

    /**
     * A null of {@code layer} deletes {@code key}; one that finds no such key, which no lower layer
     * held either, is recorded as a problem.
     */
    private void remove(int layer, ObjectNode parent, String key, FieldPath path) {
        if (parent.remove(key) != null) {
            removed.add(path.pointer());
        } else if (!removed.contains(path.pointer())) {
            List<String> held = new ArrayList<>();
            parent.fieldNames().forEachRemaining(held::add);
            emptyRemovals.add(provenance.problemIn(layer, path, "the name of an entry to remove ('~' removes one that"
                    + " the scenario so far holds), got '" + key + "', which it does not hold",
                    Wording.didYouMean(key, held, held.size() <= MAX_LISTED ? "remove the line, or name one of: "
                            + String.join(", ", held) : "remove the line")));
        }
        provenance.forget(path.pointer());
    }

    /** Throws the problems of nulls that deleted nothing, in the order the layers gave them. */
    void requireRemovalsFound() {
        if (!emptyRemovals.isEmpty()) {
            throw new ScenarioException(List.copyOf(emptyRemovals));
        }
    }

    /** A copied list or scalar: every node inside it comes from this layer. */
    private void claim(JsonNode node, String pointer, int layer) {
        provenance.add(pointer, layer);
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                claim(node.get(i), pointer + "/" + i, layer);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                claim(entry.getValue(), pointer + "/" + FieldPath.escape(entry.getKey()), layer);
            }
        }
    }

    private static boolean sameType(JsonNode existing, JsonNode value) {
        JsonNode before = existing.get(TYPE);
        JsonNode after = value.get(TYPE);
        return before == null || after == null || !before.isTextual() || before.equals(after);
    }

    /**
     * Moves {@code typeDefaults} out of the tree and merges the entry for each object's
     * {@code type} under that object. Inserted values get no provenance of their own, so a
     * problem in one points at the user's object that asked for the type.
     */
    void applyTypeDefaults() {
        JsonNode defaults = root.remove(TYPE_DEFAULTS);
        FieldPath where = FieldPath.ROOT.child(TYPE_DEFAULTS);
        if (defaults == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        if (!defaults.isObject()) {
            problems.add(provenance.problem(where, "a mapping from type id to default fields, got "
                    + Wording.describeNode(defaults), "write 'typeDefaults: {some-type: {field: value}}'"));
        } else {
            for (Map.Entry<String, JsonNode> entry : defaults.properties()) {
                if (!entry.getValue().isObject()) {
                    problems.add(provenance.problem(where.child(entry.getKey()), "a mapping of default fields, got "
                            + Wording.describeNode(entry.getValue()), "write 'field: value' entries under the type id"));
                }
            }
        }
        if (problems.isEmpty()) {
            expand(root, FieldPath.ROOT, (ObjectNode) defaults, 0, problems);
        }
        provenance.forget(where.pointer());
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private void expand(JsonNode node, FieldPath path, ObjectNode defaults, int depth, List<Problem> problems) {
        if (depth > MAX_DEPTH) {
            problems.add(provenance.problem(path, "type defaults that do not contain an object of their own type",
                    "remove the nested object of the same type from typeDefaults"));
            return;
        }
        if (node.isObject()) {
            JsonNode type = node.get(TYPE);
            if (type != null && type.isTextual() && defaults.has(type.asText())) {
                ObjectNode typeDefaults = (ObjectNode) defaults.get(type.asText());
                for (Map.Entry<String, JsonNode> entry : typeDefaults.properties()) {
                    if (!node.has(entry.getKey()) && !entry.getValue().isNull()) {
                        filled.add(new FilledDefault(path, type.asText(), entry.getKey(), entry.getValue()));
                    }
                }
                underlay((ObjectNode) node, typeDefaults);
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                expand(entry.getValue(), path.child(entry.getKey()), defaults, depth + 1, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                expand(node.get(i), path.index(i), defaults, depth + 1, problems);
            }
        }
    }

    /** Copies what {@code node} lacks from {@code defaults}, recursing where both have objects. */
    private static void underlay(ObjectNode node, ObjectNode defaults) {
        for (Map.Entry<String, JsonNode> entry : defaults.properties()) {
            JsonNode own = node.get(entry.getKey());
            JsonNode fallback = entry.getValue();
            if (fallback.isNull()) {
                continue;
            }
            if (own == null) {
                node.set(entry.getKey(), fallback.deepCopy());
            } else if (own.isObject() && fallback.isObject() && sameType(fallback, own)) {
                underlay((ObjectNode) own, (ObjectNode) fallback);
            }
        }
    }

    private static FieldPath extend(FieldPath path, Object segment) {
        return segment instanceof Integer index ? path.index(index) : path.child((String) segment);
    }

    private static JsonNode get(JsonNode node, Object segment) {
        return segment instanceof Integer index ? node.get(index) : node.get((String) segment);
    }

    private static void put(JsonNode parent, Object segment, JsonNode child) {
        if (segment instanceof Integer index) {
            ((ArrayNode) parent).set(index, child);
        } else {
            ((ObjectNode) parent).set((String) segment, child);
        }
    }
}
