package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.experiment.SummaryRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** The table `run` prints: every column starts under its header, however long a cell. */
class HeadlineTableTest {
    @Test
    void columnsStartUnderTheirHeadersWhenAnIntervalIsLong() throws Exception {
        Scenario scenario = Scenarios.load(Path.of("scenarios/baseline.yaml"), List.of());
        List<SummaryRow> rows = new ArrayList<>();
        for (String region : scenario.regions().keySet()) {
            // Jiangsu's output has a four-digit mean and interval, longer than a fixed 22-character cell.
            double output = region.equals("Jiangsu") ? 1181.3 : 150.0;
            rows.add(new SummaryRow("biomedicine_industrial_output", region, 2035, "billion_yuan", output, 1,
                    output - 31.1, output, output + 19.3, 4));
            rows.add(new SummaryRow("enterprises", region, 2035, "count", 19378, 1, 18928, 19378, 19803, 4));
        }
        String text = HeadlineTable.render(rows, scenario, 0.1);
        String header = text.lines().filter(l -> l.startsWith("region")).findFirst().orElseThrow();
        int firms = header.indexOf("firms");
        for (String line : text.lines().filter(l -> l.matches("\\w+ +2035 .*")).toList()) {
            assertEquals("19378", line.substring(firms, firms + 5), "firms column under its header:\n" + text);
            assertEquals(' ', line.charAt(firms - 1), text);
        }
        assertTrue(text.contains("1181.3 [1150.2, 1200.6]"), text);
    }
}
