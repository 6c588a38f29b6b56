package org.highland.cli;

import java.util.ArrayList;
import java.util.List;
import org.highland.scenario.InstrumentCatalog;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * The table of the policy instruments' numeric fields with their type defaults, docs/ODD.md
 * section 8.13: what {@code highland params} prints for a scenario of the built-in defaults holding
 * one policy of every registered type (named by its type id, only its {@code type:} given), so
 * every value is a type default of {@code defaults.yaml}. Columns: instrument (type id), field,
 * default, unit, range (min .. max) and meaning, all generated (there is no hand-written column);
 * {@code highland params --update-odd docs/ODD.md} rewrites it with the table of section 10.
 */
public final class InstrumentTable {
    /** The line before the table's header in docs/ODD.md. */
    public static final String BEGIN = "<!-- instruments:begin -->";
    /** The line after the table's last row. */
    public static final String END = "<!-- instruments:end -->";
    static final String HEADER = "| instrument (`type:`) | field | default | unit | range | meaning |\n"
            + "| --- | --- | --- | --- | --- | --- |\n";
    private static final String POLICIES = "policies.";

    private InstrumentTable() {
    }

    /** One row: the instrument's type id, the field's name and the six cells, unquoted and unescaped. */
    public record Row(String type, String field, List<String> cells) {
        /** "type.field", how a test names the row. */
        public String key() {
            return type + "." + field;
        }
    }

    /**
     * The built-in defaults with one policy of every type registered in {@code PolicySpec}, in
     * registration order, each named by its type id and given only its {@code type:}.
     */
    public static Scenario everyTypeWithDefaults() {
        List<String> sets = new ArrayList<>();
        for (String id : InstrumentCatalog.ids()) {
            sets.add(POLICIES + id + ".type=" + id);
        }
        return Scenarios.defaults(sets);
    }

    /** The rows {@code highland params} prints for {@link #everyTypeWithDefaults()}'s policies, in catalog order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, everyTypeWithDefaults())) {
            if (!row.path().startsWith(POLICIES)) {
                continue;
            }
            String rest = row.path().substring(POLICIES.length());
            String type = rest.substring(0, rest.indexOf('.'));
            String field = rest.substring(type.length() + 1);
            List<String> cells = new ArrayList<>(List.of(type, field));
            cells.addAll(ParameterTable.columns(row).subList(1, 5));
            rows.add(new Row(type, field, List.copyOf(cells)));
        }
        return rows;
    }

    /** The rows between {@link #BEGIN} and {@link #END} of {@code odd}, in order. */
    public static List<Row> documentedRows(String odd) {
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : ParameterTable.rowCells(block(odd), 2)) {
            rows.add(new Row(cells.get(0), cells.get(1), cells));
        }
        return rows;
    }

    /** {@code odd} with the table rebuilt from {@link #rows()}; the text around it is kept. */
    public static String regenerate(String odd) {
        block(odd);
        StringBuilder sb = new StringBuilder(odd.substring(0, odd.indexOf(BEGIN) + BEGIN.length()));
        sb.append('\n').append(HEADER);
        for (Row row : rows()) {
            List<String> c = row.cells();
            sb.append("| `").append(c.get(0)).append("` | `").append(c.get(1)).append("` |");
            for (int i = 2; i < c.size(); i++) {
                sb.append(' ').append(ParameterTable.escape(c.get(i))).append(" |");
            }
            sb.append('\n');
        }
        return sb.append(odd.substring(odd.indexOf(END))).toString();
    }

    private static String block(String odd) {
        return ParameterTable.block(odd, BEGIN, END, "table of the instruments' fields");
    }
}
