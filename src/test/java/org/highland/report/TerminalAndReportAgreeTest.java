package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner puts the table {@code highland run} (or {@code compare}) prints beside report.html's
 * headline table of the same run: both show the same years and the same figures, printed alike,
 * under the same labels and units, with the same legend.
 */
class TerminalAndReportAgreeTest {
    /** A terminal cell: a figure with its range, "202.2 [202.1, 202.3]", or "-" when none. */
    private static final Pattern CELL = Pattern.compile("\\S+ \\[\\S+, \\S+\\]|-");
    /** A compare cell: the base's figure, then the difference with its range. */
    private static final Pattern COMPARE_CELL = Pattern.compile("(\\S+) +(\\S+ \\[\\S+, \\S+\\])|-");
    private static final Pattern LEGEND = Pattern.compile("  (.{14}) = (.*)");
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");
    private static final Pattern TD = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>");

    @TempDir
    Path dir;

    /**
     * A run to 2022 ends before the milestones 2025, 2030 and 2035: both show 2020 and 2022, and
     * the report says those milestones are outside the run. It adds 2021, labelled as the last
     * year the model is calibrated on.
     */
    @Test
    void aRunsReportShowsTheTerminalsYearsFiguresLabelsAndUnits() throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.highland("run", "scenarios/baseline.yaml", "--scale", "0.05", "--end", "2022",
                "--replications", "2", "--threads", "2", "--out", out.toString(), "--report");
        assertEquals(0, r.exitCode, r.toString());
        Map<String, String> legend = terminalLegend(r.out);
        Map<String, Map<Integer, String>> terminal = runTable(r.out, new ArrayList<>(legend.keySet()));
        List<Integer> terminalYears = List.of(2020, 2022);
        terminal.values().forEach(cells -> assertEquals(terminalYears, List.copyOf(cells.keySet()), r.out));

        String section = headlineSection(out);
        List<List<String>> table = cells(table(section, 0));
        assertEquals(List.of("metric", "unit", "area", "2020", "2021 (last calibrated year)", "2022"), table.get(0),
                "the terminal's years, and 2021 said to be the last calibrated year");
        Map<String, List<String>> report = new LinkedHashMap<>();
        for (List<String> row : table.subList(1, table.size())) {
            report.put(row.get(0) + "|" + row.get(2), row);
        }
        assertEquals(terminal.keySet(), report.keySet(), "the same labels and regions");
        terminal.forEach((key, byYear) -> {
            List<String> row = report.get(key);
            assertEquals(byYear.get(2020), row.get(3), key + " 2020");
            assertEquals(byYear.get(2022), row.get(5), key + " 2022");
            String label = key.substring(0, key.indexOf('|'));
            assertEquals(unit(legend.get(label)), row.get(1), key + ": the legend's unit");
        });
        assertTrue(report.get("output B|Zhejiang").get(3).matches("\\d+\\.\\d \\[\\d+\\.\\d, \\d+\\.\\d\\]"),
                "money with one decimal, as the terminal prints it: " + report.get("output B|Zhejiang"));
        assertEquals(legend, legendTable(section), "the terminal's legend");
        assertTrue(section.contains("The run covers 2015\u20132022: 2025, 2030 and 2035 are outside it."), section);
        assertTrue(section.contains("2021 is the last year whose published figures the model is calibrated on;"
                + " the years after it are projections."), section);
    }

    /** A run that reaches no milestone shows its last year alone, in the terminal and in the report. */
    @Test
    void aRunEndingBeforeEveryMilestoneShowsItsLastYearAlone() throws Exception {
        Path out = dir.resolve("short");
        CliRun r = CliRun.highland("run", "scenarios/baseline.yaml", "--scale", "0.05", "--end", "2017",
                "--replications", "2", "--threads", "2", "--out", out.toString(), "--report");
        assertEquals(0, r.exitCode, r.toString());
        Map<String, Map<Integer, String>> terminal = runTable(r.out, new ArrayList<>(terminalLegend(r.out).keySet()));
        terminal.values().forEach(cells -> assertEquals(List.of(2017), List.copyOf(cells.keySet()), r.out));
        String section = headlineSection(out);
        List<List<String>> table = cells(table(section, 0));
        assertEquals(List.of("metric", "unit", "area", "2017"), table.get(0));
        for (List<String> row : table.subList(1, table.size())) {
            assertEquals(terminal.get(row.get(0) + "|" + row.get(2)).get(2017), row.get(3), row.toString());
        }
        assertTrue(section.contains("The run covers 2015\u20132017: 2020, 2025, 2030 and 2035 are outside it."), section);
        assertFalse(section.contains("calibrated"), "no 2021 column to explain: " + section);
    }

    /** compare's terminal table and the compare report's table of effects show the same figures. */
    @Test
    void aComparisonsReportShowsTheTerminalsYearsFiguresLabelsAndUnits() throws Exception {
        Path out = dir.resolve("compare");
        CliRun r = CliRun.highland("compare", "scenarios/baseline.yaml", "scenarios/approval-rewards.yaml",
                "--scale", "0.05", "--end", "2026", "--replications", "2", "--threads", "2", "--out", out.toString(),
                "--report");
        assertEquals(0, r.exitCode, r.toString());
        Map<String, String> legend = terminalLegend(r.out);
        List<String> labels = new ArrayList<>(legend.keySet());
        String[] lines = r.out.split("\n");
        int header = indexOf(lines, "metric ");
        assertEquals(List.of("metric", "region", "2025", "2026"), List.of(lines[header].trim().split(" +")));
        Map<String, List<String>> terminal = new LinkedHashMap<>();
        for (int i = header + 1; !lines[i].startsWith("legend"); i++) {
            String label = labels.stream().filter(lines[i]::startsWith).reduce((a, b) -> a.length() >= b.length() ? a : b)
                    .orElseThrow(() -> new AssertionError("a row without a label of the legend: " + r.out));
            String[] rest = lines[i].substring(label.length()).trim().split(" +", 2);
            List<String> cells = new ArrayList<>();
            Matcher m = COMPARE_CELL.matcher(rest[1]);
            while (m.find()) {
                cells.add(m.group(1));
                cells.add(m.group(2));
            }
            assertEquals(4, cells.size(), lines[i]);
            terminal.put(label + "|" + rest[0], cells);
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        String effects = html.substring(html.indexOf("<h3>approval-rewards</h3>", html.indexOf("<h2>Effects on the headline")));
        List<List<String>> table = cells(table(effects, 0));
        assertEquals(List.of("metric", "unit", "area", "2025 base", "2025 difference [p05, p95]", "2026 base",
                "2026 difference [p05, p95]"), table.get(0));
        Map<String, List<String>> report = new LinkedHashMap<>();
        for (List<String> row : table.subList(1, table.size())) {
            if (!row.get(2).equals("Total")) {
                report.put(row.get(0) + "|" + row.get(2), row);
            }
        }
        assertEquals(terminal.keySet(), report.keySet(), "the same labels and provinces");
        terminal.forEach((key, cells) -> {
            List<String> row = report.get(key);
            assertEquals(cells, row.subList(3, 7), key);
            assertEquals(unit(legend.get(key.substring(0, key.indexOf('|')))), row.get(1), key + ": the legend's unit");
        });
        assertEquals(legend, legendTable(effects), "the terminal's legend");
    }

    /** Label to what it stands for, from the legend under the terminal's first table. */
    private static Map<String, String> terminalLegend(String out) {
        Map<String, String> legend = new LinkedHashMap<>();
        String[] lines = out.split("\n");
        for (int i = indexOf(lines, "legend") + 1; i < lines.length; i++) {
            Matcher m = LEGEND.matcher(lines[i]);
            if (!m.matches()) {
                break;
            }
            legend.put(m.group(1).trim(), m.group(2));
        }
        assertFalse(legend.isEmpty(), out);
        return legend;
    }

    /** run's table as "label|region" to its cell by year, in the terminal's order of years. */
    private static Map<String, Map<Integer, String>> runTable(String out, List<String> labels) {
        Map<String, Map<Integer, String>> table = new LinkedHashMap<>();
        String[] lines = out.split("\n");
        for (int i = indexOf(lines, "region ") + 1; !lines[i].startsWith("legend"); i++) {
            String[] head = lines[i].split(" +", 3);
            List<String> cells = new ArrayList<>();
            Matcher m = CELL.matcher(head[2]);
            while (m.find()) {
                cells.add(m.group());
            }
            assertEquals(labels.size(), cells.size(), lines[i]);
            for (int k = 0; k < labels.size(); k++) {
                table.computeIfAbsent(labels.get(k) + "|" + head[0], x -> new LinkedHashMap<>())
                        .put(Integer.parseInt(head[1]), cells.get(k));
            }
        }
        return table;
    }

    private static int indexOf(String[] lines, String prefix) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with '" + prefix + "' in:\n" + String.join("\n", lines));
    }

    /** The unit a legend entry gives: "billion yuan" of "...(billion yuan, as recorded at year end)". */
    private static String unit(String meaning) {
        String tail = meaning.substring(meaning.lastIndexOf('('));
        return tail.substring(1, tail.indexOf(','));
    }

    /** The report's headline section: from its heading to the first chart. */
    private static String headlineSection(Path folder) throws Exception {
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        int start = html.indexOf("<h2>Headline results</h2>");
        assertTrue(start >= 0, html);
        int end = html.indexOf("<figure>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** The {@code n}th table of {@code html}. */
    private static String table(String html, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = html.indexOf("<table>", at + 1);
        }
        assertTrue(at >= 0, html);
        return html.substring(at, html.indexOf("</table>", at));
    }

    /** The legend table that follows the headline table: label to what it stands for. */
    private static Map<String, String> legendTable(String html) {
        List<List<String>> rows = cells(table(html, 1));
        assertEquals(List.of("label", "stands for"), rows.get(0));
        Map<String, String> legend = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(row -> legend.put(row.get(0), row.get(1)));
        return legend;
    }

    /** Each row's cells, header first, unescaped. */
    private static List<List<String>> cells(String table) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = TD.matcher(row.group(1));
            while (td.find()) {
                cells.add(td.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        Set<Integer> widths = new LinkedHashSet<>();
        rows.forEach(r -> widths.add(r.size()));
        assertEquals(1, widths.size(), "every row as wide as the header: " + table);
        return rows;
    }
}
