package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A figure of external-figures.csv that is derived from published ones says how in its note
 * ("201.167 - 15.192"): the value must be that arithmetic, so a typo in either cannot pass.
 */
class ExternalFiguresTest {
    private static final Pattern ARITHMETIC = Pattern.compile("^\\s*([0-9.]+)\\s*([-+/*])\\s*([0-9.]+)");

    @Test
    void everyDerivedFigureIsTheArithmeticItsNoteStates() {
        List<Map<String, String>> rows = CommentedCsv.resource("highland/external-figures.csv");
        int derived = 0;
        for (Map<String, String> row : rows) {
            if (!row.get("source").startsWith("derived:")) {
                continue;
            }
            derived++;
            Matcher m = ARITHMETIC.matcher(row.get("note"));
            assertTrue(m.find(), row.get("id") + ": a derived figure's note starts with its arithmetic");
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(3));
            double expected = switch (m.group(2)) {
                case "-" -> a - b;
                case "+" -> a + b;
                case "*" -> a * b;
                default -> a / b;
            };
            String text = row.get("value");
            int decimals = text.contains(".") ? text.length() - text.indexOf('.') - 1 : 0;
            // Rounded to the figure's own last digit, and no further.
            assertEquals(expected, Double.parseDouble(text), 0.5 * Math.pow(10, -decimals) + 1e-12, row.get("id"));
            // The published operands must appear in the source text the figure cites.
            assertTrue(row.get("source").contains(m.group(1)) || row.get("source").contains(m.group(3)),
                    row.get("id") + ": the source names the published numbers");
        }
        assertFalse(derived == 0, "external-figures.csv has derived figures (Shanghai 2023)");
    }
}
