package org.highland.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A position in a scenario tree: names (record components and map keys alike, as the tree does
 * not tell them apart) and list indexes. Renders both as the dotted form users read and as the
 * JSON pointer the source maps are keyed by, so the two can never drift apart.
 */
record FieldPath(List<Object> segments) {
    static final FieldPath ROOT = new FieldPath(List.of());

    /** One parsed segment of a textual path and its 0-based offset in that text. */
    record Step(Object segment, int offset) {
    }

    /** A textual path that cannot be parsed; {@link #offset} is 0-based in the text. */
    static final class SyntaxError extends IllegalArgumentException {
        private final int offset;

        SyntaxError(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    FieldPath {
        segments = List.copyOf(segments);
    }

    FieldPath child(String name) {
        return append(name);
    }

    FieldPath index(int index) {
        return append(index);
    }

    FieldPath resolve(FieldPath relative) {
        List<Object> all = new ArrayList<>(segments);
        all.addAll(relative.segments);
        return new FieldPath(all);
    }

    private FieldPath append(Object segment) {
        List<Object> all = new ArrayList<>(segments);
        all.add(segment);
        return new FieldPath(all);
    }

    /** {@code regions[0].population}; the root is the empty string. */
    String dotted() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }

    /** {@code /regions/0/population}, escaped as RFC 6901 and Jackson's JsonPointer expect. */
    String pointer() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            text.append('/').append(escape(segment.toString()));
        }
        return text.toString();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Parses the dotted form, e.g. a --set path or a {@link Checks} relative path. */
    static FieldPath parse(String text) {
        List<Object> segments = new ArrayList<>();
        for (Step step : steps(text)) {
            segments.add(step.segment());
        }
        return new FieldPath(segments);
    }

    /**
     * Splits {@code a.b[2].c} into steps, keeping offsets so errors can point at a column.
     * Names may hold any character but {@code . [ ]}; the empty text is the root.
     */
    static List<Step> steps(String text) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        boolean expectName = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new SyntaxError("an index closed by ']'", i);
                }
                String digits = text.substring(i + 1, close);
                if (!digits.matches("\\d{1,9}")) {
                    throw new SyntaxError("a list index such as [0] inside the brackets", i);
                }
                steps.add(new Step(Integer.parseInt(digits), i));
                i = close + 1;
                expectName = false;
            } else if (c == '.' && !expectName) {
                i++;
                expectName = true;
            } else if (c == '.' || c == ']') {
                throw new SyntaxError("a field name", i);
            } else {
                if (!expectName) {
                    throw new SyntaxError("'.' or '[' between path parts", i);
                }
                int end = i;
                while (end < text.length() && ".[]".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                steps.add(new Step(text.substring(i, end), i));
                i = end;
                expectName = false;
            }
        }
        if (expectName && !steps.isEmpty()) {
            throw new SyntaxError("a field name after '.'", text.length());
        }
        return steps;
    }
}
