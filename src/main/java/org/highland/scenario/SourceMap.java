package org.highland.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node of one parsed document was written: JSON pointer to the line and column of its
 * key (of the value itself for list elements and the root). Kept apart from the tree because
 * Jackson's tree model drops locations, and every problem must point at a line.
 */
final class SourceMap {
    /** A 1-based position; 0 means unknown. */
    record Location(int line, int column) {
    }

    private final String source;
    private final Map<String, Location> locations;

    SourceMap(String source, Map<String, Location> locations) {
        this.source = source;
        this.locations = Map.copyOf(locations);
    }

    /** How problems name this document: a file path, {@code defaults} or a --set argument. */
    String source() {
        return source;
    }

    /** The location of {@code pointer}, or null when this document does not define it. */
    Location locate(String pointer) {
        return locations.get(pointer);
    }

    Map<String, Location> locations() {
        return locations;
    }

    /**
     * Streams the whole document once. A key seen twice in one mapping is reported as a problem
     * here because Jackson's tree reader would silently keep the last one.
     */
    static SourceMap scan(String source, JsonParser parser, List<Problem> problems) throws IOException {
        Map<String, Location> locations = new HashMap<>();
        JsonToken token;
        int rootValues = 0;
        int depth = 0;
        while ((token = parser.nextToken()) != null) {
            if (token.isStructEnd()) {
                depth--;
                continue;
            }
            if (depth == 0) {
                rootValues++;
            }
            if (token.isStructStart()) {
                depth++;
            }
            if (rootValues > 1 || refusedYamlFeature(source, parser, problems)) {
                if (rootValues > 1) {
                    JsonLocation at = parser.currentTokenLocation();
                    problems.add(new Problem(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), "",
                            "one document per file, but a second one starts here (after '---' or the first"
                                    + " value)", "move the second document to a file of its own, or delete it"));
                }
                // The rest would only repeat the problem; one clear message is enough.
                break;
            }
            // For a value that opens an object or array the context is the new child, whose
            // pointer is still the value's own position, so one call serves every token kind.
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            JsonLocation at = parser.currentTokenLocation();
            Location location = new Location(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
            if (token == JsonToken.FIELD_NAME) {
                Location first = locations.putIfAbsent(pointer, location);
                if (first != null) {
                    String name = parser.currentName();
                    problems.add(new Problem(source, location.line(), location.column(),
                            pathOf(parser.getParsingContext()).dotted(),
                            "each key once per mapping; '" + name + "' was already given on line "
                                    + first.line(),
                            "remove one of the two '" + name + "' entries"));
                }
            } else {
                locations.putIfAbsent(pointer, location);
            }
        }
        return new SourceMap(source, locations);
    }

    /**
     * Anchors ({@code &a}) and aliases ({@code *a}) are refused: Jackson reads an alias as the text
     * of its name, so {@code costShare: *g} would not mean what it says, and expanding them
     * invites the "billion laughs". A scenario says each value where it applies.
     */
    private static boolean refusedYamlFeature(String source, JsonParser parser, List<Problem> problems)
            throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return false;
        }
        boolean alias = yaml.isCurrentAlias();
        String anchor = alias ? null : yaml.getObjectId();
        if (!alias && anchor == null) {
            return false;
        }
        JsonLocation at = parser.currentTokenLocation();
        problems.add(new Problem(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
                pathOf(parser.getParsingContext()).dotted(),
                "plain values, but this is a YAML " + (alias ? "alias (*" + yaml.getText() + ")" : "anchor (&" + anchor + ")"),
                "write the value itself here; scenario files do not use anchors or aliases"));
        return true;
    }

    /** The dotted path of the current token, telling list indexes from keys as pointers cannot. */
    private static FieldPath pathOf(JsonStreamContext context) {
        List<Object> reversed = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                reversed.add(Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                reversed.add(c.getCurrentName());
            }
        }
        Collections.reverse(reversed);
        return new FieldPath(reversed);
    }
}
