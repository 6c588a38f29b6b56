package org.highland.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Edits a copy of a merged tree so that mapping can go on past a problem already reported: an
 * unknown field is removed, a value of the wrong type is replaced by a neutral one of the right
 * type (0, false, "", the first enum constant, an empty list or mapping). The copy is only used to
 * find the file's other problems; it never becomes a scenario.
 */
final class TreeRepair {
    private TreeRepair() {
    }

    /** Removes the node at {@code path} (a field, a map entry or a list element). */
    static void remove(ObjectNode root, FieldPath path) {
        List<Object> segments = path.segments();
        if (segments.isEmpty()) {
            return;
        }
        JsonNode parent = at(root, segments.subList(0, segments.size() - 1));
        Object last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            object.remove(name);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.remove((int) index);
        }
    }

    /**
     * Replaces what {@code e} complains about by a neutral value and returns its path, or null when
     * no neutral value exists (a nested record, a polymorphic object, a constructor's own check).
     */
    static FieldPath repair(ObjectNode root, JsonMappingException e) {
        if (!(e instanceof MismatchedInputException mismatch) || e instanceof InvalidDefinitionException
                || mismatch.getTargetType() == null) {
            return null;
        }
        JsonNode neutral = neutral(mismatch.getTargetType());
        if (neutral == null) {
            return null;
        }
        FieldPath path = ProblemTranslator.pathOf(e);
        Matcher missing = ProblemTranslator.MISSING.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.find()) {
            String name = missing.group(1);
            List<Object> segments = path.segments();
            if (segments.isEmpty() || !name.equals(String.valueOf(segments.get(segments.size() - 1)))) {
                path = path.child(name);
            }
        }
        List<Object> segments = path.segments();
        if (segments.isEmpty()) {
            return null;
        }
        JsonNode parent = at(root, segments.subList(0, segments.size() - 1));
        Object last = segments.get(segments.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String name) {
            if (neutral.equals(object.get(name))) {
                return null; // already repaired once: give up rather than loop
            }
            object.set(name, neutral);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            if (neutral.equals(array.get(index))) {
                return null;
            }
            array.set(index, neutral);
        } else {
            return null;
        }
        return path;
    }

    /** True when {@code path} is {@code prefix} or lies below it. */
    static boolean within(FieldPath path, FieldPath prefix) {
        List<Object> a = path.segments();
        List<Object> b = prefix.segments();
        return a.size() >= b.size() && a.subList(0, b.size()).equals(b);
    }

    private static JsonNode at(JsonNode root, List<Object> segments) {
        JsonNode node = root;
        for (Object segment : segments) {
            if (node == null) {
                return null;
            }
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
        }
        return node;
    }

    private static JsonNode neutral(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class) {
            return IntNode.valueOf(0);
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return DoubleNode.valueOf(0);
        }
        if (type == boolean.class || type == Boolean.class) {
            return BooleanNode.FALSE;
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return TextNode.valueOf("");
        }
        if (type.isEnum() && type.getEnumConstants().length > 0) {
            return TextNode.valueOf(type.getEnumConstants()[0].toString());
        }
        if (Collection.class.isAssignableFrom(type)) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (Map.class.isAssignableFrom(type)) {
            return JsonNodeFactory.instance.objectNode();
        }
        return null;
    }
}
