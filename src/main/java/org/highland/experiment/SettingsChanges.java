package org.highland.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the settings an interrupted job was started with differ from those of the command that
 * would resume it, field by field and in words, so that a refused resume says what changed.
 */
public final class SettingsChanges {
    private SettingsChanges() {
    }

    /**
     * Each top-level field that differs: what {@code described} says of it, else "field X then, Y
     * now" for a single value, else the field's name.
     */
    public static List<String> between(JsonNode then, JsonNode now, Map<String, String> described) {
        Set<String> fields = new LinkedHashSet<>();
        now.fieldNames().forEachRemaining(fields::add);
        then.fieldNames().forEachRemaining(fields::add);
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = then.path(field);
            JsonNode b = now.path(field);
            if (a.equals(b)) {
                continue;
            }
            if (described.containsKey(field)) {
                changes.add(described.get(field));
            } else if (single(a) && single(b)) {
                changes.add(field + " " + text(a) + " then, " + text(b) + " now");
            } else {
                changes.add(field);
            }
        }
        return changes;
    }

    /**
     * {@code now} as {@code then} was recorded: without each of {@code recordedSince}, the fields
     * later versions added, that {@code then} lacks. A job an earlier version started, before those
     * fields were recorded, is compared on the settings it holds, so it can still be resumed.
     */
    public static ObjectNode asRecordedIn(JsonNode then, ObjectNode now, List<String> recordedSince) {
        ObjectNode comparable = now.deepCopy();
        recordedSince.stream().filter(field -> !then.has(field)).forEach(comparable::remove);
        return comparable;
    }

    private static boolean single(JsonNode node) {
        return node.isValueNode() || node.isNull() || node.isMissingNode();
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "none" : node.asText();
    }
}
