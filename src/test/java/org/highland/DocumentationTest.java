package org.highland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
}
