package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highland.experiment.validation.Derivation;
import org.highland.experiment.validation.Identities;
import org.highland.experiment.validation.StartValueSolver;
import org.highland.experiment.validation.StockSolver;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.report.SummaryCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland solve-stocks} against the summary of the same run, at a small scale. */
class SolveStocksCommandTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toString();
    private static final Pattern LEAF = Pattern.compile("^ {6}(\\w+): (-?\\d+)$");
    private static final Pattern REGION = Pattern.compile("^ {2}(\\w+):$");
    private static final Pattern START = Pattern.compile("^ {4}(initialLeadingTalent): (\\d+)$");

    @TempDir
    Path dir;

    /**
     * --out is checked before the rounds of runs: a file in the way of its folder is refused at
     * once, and a folder not there yet is created, rather than the runs' result being lost at the
     * end to an I/O failure that blamed the run.
     */
    @Test
    void outIsCheckedBeforeAnyRunAndItsFolderCreated() throws IOException {
        String[] run = {"--scale", "0.05", "--replications", "1", "--threads", "1", "--rounds", "1",
                "--tolerance", "0.5"};
        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("stocks.yaml");
        ValidateCommandTest.Outcome refused = ValidateCommandTest.execute(concat(
                new String[] {"solve-stocks", BASELINE, "--out", blocked.toString()}, run));
        assertEquals(ExitCodes.BAD_INPUT, refused.code(), refused.err());
        assertTrue(refused.err().contains("is a file, not a folder") && !refused.err().contains("round 1"),
                refused.err());

        Path nested = dir.resolve("study").resolve("stocks").resolve("stocks.yaml");
        ValidateCommandTest.Outcome solved = ValidateCommandTest.execute(concat(
                new String[] {"solve-stocks", BASELINE, "--out", nested.toString()}, run));
        assertEquals(ExitCodes.OK, solved.code(), solved.err());
        assertTrue(Files.readString(nested).contains("initialStock:"), Files.readString(nested));
    }

    @Test
    void writesFigureLessTheRunsFlowForEveryStockResidualRow() throws IOException {
        String[] run = {"--scale", "0.05", "--replications", "2", "--threads", "2", "--seed", "7"};
        Path overlay = dir.resolve("stocks.yaml");
        ValidateCommandTest.Outcome solved = ValidateCommandTest.execute(concat(
                new String[] {"solve-stocks", BASELINE, "--out", overlay.toString(), "--tolerance", "0.05"}, run));
        assertEquals(ExitCodes.OK, solved.code(), solved.err());
        // The start values are solved first; the stocks come from a run with them.
        Map<String, Long> starts = startValues(Files.readAllLines(overlay));
        List<Identities.Solved> startRows = Identities.load().stream()
                .filter(s -> s.method().equals(StartValueSolver.METHOD)).toList();
        assertEquals(startRows.size(), starts.size(), Files.readString(overlay));
        assertTrue(solved.err().contains("round 1: largest gap"), solved.err());
        Path folder = dir.resolve("run");
        String[] plainArgs = {"run", BASELINE, "--end", "2021", "--out", folder.toString()};
        for (Map.Entry<String, Long> e : starts.entrySet()) {
            plainArgs = concat(plainArgs, new String[] {"--set", e.getKey() + "=" + e.getValue()});
        }
        ValidateCommandTest.Outcome plain = ValidateCommandTest.execute(concat(plainArgs, run));
        assertEquals(ExitCodes.OK, plain.code(), plain.err());
        Map<String, Double> talents2021 = valuesIn(folder.resolve("summary.csv"), 2021);
        boolean converged = !solved.err().contains("warning: start values not within");
        for (Identities.Solved s : startRows) {
            Target t = Targets.load().stream().filter(x -> x.id().equals(s.targets().get(0))).findFirst().orElseThrow();
            double simulated = talents2021.get(t.mapping().metric() + "|" + t.mapping().area());
            // The fragment says what its last round simulated: the same run reproduces it.
            String said = String.format(java.util.Locale.ROOT, "# %s = %d: %s simulated %.1f against %.1f",
                    s.parameter(), starts.get(s.parameter()), t.id(), simulated, t.figure().value());
            assertTrue(Files.readString(overlay).contains(said), said + "\n" + Files.readString(overlay));
            if (converged) {
                assertEquals(t.figure().value(), simulated, 0.05 * t.figure().value(), s.parameter());
            }
        }

        Map<String, Long> written = leaves(Files.readAllLines(overlay));
        List<Identities.Solved> rows = Identities.load().stream()
                .filter(s -> s.method().equals(StockSolver.METHOD)).toList();
        assertEquals(rows.size(), written.size(), "one line per stock_residual row");

        Map<String, Double> flows = flowsSince2015(folder.resolve("summary.csv"));
        List<Target> targets = Targets.load();
        int findings = 0;
        for (Identities.Solved s : rows) {
            double expected = 0;
            for (int i = 0; i < s.targets().size(); i++) {
                String id = s.targets().get(i);
                Target figure = targets.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
                Target bound = targets.stream().filter(t -> t.modelled()
                        && t.mapping().derived() == Derivation.FLOW_SINCE && t.mapping().figureId().equals(id))
                        .findFirst().orElseThrow();
                double residual = figure.figure().value()
                        - flows.get(bound.mapping().metric() + "|" + bound.mapping().area());
                expected += i == 0 ? residual : -residual;
            }
            long rounded = Math.round(expected);
            assertEquals(Math.max(0, rounded), written.get(s.parameter()), s.parameter());
            if (rounded < 0) {
                findings++;
                assertTrue(solved.err().contains("finding: " + s.parameter() + ": flow exceeds the cumulative figure"),
                        s.parameter() + ": " + solved.err());
                assertTrue(Files.readString(overlay).contains("# finding: " + s.parameter() + ": flow exceeds"),
                        s.parameter());
            }
        }
        long reported = solved.err().lines().filter(l -> l.startsWith("finding: ")).count();
        assertEquals(findings, reported, solved.err());
        assertEquals(findings > 0, solved.err().contains("warning: for " + findings + " of " + rows.size()),
                solved.err());

        ValidateCommandTest.Outcome again = ValidateCommandTest.execute(concat(
                new String[] {"solve-stocks", BASELINE, "--out", overlay.toString()}, run));
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertEquals(written, leaves(Files.readAllLines(overlay)), "an existing --out is never overwritten");
    }

    /** parameter path -> value of the fragment's stock lines. */
    private static Map<String, Long> leaves(List<String> lines) {
        return values(lines, LEAF, ".initialStock.");
    }

    /** parameter path -> value of the fragment's start_solved lines (under a region, before its blocks). */
    private static Map<String, Long> startValues(List<String> lines) {
        return values(lines, START, ".");
    }

    /** regions.REGION + infix + field -> value of every line the pattern matches, each path once. */
    private static Map<String, Long> values(List<String> lines, Pattern leaf, String infix) {
        Map<String, Long> out = new HashMap<>();
        String region = null;
        for (String line : lines) {
            Matcher r = REGION.matcher(line);
            if (r.matches()) {
                region = r.group(1);
            }
            Matcher m = leaf.matcher(line);
            if (m.matches()) {
                assertTrue(out.put("regions." + region + infix + m.group(1), Long.parseLong(m.group(2))) == null);
            }
        }
        return out;
    }

    /** metric|region -> replication mean in one year. */
    private static Map<String, Double> valuesIn(Path summary, int year) throws IOException {
        List<String> lines = Files.readAllLines(summary);
        List<String> columns = SummaryCsvWriter.COLUMNS;
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (Integer.parseInt(f[columns.indexOf("year")]) == year) {
                out.put(f[columns.indexOf("metric")] + "|" + f[columns.indexOf("region")],
                        Double.parseDouble(f[columns.indexOf("mean")]));
            }
        }
        return out;
    }

    /** metric|region -> sum over 2015..2020 of the replication mean. */
    private static Map<String, Double> flowsSince2015(Path summary) throws IOException {
        List<String> lines = Files.readAllLines(summary);
        List<String> columns = SummaryCsvWriter.COLUMNS;
        assertEquals(String.join(",", columns), lines.get(0));
        Map<String, Double> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int year = Integer.parseInt(f[columns.indexOf("year")]);
            if (year >= 2015 && year <= 2020) {
                out.merge(f[columns.indexOf("metric")] + "|" + f[columns.indexOf("region")],
                        Double.parseDouble(f[columns.indexOf("mean")]), Double::sum);
            }
        }
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
