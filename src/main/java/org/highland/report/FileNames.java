package org.highland.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * File names made from data (a metric, an area, a policy, a scenario or variant name): one
 * component, never {@code ..} or hidden, within the 255-byte limit of common file systems, and
 * letters of any script kept so that two Chinese names stay apart.
 */
public final class FileNames {
    /** Bytes kept of a name; leaves room for suffixes such as {@code .resolved.yaml} under 255. */
    static final int MAX_BYTES = 160;

    private FileNames() {
    }

    /**
     * {@code name} with every character other than a letter, digit, {@code . _ -} replaced by
     * {@code _}, leading dots dropped, cut to {@link #MAX_BYTES} bytes of UTF-8; {@code fallback}
     * when nothing is left.
     */
    public static String safe(String name, String fallback) {
        String s = name == null ? "" : name.strip()
                .replaceAll("[^\\p{L}\\p{N}._-]", "_")
                .replaceAll("^\\.+", "");
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String one = new String(Character.toChars(cp));
            bytes += one.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                break;
            }
            kept.append(one);
            i += Character.charCount(cp);
        }
        return kept.isEmpty() ? fallback : kept.toString();
    }

    /**
     * Checks that the names map to distinct safe names: a clash (or a name given twice) would
     * make one file overwrite another.
     *
     * @param names what the files stand for, e.g. variant names
     * @param what  how to call them in the message, e.g. "variant names"
     * @throws OutputPathException naming both when two map to one file name
     */
    public static void requireDistinct(Iterable<String> names, String what, String fallback) {
        Map<String, String> seen = new HashMap<>();
        for (String name : names) {
            String file = safe(name, fallback);
            String before = seen.putIfAbsent(file, name);
            if (before != null) {
                String both = before.equals(name) ? "'" + name + "' appears twice among the " + what + ", and both would"
                        : "The " + what + " '" + before + "' and '" + name + "' would both";
                throw new OutputPathException(both + " be written under the file name '" + file
                        + "', so one file would overwrite the other. Fix: rename one of them.");
            }
        }
    }
}
