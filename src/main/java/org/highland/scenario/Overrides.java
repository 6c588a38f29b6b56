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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern LABEL = Pattern.compile("--set #(\\d+) '");

    /** The number {@link #label} gave the override a problem's file names, or -1 if it names none. */
    static int numberIn(String file) {
        Matcher m = LABEL.matcher(file);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Checks and merges every override in order, each as its own layer. A bad override is
     * reported and left out; the good ones are still applied, so that later paths are checked
     * against the tree they would really meet and the later checks find their values' problems.
     *
     * <p>An override that could not be applied leaves unsettled the path it would have written:
     * the first name on it that the tree lacks (the policy {@code policies.x} that
     * {@code policies.x.typ=...} was to create), or the whole path when the tree has it all. A
     * later override at or below an unsettled path is skipped rather than reported, and problems
     * the later checks find there are left out ({@link Outcome#with}): measured against a tree
     * without the failed override they would blame a good argument for what the bad one was to
     * provide ({@code policies.x.share=0.5} alone draws "expected a 'type' field"), or send the
     * user to fix a file value the override replaces. They are checked, and reported if still
     * wrong, once the failed override is fixed. When the first missing name is itself wrong
     * ({@code tiem} in {@code tiem.startYear=...}) nothing is left unsettled: the user meant
     * another path, and a later override with the same wrong name is a mistake of its own.
     */
    Outcome apply(List<String> sets, TreeMerger merger, Provenance provenance) {
        List<String> labels = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<FieldPath> unsettled = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            String argument = sets.get(i);
            String label = label(i + 1, argument);
            labels.add(label);
            Target target;
            try {
                target = target(label, argument);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (unsettled.stream().anyMatch(path -> TreeRepair.within(target.path(), path))) {
                continue;
            }
            try {
                applyAt(label, argument, target, merger, provenance);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                FieldPath left = unsettledBy(target, merger.root());
                if (left != null) {
                    unsettled.add(left);
                }
            }
        }
        return new Outcome(labels, problems, unsettled);
    }

    /**
     * What {@link #apply} found: the label of every override in argument order, the problems of
     * those that could not be applied, and the paths they leave unsettled.
     */
    record Outcome(List<String> labels, List<Problem> problems, List<FieldPath> unsettled) {
        /**
         * Every problem of a read: {@code later} (found by the checks after merging) less those at
         * or below an unsettled path, and the overrides' own; the files' problems first in reading
         * order, then each override's in argument order.
         */
        List<Problem> with(List<Problem> later) {
            List<Problem> all = new ArrayList<>(problems);
            later.stream().filter(p -> unsettled.stream().noneMatch(path -> at(p.path(), path))).forEach(all::add);
            List<Problem> sorted = new ArrayList<>(ScenarioReader.inReadingOrder(all));
            // Stable: sources that are no override (-1) keep their order, ahead of the overrides.
            sorted.sort(Comparator.comparingInt(p -> labels.indexOf(p.file())));
            return sorted;
        }

        private static boolean at(String dotted, FieldPath path) {
            String prefix = path.dotted();
            return dotted.equals(prefix) || dotted.startsWith(prefix + ".") || dotted.startsWith(prefix + "[");
        }
    }

    /** Where an override writes (its path, with each step's offset), whether it multiplies, where its '=' is. */
    private record Target(List<FieldPath.Step> steps, FieldPath path, boolean multiply, int equalsAt) {
    }

    /** Splits an override into its path and value and parses the path. */
    private static Target target(String label, String argument) {
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
        return new Target(steps, new FieldPath(segments), multiply, equals);
    }

    private void applyAt(String label, String argument, Target target, TreeMerger merger, Provenance provenance) {
        List<FieldPath.Step> steps = target.steps();
        checkPath(label, steps, merger.root());

        int valueColumn = target.equalsAt() + 2;
        Map<String, SourceMap.Location> locations = new HashMap<>();
        JsonNode value = parseValue(label, argument.substring(target.equalsAt() + 1), valueColumn, target.path(),
                locations);
        if (target.multiply()) {
            value = multiplied(label, valueColumn, target.path(), value, merger.root());
        }
        FieldPath prefix = FieldPath.ROOT;
        for (FieldPath.Step step : steps) {
            prefix = step.segment() instanceof Integer index ? prefix.index(index) : prefix.child((String) step.segment());
            locations.put(prefix.pointer(), new SourceMap.Location(1, step.offset() + 1));
        }
        // A problem with the value itself should point at the value, not at the last name.
        locations.put(target.path().pointer(), new SourceMap.Location(1, valueColumn));
        int layer = provenance.addLayer(new SourceMap(label, locations));
        merger.overlayAt(layer, target.path().segments(), value);
    }

    /**
     * The path a failed override leaves unsettled ({@link #apply}), or null. A product writes
     * only where a value already is, so it leaves only its own path unsettled.
     */
    private FieldPath unsettledBy(Target target, JsonNode root) {
        List<FieldPath.Step> steps = target.steps();
        if (steps.isEmpty()) {
            return null;
        }
        if (!target.multiply()) {
            JsonNode node = root;
            for (int i = 0; i < steps.size(); i++) {
                Object segment = steps.get(i).segment();
                node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
                if (node == null) {
                    List<Object> created = target.path().segments().subList(0, i + 1);
                    return valid(steps.subList(0, i + 1), root) ? new FieldPath(created) : null;
                }
            }
        }
        return valid(steps, root) ? target.path() : null;
    }

    private boolean valid(List<FieldPath.Step> steps, JsonNode root) {
        try {
            checkPath("", steps, root);
            return true;
        } catch (ScenarioException e) {
            return false;
        }
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
                                level.remedyForUnknown(name, level.fields().keySet(), "use one of the listed names"));
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
