package org.highland.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.io.Numbers;
import org.highland.policy.InstrumentNotes;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;

/**
 * The columns {@code highland params} prints for a parameter, and the parameter table of
 * docs/ODD.md section 10 built from them: path, default, unit, range (min .. max) and meaning
 * come from the {@link ParameterCatalog}; the last column, source / rationale, is written by hand
 * and kept by path when the table is regenerated ({@code highland params --update-odd docs/ODD.md}).
 */
public final class ParameterTable {
    /** The line before the table's header in docs/ODD.md. */
    public static final String BEGIN = "<!-- params:begin -->";
    /** The line after the table's last row. */
    public static final String END = "<!-- params:end -->";
    static final String HEADER = "| path | default | unit | range | meaning | source / rationale |\n"
            + "| --- | --- | --- | --- | --- | --- |\n";

    private ParameterTable() {
    }

    /** One row of the ODD table: the parameter's path and its six cells, unescaped. */
    public record DocumentedRow(String path, List<String> cells) {
        public String rationale() {
            return cells.get(5);
        }
    }

    /** The five generated columns of a row: path, default, unit, "min .. max", meaning. */
    public static List<String> columns(ParameterRow row) {
        return List.of(row.path(), row.value(), row.unit(), bound(row.min()) + " .. " + bound(row.max()),
                meaning(row.path(), row.doc()));
    }

    /** The {@code @Param} doc, or for a policy field without one the instrument notes' meaning. */
    static String meaning(String path, String doc) {
        if (!doc.isEmpty() || !path.startsWith("policies.")) {
            return doc;
        }
        String field = path.substring(path.lastIndexOf('.') + 1);
        String note = InstrumentNotes.fieldDoc(field);
        return note == null ? doc : note;
    }

    /** Plain decimals: 1000000, not 1000000.0 or 1.0E7; empty when unbounded. */
    static String bound(double v) {
        return Double.isInfinite(v) ? "" : Numbers.format(v);
    }

    /** The rows between {@link #BEGIN} and {@link #END} of {@code odd}, in order. */
    public static List<DocumentedRow> documentedRows(String odd) {
        List<DocumentedRow> rows = new ArrayList<>();
        for (List<String> cells : rowCells(block(odd), 1)) {
            rows.add(new DocumentedRow(cells.get(0), cells));
        }
        return rows;
    }

    /**
     * The cells of the table rows (lines starting "| `") of a marked block, padded to six, the
     * first {@code quoted} of them without their backquotes.
     */
    static List<List<String>> rowCells(String block, int quoted) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = new ArrayList<>(cells(line));
            while (cells.size() < 6) {
                cells.add("");
            }
            for (int i = 0; i < quoted; i++) {
                String cell = cells.get(i);
                if (cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")) {
                    cells.set(i, cell.substring(1, cell.length() - 1));
                }
            }
            rows.add(List.copyOf(cells));
        }
        return rows;
    }

    /**
     * {@code odd} with the table rebuilt from the catalog rows of {@code scenario}, in catalog
     * order: each row keeps the source / rationale of the row with its path (empty for a new
     * parameter); rows of parameters that no longer exist are dropped.
     */
    public static String regenerate(String odd, Scenario scenario) {
        block(odd);
        Map<String, String> rationale = new LinkedHashMap<>();
        for (DocumentedRow row : documentedRows(odd)) {
            rationale.put(row.path(), row.rationale());
        }
        StringBuilder sb = new StringBuilder(odd.substring(0, odd.indexOf(BEGIN) + BEGIN.length()));
        sb.append('\n').append(HEADER);
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario)) {
            List<String> c = columns(row);
            sb.append("| `").append(c.get(0)).append("` |");
            for (int i = 1; i < c.size(); i++) {
                sb.append(' ').append(escape(c.get(i))).append(" |");
            }
            sb.append(' ').append(escape(rationale.getOrDefault(row.path(), ""))).append(" |\n");
        }
        return sb.append(odd.substring(odd.indexOf(END))).toString();
    }

    /** The text between the markers; refuses a document without them. */
    private static String block(String odd) {
        return block(odd, BEGIN, END, "parameter table");
    }

    /** The text between the lines {@code begin} and {@code end}; refuses a document without them. */
    static String block(String odd, String begin, String end, String what) {
        int from = odd.indexOf(begin);
        int to = odd.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + what + ": expected the lines " + begin + " and " + end
                    + ". Fix: pass docs/ODD.md, or put those two lines where the table is to go.");
        }
        return odd.substring(from + begin.length(), to);
    }

    /** The cells of a Markdown table line, split at pipes not escaped as {@code \|}, trimmed and unescaped. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.strip();
        for (int i = 1; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }

    static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
