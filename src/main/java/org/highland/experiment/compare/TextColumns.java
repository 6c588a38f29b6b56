package org.highland.experiment.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the terminal tables of {@code run} and {@code compare}: each column as wide as its widest
 * cell, so that a cell longer than usual (a five-digit outlay with its interval) moves its whole
 * column instead of pushing the rest of its row out of line with the header.
 */
public final class TextColumns {
    private TextColumns() {
    }

    /** The rows, left-aligned, columns one space apart, no trailing blanks, each line ending in a newline. */
    public static String render(List<List<String>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c == widths.size()) {
                    widths.add(0);
                }
                widths.set(c, Math.max(widths.get(c), row.get(c).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    line.append(' ');
                }
                line.append(row.get(c)).append(" ".repeat(widths.get(c) - row.get(c).length()));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
