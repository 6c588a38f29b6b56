package org.highland.experiment.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A scenario overlay: what a calibrated scenario changes against the scenario file it extends,
 * as nested YAML under comment lines, so that running the overlay runs exactly the calibrated
 * scenario. It is the difference of the two scenarios resolved (every default filled in), so it
 * carries every value the calibration ran with: the searched parameters, a left-out region's
 * transferred defaults and the calibration's own {@code --set} overrides. Objects differ key by
 * key; a list or a value that differs is written whole (a list replaces the whole list), an object
 * whose {@code type} changed is written whole (it replaces the old one), and a key the calibrated
 * scenario lacks is written as {@code ~}.
 */
public final class Overlay {
    private static final String TYPE = "type";

    private Overlay() {
    }

    /**
     * @param extendsFile    written as {@code extends:} when not null, so the overlay runs as is
     * @param name           written as {@code name:} when not null, so the overlay's runs and
     *                       comparisons are told apart from the scenario's
     * @param scenarioYaml   the scenario file as it resolves on its own (no overrides)
     * @param calibratedYaml the calibrated scenario, resolved
     */
    public static String render(String extendsFile, String name, List<String> comments, String scenarioYaml,
                                String calibratedYaml) {
        YAMLMapper yaml = new YAMLMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (extendsFile != null) {
            root.put("extends", extendsFile);
        }
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        List<String> wholeLists = new ArrayList<>();
        diff(read(yaml, scenarioYaml), read(yaml, calibratedYaml), changes, "", wholeLists);
        changes.remove("name");
        changes.remove("description");
        if (name != null) {
            root.put("name", name);
            // Its own, not the calibrated scenario's description (a file without one would say only what it extends).
            root.put("description", "As " + read(yaml, scenarioYaml).path("name").asText()
                    + ", with its free parameters as calibrated (the header says how).");
        }
        root.setAll(changes);
        StringBuilder out = new StringBuilder();
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        for (String list : wholeLists) {
            out.append("# ").append(list).append(": written whole (a list replaces the whole list).\n");
        }
        try {
            return out.append(yaml.writeValueAsString(root)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts into {@code out} what {@code target} changes against {@code base}, both objects. */
    static void diff(JsonNode base, JsonNode target, ObjectNode out, String path, List<String> wholeLists) {
        for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String at = path.isEmpty() ? key : path + "." + key;
            JsonNode was = base.get(key);
            JsonNode now = e.getValue();
            if (was != null && was.isObject() && now.isObject() && sameType(was, now)) {
                ObjectNode inner = JsonNodeFactory.instance.objectNode();
                diff(was, now, inner, at, wholeLists);
                if (!inner.isEmpty()) {
                    out.set(key, inner);
                }
            } else if (!now.equals(was)) {
                out.set(key, now.deepCopy());
                if (now.isArray() && was != null) {
                    wholeLists.add(at);
                }
            }
        }
        for (Iterator<String> it = base.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!target.has(key)) {
                out.putNull(key);
            }
        }
    }

    private static boolean sameType(JsonNode was, JsonNode now) {
        return was.path(TYPE).equals(now.path(TYPE));
    }

    private static JsonNode read(YAMLMapper yaml, String text) {
        try {
            return yaml.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
