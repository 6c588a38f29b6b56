package org.highland.experiment.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario overlay: {@code path -> value} pairs as nested YAML under comment lines. A value
 * inside a list (a path with {@code [i]}) cannot be overlaid alone, since a list replaces the whole
 * list: the overlay then holds the scenario's whole list with the value set in it.
 */
public final class Overlay {
    /** A name ({@code .name}, or the first one) or a list position ({@code [i]}) of a path. */
    private static final Pattern STEP = Pattern.compile("\\.?([^.\\[\\]]+)|\\[(\\d+)]");

    private Overlay() {
    }

    /**
     * @param extendsFile written as {@code extends:} when not null, so the overlay runs as is
     * @param name        written as {@code name:} when not null, so the overlay's runs and
     *                    comparisons are told apart from the scenario's
     * @param scenarioYaml the scenario the values calibrate, resolved (every default filled in):
     *                    the source of the lists whose elements are among the values
     */
    public static String render(String extendsFile, String name, Map<String, Double> values, List<String> comments,
                                String scenarioYaml) {
        YAMLMapper yaml = new YAMLMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (extendsFile != null) {
            root.put("extends", extendsFile);
        }
        if (name != null) {
            root.put("name", name);
        }
        JsonNode scenario = null;
        Set<String> copiedLists = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String path = e.getKey();
            int list = path.indexOf('[');
            if (list >= 0) {
                if (scenario == null) {
                    scenario = read(yaml, scenarioYaml);
                }
                String listPath = path.substring(0, list);
                if (copiedLists.add(listPath)) {
                    JsonNode whole = at(scenario, steps(listPath));
                    if (whole == null || !whole.isArray()) {
                        throw new IllegalArgumentException("no list at " + listPath + " in the scenario, for " + path);
                    }
                    set(root, steps(listPath), whole.deepCopy());
                }
            }
            set(root, steps(path), JsonNodeFactory.instance.numberNode(e.getValue()));
        }
        StringBuilder out = new StringBuilder();
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        for (String listPath : copiedLists) {
            out.append("# ").append(listPath).append(": the scenario's whole list (a list replaces the whole list),")
                    .append(" with its calibrated elements set.\n");
        }
        try {
            return out.append(yaml.writeValueAsString(root)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(YAMLMapper yaml, String text) {
        try {
            return yaml.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The steps of a path: names as strings, list positions as integers. */
    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int end = 0;
        while (m.find() && m.start() == end) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
            end = m.end();
        }
        if (end != path.length() || steps.isEmpty()) {
            throw new IllegalArgumentException("not a parameter path: " + path);
        }
        return steps;
    }

    /** The node at {@code steps} under {@code node}, or null. */
    static JsonNode at(JsonNode node, List<Object> steps) {
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    /** Puts {@code value} at {@code steps} under {@code root}, making the objects on the way. */
    private static void set(ObjectNode root, List<Object> steps, JsonNode value) {
        JsonNode node = root;
        for (int k = 0; k < steps.size() - 1; k++) {
            Object step = steps.get(k);
            JsonNode next = step instanceof Integer i ? node.get(i) : node.get((String) step);
            if (next == null) {
                if (step instanceof Integer) {
                    throw new IllegalArgumentException("no element " + step + " in the list at " + steps.subList(0, k));
                }
                next = ((ObjectNode) node).putObject((String) step);
            }
            node = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) node).set(i, value);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
    }
}
