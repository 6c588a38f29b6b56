package org.highland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.highland.cli.InstrumentTable;
import org.highland.cli.ParameterTable;
import org.highland.scenario.InstrumentCatalog;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** Every parameter a scenario can set is documented, in the code and in docs/ODD.md. */
class DocumentationTest {
    @Test
    void everyNumericParameterCarriesItsUnitRangeAndDoc() {
        assertEquals(List.of(), ParameterCatalog.undocumented(Scenario.class, Scenarios.defaults()));
    }

    @Test
    void everyDefaultParameterIsListedInTheOdd() throws IOException {
        Path odd = Path.of("docs/ODD.md");
        assertTrue(Files.exists(odd), "docs/ODD.md is missing");
        String text = Files.readString(odd);
        List<ParameterRow> rows = ParameterCatalog.list(Scenario.class, Scenarios.defaults());
        assertTrue(rows.size() > 100, "the catalog lists only " + rows.size() + " parameters");
        Set<String> missing = new TreeSet<>();
        for (ParameterRow row : rows) {
            if (!text.contains(row.path())) {
                missing.add(row.path());
            }
        }
        List<String> first = new ArrayList<>(missing).subList(0, Math.min(20, missing.size()));
        assertTrue(missing.isEmpty(), missing.size() + " parameters are not in docs/ODD.md, e.g. " + first);
    }

    /**
     * The table of ODD section 10 is what {@code highland params} prints for the defaults: one row
     * per parameter, in catalog order, whose path, default, unit, range and meaning equal the
     * catalog's, and a source / rationale for each. Regenerate it with
     * {@code highland params --update-odd docs/ODD.md}.
     */
    @Test
    void theOddParameterTableIsWhatParamsPrints() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, Scenarios.defaults())) {
            expected.put(row.path(), ParameterTable.columns(row));
        }
        Map<String, List<String>> documented = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ParameterTable.DocumentedRow row : ParameterTable.documentedRows(odd)) {
            putOnce(documented, row.path(), row.cells(), problems);
            if (row.rationale().isBlank()) {
                problems.add(row.path() + ": no source / rationale");
            }
        }
        problems.addAll(tableProblems(expected, documented, new String[] {"path", "default", "unit", "range", "meaning"},
                1, 6, path -> "no such parameter"));
        assertTrue(problems.isEmpty(), problems.size() + " problems in the parameter table of docs/ODD.md (run"
                + " highland params --update-odd docs/ODD.md and fill in any empty source / rationale), e.g. "
                + problems.subList(0, Math.min(20, problems.size())));
    }

    /**
     * The table of ODD section 8.13 is what {@code highland params} prints for one policy of every
     * type with only its type given: one row per numeric field of every registered type, in catalog
     * order, whose default, unit, range and meaning equal the catalog's; no row of a type or field
     * that does not exist. Regenerate it with {@code highland params --update-odd docs/ODD.md}.
     */
    @Test
    void theOddInstrumentTableIsWhatParamsPrints() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (InstrumentTable.Row row : InstrumentTable.rows()) {
            expected.put(row.key(), row.cells());
        }
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<String>> documented = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (InstrumentTable.Row row : InstrumentTable.documentedRows(odd)) {
            putOnce(documented, row.key(), row.cells(), problems);
            types.put(row.key(), row.type());
        }
        problems.addAll(tableProblems(expected, documented,
                new String[] {"instrument", "field", "default", "unit", "range", "meaning"}, 2, 6,
                key -> InstrumentCatalog.classOf(types.get(key)) == null ? "no such instrument type"
                        : "no such numeric field of " + types.get(key)));
        assertTrue(problems.isEmpty(), problems.size() + " problems in the table of the instruments' fields of"
                + " docs/ODD.md (run highland params --update-odd docs/ODD.md), e.g. "
                + problems.subList(0, Math.min(20, problems.size())));
    }

    /** Adds a documented row, or a problem if its key was listed before. */
    private static void putOnce(Map<String, List<String>> documented, String key, List<String> cells, List<String> problems) {
        if (documented.putIfAbsent(key, cells) != null) {
            problems.add(key + ": listed twice");
        }
    }

    /**
     * What differs between a generated table ({@code expected}, key to cells, in the generator's
     * order) and its documented rows: unknown keys ({@code unknown} says why), a wrong number of
     * cells, cells from {@code firstCompared} on that differ (named by {@code names}), missing keys, and rows out of order.
     */
    private static List<String> tableProblems(Map<String, List<String>> expected, Map<String, List<String>> documented,
                                              String[] names, int firstCompared, int cellsPerRow,
                                              Function<String, String> unknown) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : documented.entrySet()) {
            String key = row.getKey();
            List<String> cells = row.getValue();
            List<String> want = expected.get(key);
            if (want == null) {
                problems.add(key + ": " + unknown.apply(key));
                continue;
            }
            if (cells.size() != cellsPerRow) {
                problems.add(key + ": " + cells.size() + " cells, expected " + cellsPerRow);
                continue;
            }
            for (int i = firstCompared; i < names.length; i++) {
                if (!want.get(i).equals(cells.get(i))) {
                    problems.add(key + ": " + names[i] + " is '" + cells.get(i) + "', params prints '" + want.get(i) + "'");
                }
            }
        }
        for (String key : expected.keySet()) {
            if (!documented.containsKey(key)) {
                problems.add(key + ": missing");
            }
        }
        List<String> known = documented.keySet().stream().filter(expected::containsKey).toList();
        if (problems.isEmpty() && !known.equals(new ArrayList<>(expected.keySet()))) {
            problems.add("rows are not in the order params lists them");
        }
        return problems;
    }

    /** Section 8.13 names every non-numeric field of the instrument types, which its table leaves out. */
    @Test
    void theOddNamesTheInstrumentsNonNumericFields() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        String text = odd.substring(odd.indexOf("### 8.13"), odd.indexOf(InstrumentTable.BEGIN));
        Set<String> missing = new TreeSet<>();
        for (InstrumentCatalog.Type type : InstrumentCatalog.all()) {
            for (InstrumentCatalog.Field field : type.fields()) {
                if (field.unit().isEmpty() && !text.contains("`" + field.name() + "`")) {
                    missing.add(type.id() + "." + field.name());
                }
            }
        }
        assertTrue(missing.isEmpty(), "non-numeric fields not named in ODD section 8.13: " + missing);
    }
}
