package org.highland.scenario;

/**
 * One thing wrong with a scenario, located precisely enough to fix it without reading code.
 *
 * @param file     where the offending text is: the file path as the user gave it, the override as
 *                 {@code --set #2 'a.b=c'}, or {@code defaults} for the built-in defaults
 * @param line     1-based line, 0 when unknown (for an override always 1)
 * @param column   1-based column, 0 when unknown (for an override the position in the argument)
 * @param path     dotted field path such as {@code regions[0].population}; empty for the whole file
 * @param expected what a valid value looks like, usually followed by {@code got ...}
 * @param remedy   what to do about it
 */
public record Problem(String file, int line, int column, String path, String expected, String remedy) {

    /** The 1-based number of the {@code --set} override the problem is in, or -1 when it is in a file. */
    public int overrideNumber() {
        return Overrides.numberIn(file);
    }

    /**
     * One line: {@code file:line:column: path: expected EXPECTED. Fix: REMEDY.} Unknown
     * line/column and an empty path are left out rather than printed as zeros.
     */
    public String render() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append("expected ").append(sentence(expected));
        text.append(". Fix: ").append(ended(remedy));
        return text.toString();
    }

    /**
     * A remedy as the end of a message: one line, closed by a full stop unless it ends with its
     * own '?' or '!' ("did you mean 'x'?"), so that messages built outside {@link #render} read
     * the same and never end in "?.".
     */
    public static String ended(String remedy) {
        String fix = sentence(remedy);
        return fix.endsWith("?") || fix.endsWith("!") ? fix : fix + ".";
    }

    /** Keeps one problem on one line and avoids "..": texts may come from parsers. */
    private static String sentence(String text) {
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        while (flat.endsWith(".")) {
            flat = flat.substring(0, flat.length() - 1);
        }
        return flat;
    }
}
