package org.highland.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --set path=value} arguments. Each path is checked against the scenario type
 * before anything is merged, because a typo in an override would otherwise either vanish into a
 * map or surface later as a confusing "unknown field" far from the argument that caused it.
 */
final class Overrides {
    /** Longest --set argument: far above any real value, short enough to parse at once. */
    static final int MAX_CHARS = 65536;

    private final Type rootType;
    private final ObjectMapper yaml = Mappers.yamlTrees();

    Overrides(Type rootType) {
        this.rootType = rootType;
    }

    /** How problems name the n-th (1-based) override. */
    static String label(int number, String argument) {
        String shown = argument.length() > 80 ? argument.substring(0, 77) + "..." : argument;
        return "--set #" + number + " '" + shown + "'";
    }

    /**
     * Checks and merges every override in order, each as its own layer. All bad overrides are
     * reported together; the good ones before them are still applied so that later paths are
     * checked against the tree they would really meet.
     */
    void apply(List<String> sets, TreeMerger merger, Provenance provenance) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            String argument = sets.get(i);
            String label = label(i + 1, argument);
            try {
                applyOne(label, argument, merger, provenance);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    private void applyOne(String label, String argument, TreeMerger merger, Provenance provenance) {
        if (argument.length() > MAX_CHARS) {
            throw problem(label, 1, "", "a --set of at most " + MAX_CHARS + " characters, got " + argument.length(),
                    "put long values in a scenario file");
        }
        int equals = argument.indexOf('=');
        if (equals <= 0) {
            throw problem(label, 1, "", "path=value, e.g. policies.trialSupport.phase1MaxMillion=5",
                    equals == 0 ? "put the field path before '='" : "add '=' and the new value");
        }
        String pathText = argument.substring(0, equals);
        boolean multiply = pathText.endsWith("*");
        if (multiply) {
            pathText = pathText.substring(0, pathText.length() - 1);
        }
        List<FieldPath.Step> steps;
        try {
            steps = FieldPath.steps(pathText);
        } catch (FieldPath.SyntaxError e) {
            throw problem(label, e.offset() + 1, pathText, e.getMessage(),
                    "write the path as names separated by '.', with list positions as [0]");
        }
        List<Object> segments = new ArrayList<>();
        steps.forEach(step -> segments.add(step.segment()));
        FieldPath target = new FieldPath(segments);
        checkPath(label, steps, merger.root());

        int valueColumn = equals + 2;
        Map<String, SourceMap.Location> locations = new HashMap<>();
        JsonNode value = parseValue(label, argument.substring(equals + 1), valueColumn, target, locations);
        if (multiply) {
            value = multiplied(label, valueColumn, target, value, merger.root());
        }
        FieldPath prefix = FieldPath.ROOT;
        for (FieldPath.Step step : steps) {
            prefix = step.segment() instanceof Integer index ? prefix.index(index) : prefix.child((String) step.segment());
            locations.put(prefix.pointer(), new SourceMap.Location(1, step.offset() + 1));
        }
        // A problem with the value itself should point at the value, not at the last name.
        locations.put(target.pointer(), new SourceMap.Location(1, valueColumn));
        int layer = provenance.addLayer(new SourceMap(label, locations));
        merger.overlayAt(layer, segments, value);
    }

    /** Walks the path through the type and the current tree; throws at the first bad step. */
    private void checkPath(String label, List<FieldPath.Step> steps, JsonNode tree) {
        Type type = rootType;
        JsonNode node = tree;
        FieldPath path = FieldPath.ROOT;
        for (FieldPath.Step step : steps) {
            FieldPath parent = path;
            Schema.Level level = Schema.level(type, node);
            int column = step.offset() + 1;
            String where = path.segments().isEmpty() ? "the top level" : "'" + path.dotted() + "'";
            if (step.segment() instanceof Integer index) {
                path = path.index(index);
                if (level.kind() != Schema.Kind.LIST) {
                    throw problem(label, column, path.dotted(), "a field name at " + where + ", not a list index",
                            "write '." + firstName(level) + "' instead of '[" + index + "]'");
                }
                int size = node != null && node.isArray() ? node.size() : 0;
                if (index >= size) {
                    throw problem(label, column, path.dotted(), size == 0
                            ? "an existing list element, but the list at " + where + " is empty"
                            : "an index in [0, " + (size - 1) + "] at " + where + ", got [" + index + "]",
                            "to change the number of elements set the whole list, e.g. "
                                    + parent.dotted() + "=[...]");
                }
                type = level.element();
                node = node.get(index);
                continue;
            }
            String name = (String) step.segment();
            path = path.child(name);
            switch (level.kind()) {
                case RECORD:
                    if (!level.fields().containsKey(name)) {
                        throw problem(label, column, path.dotted(), "one of: " + String.join(", ", level.fields().keySet())
                                + " at " + where + "; got '" + name + "'",
                                Wording.didYouMean(name, level.fields().keySet(), "use one of the listed names"));
                    }
                    type = level.fields().get(name);
                    break;
                case MAP:
                    type = level.element();
                    break;
                case LIST:
                    throw problem(label, column, path.dotted(), "a list index such as [0] after " + where,
                            "write " + parent.dotted() + "[0]." + name + " to change one element");
                default:
                    throw problem(label, column, path.dotted(), "nothing after " + where + ", which is "
                            + Schema.describe(type), "end the path at '" + parent.dotted() + "'");
            }
            node = node == null ? null : node.get(name);
        }
    }

    /**
     * {@code path*=factor}: the value the path has now (from the files, or from the policy type's
     * defaults when the policy leaves it out) times the factor, so "double the R&D subsidy" needs
     * no copy of the current value.
     */
    private static JsonNode multiplied(String label, int column, FieldPath target, JsonNode factor, JsonNode root) {
        if (!factor.isNumber()) {
            throw problem(label, column, target.dotted(), "a number to multiply by after '*=', got "
                    + Wording.describeNode(factor), "write e.g. " + target.dotted() + "*=2");
        }
        JsonNode current = root;
        JsonNode parent = null;
        for (Object segment : target.segments()) {
            parent = current;
            current = current == null ? null
                    : segment instanceof Integer index ? current.get(index) : current.get((String) segment);
        }
        if (current == null && parent != null && parent.path(TreeMerger.TYPE).isTextual()) {
            String field = (String) target.segments().get(target.segments().size() - 1);
            current = root.path(TreeMerger.TYPE_DEFAULTS).path(parent.get(TreeMerger.TYPE).asText()).get(field);
        }
        if (current == null || !current.isNumber()) {
            throw problem(label, column, target.dotted(), "a number already set at " + target.dotted()
                    + " to multiply, got " + Wording.describeNode(current),
                    "set the value itself with " + target.dotted() + "=VALUE");
        }
        double product = current.doubleValue() * factor.doubleValue();
        if (current.isIntegralNumber() && product == Math.rint(product) && Math.abs(product) < Long.MAX_VALUE) {
            return LongNode.valueOf((long) product);
        }
        return DoubleNode.valueOf(product);
    }

    private static String firstName(Schema.Level level) {
        return level.fields().isEmpty() ? "name" : level.fields().keySet().iterator().next();
    }

    /**
     * Parses the value as a YAML flow node ({@code 3}, {@code [1, 2]}, {@code {a: 1}}, {@code ~})
     * and records where each part of it sits in the argument. An empty value is the empty text.
     */
    private JsonNode parseValue(String label, String text, int valueColumn, FieldPath target,
                                Map<String, SourceMap.Location> locations) {
        if (text.isBlank()) {
            return TextNode.valueOf(text);
        }
        List<Problem> duplicates = new ArrayList<>();
        try {
            SourceMap inner;
            try (JsonParser parser = yaml.createParser(text)) {
                inner = SourceMap.scan(label, parser, duplicates);
            }
            if (!duplicates.isEmpty()) {
                Problem first = duplicates.get(0);
                throw problem(label, valueColumn, target.dotted(), first.expected(), first.remedy());
            }
            inner.locations().forEach((pointer, at) -> locations.put(target.pointer() + pointer,
                    new SourceMap.Location(1, at.line() == 1 ? valueColumn + at.column() - 1 : valueColumn)));
            return Mappers.readYamlTree(yaml, text);
        } catch (JsonProcessingException e) {
            DocumentLoader.SyntaxError error = DocumentLoader.syntaxError(e);
            int column = error.line() == 1 ? valueColumn + Math.max(error.column() - 1, 0) : valueColumn;
            throw problem(label, column, target.dotted(), "a value written as YAML, e.g. 3, 0.5, true, [1, 2], "
                    + "{a: 1} or \"text\", got: " + error.message(),
                    "quote text containing ':', '#', '[' or '{', and close every bracket");
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string failed", e);
        }
    }

    private static ScenarioException problem(String label, int column, String path, String expected, String remedy) {
        return new ScenarioException(List.of(new Problem(label, 1, column, path, expected, remedy)));
    }
}
