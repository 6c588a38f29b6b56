package org.highland.experiment.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** A scenario overlay: {@code path -> value} pairs as nested YAML under comment lines. */
public final class Overlay {
    private Overlay() {
    }

    /**
     * @param extendsFile written as {@code extends:} when not null, so the overlay runs as is
     */
    public static String render(String extendsFile, Map<String, Double> values, List<String> comments) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (extendsFile != null) {
            root.put("extends", extendsFile);
        }
        StringBuilder indexed = new StringBuilder();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getKey().contains("[")) {
                // A list element cannot be overlaid alone (a list replaces the whole list).
                indexed.append("# --set ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
                continue;
            }
            String[] parts = e.getKey().split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
            node.put(parts[parts.length - 1], e.getValue());
        }
        YAMLMapper yaml = new YAMLMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        StringBuilder out = new StringBuilder();
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        if (indexed.length() > 0) {
            out.append("# List elements: edit them in the scenario's list, or run with\n").append(indexed);
        }
        try {
            return out.append(yaml.writeValueAsString(root)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
