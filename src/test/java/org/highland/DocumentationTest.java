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
        List<ParameterTable.DocumentedRow> documented = ParameterTable.documentedRows(odd);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, Scenarios.defaults())) {
            expected.put(row.path(), ParameterTable.columns(row));
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ParameterTable.DocumentedRow row : documented) {
            List<String> want = expected.get(row.path());
            if (want == null) {
                problems.add(row.path() + ": no such parameter");
                continue;
            }
            if (!seen.add(row.path())) {
                problems.add(row.path() + ": listed twice");
            }
            String[] names = {"path", "default", "unit", "range", "meaning"};
            for (int i = 1; i < names.length; i++) {
                if (!want.get(i).equals(row.cells().get(i))) {
                    problems.add(row.path() + ": " + names[i] + " is '" + row.cells().get(i) + "', params prints '"
                            + want.get(i) + "'");
                }
            }
            if (row.rationale().isBlank()) {
                problems.add(row.path() + ": no source / rationale");
            }
        }
        for (String path : expected.keySet()) {
            if (!seen.contains(path)) {
                problems.add(path + ": missing");
            }
        }
        List<String> order = documented.stream().map(ParameterTable.DocumentedRow::path).toList();
        if (problems.isEmpty() && !order.equals(new ArrayList<>(expected.keySet()))) {
            problems.add("rows are not in the order params lists them");
        }
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
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        List<String> order = new ArrayList<>();
        String[] names = {"instrument", "field", "default", "unit", "range", "meaning"};
        for (InstrumentTable.Row row : InstrumentTable.documentedRows(odd)) {
            order.add(row.key());
            List<String> want = expected.get(row.key());
            if (want == null) {
                problems.add(row.key() + ": " + (InstrumentCatalog.classOf(row.type()) == null ? "no such instrument type"
                        : "no such numeric field of " + row.type()));
                continue;
            }
            if (!seen.add(row.key())) {
                problems.add(row.key() + ": listed twice");
            }
            if (row.cells().size() != names.length) {
                problems.add(row.key() + ": " + row.cells().size() + " cells, expected " + names.length);
            }
            for (int i = 2; i < names.length; i++) {
                if (!want.get(i).equals(row.cells().get(i))) {
                    problems.add(row.key() + ": " + names[i] + " is '" + row.cells().get(i) + "', params prints '"
                            + want.get(i) + "'");
                }
            }
        }
        for (String key : expected.keySet()) {
            if (!seen.contains(key)) {
                problems.add(key + ": missing");
            }
        }
        if (problems.isEmpty() && !order.equals(new ArrayList<>(expected.keySet()))) {
            problems.add("rows are not in the order params lists them");
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems in the table of the instruments' fields of"
                + " docs/ODD.md (run highland params --update-odd docs/ODD.md), e.g. "
                + problems.subList(0, Math.min(20, problems.size())));
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
