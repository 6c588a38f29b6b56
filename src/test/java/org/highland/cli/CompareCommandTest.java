package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.highland.experiment.io.Hashes;
import org.highland.report.SummaryCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland compare} end to end at a small scale, through the command line. */
class CompareCommandTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toAbsolutePath().toString();
    private static final String SHANGHAI = Path.of("scenarios", "shanghai-trial-support.yaml").toString();

    @TempDir
    Path dir;

    /** Exit code, standard output and standard error of one command line. */
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome execute(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = HighlandCommand.execute(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private static Outcome compare(Path out, String... scenarios) {
        List<String> args = new java.util.ArrayList<>(List.of("compare"));
        args.addAll(List.of(scenarios));
        args.addAll(List.of("--replications", "2", "--threads", "2", "--scale", "0.02", "--end", "2025",
                "--out", out.toString()));
        return execute(args.toArray(String[]::new));
    }

    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void comparesAVariantWithItsBaseAndWritesTheResultsFolder() throws IOException {
        Path out = dir.resolve("cmp");
        Outcome o = compare(out, BASELINE, SHANGHAI);
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertEquals(String.join(",", CompareCommand.COMPARISON_COLUMNS),
                Files.readAllLines(out.resolve("comparison.csv")).get(0));
        assertEquals(String.join(",", CompareCommand.COST_COLUMNS),
                Files.readAllLines(out.resolve("cost_effectiveness.csv")).get(0));
        assertTrue(Files.exists(out.resolve("manifest.json")));
        // The variants' files are hashed like the base's, so a variant edited later can be detected.
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(BASELINE, manifest.get("scenarioFile").asText());
        JsonNode variants = manifest.get("variants");
        assertEquals(1, variants.size(), manifest.toString());
        assertEquals("shanghai-trial-support", variants.get(0).get("name").asText());
        assertEquals(SHANGHAI, variants.get(0).get("file").asText());
        assertEquals(Hashes.sha256(Path.of(SHANGHAI)), variants.get(0).get("sha256").asText());
        assertTrue(Files.exists(out.resolve("scenarios/shanghai-trial-support.resolved.yaml")));
        // Each scenario's own summary, so `chart` and `report` can draw variants against the base.
        for (String name : List.of("baseline", "shanghai-trial-support")) {
            List<String> summary = Files.readAllLines(out.resolve("scenarios/" + name + "/summary.csv"));
            assertEquals(String.join(",", SummaryCsvWriter.COLUMNS), summary.get(0));
            assertTrue(summary.size() > 100, name + " has its rows");
        }

        List<String[]> comparison = rows(out.resolve("comparison.csv"));
        assertFalse(comparison.isEmpty());
        boolean zhejiangPaysMore = false;
        int sd = CompareCommand.COMPARISON_COLUMNS.indexOf("diff_sd");
        for (String[] r : comparison) {
            assertEquals("shanghai-trial-support", r[0]);
            if (r[sd + 1].equals("2")) {
                // Two pairs: the sd and the interval of the mean are numbers (empty only for one).
                assertTrue(Double.parseDouble(r[sd]) >= 0, String.join(",", r));
                assertTrue(Double.parseDouble(r[sd + 2]) <= Double.parseDouble(r[sd + 3]), String.join(",", r));
            }
            if (Integer.parseInt(r[3]) < 2023) {
                // The variant's policy starts in 2023; common random numbers make the years before equal.
                assertEquals("0", r[7], String.join(",", r));
            }
            if (r[1].equals("policy_outlay") && r[2].equals("Zhejiang") && r[3].equals("2024")) {
                zhejiangPaysMore = Double.parseDouble(r[7]) > 0;
            }
        }
        assertTrue(zhejiangPaysMore, "Zhejiang pays for trials from 2023");

        List<String[]> costs = rows(out.resolve("cost_effectiveness.csv"));
        String[] zhejiang = costs.stream().filter(r -> r[1].equals("Zhejiang") && r[2].equals("2025"))
                .findFirst().orElseThrow();
        assertTrue(Double.parseDouble(zhejiang[4]) > 0, Arrays.toString(zhejiang));
        assertTrue(o.out().contains("shanghai-trial-support vs baseline"), o.out());
        // The printed table's 2025 cell for Zhejiang's outlay holds the base mean and mean difference of comparison.csv.
        String[] outlay = comparison.stream().filter(r -> r[1].equals("policy_outlay") && r[2].equals("Zhejiang")
                && r[3].equals("2025")).findFirst().orElseThrow();
        String cell = String.format(Locale.ROOT, "%9.1f %+8.1f [%+.1f, %+.1f]", Double.parseDouble(outlay[5]),
                Double.parseDouble(outlay[7]), Double.parseDouble(outlay[8]), Double.parseDouble(outlay[9]));
        assertTrue(Double.parseDouble(outlay[7]) > 0, "premise: Zhejiang pays more in 2025");
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("outlay M") && l.contains(" Zhejiang ")
                && l.contains(cell)), cell + "\n" + o.out());
    }

    @Test
    void aVariantIdenticalToItsBaseDiffersByExactlyZero() throws IOException {
        Path same = Files.writeString(dir.resolve("same.yaml"), "extends: " + BASELINE + "\nname: same\n");
        Path out = dir.resolve("same-out");
        Outcome o = compare(out, BASELINE, same.toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        List<String[]> comparison = rows(out.resolve("comparison.csv"));
        assertTrue(comparison.size() > 1000, "every metric, area and year: " + comparison.size());
        for (String[] r : comparison) {
            assertEquals(r[5], r[6], String.join(",", r));
            assertEquals(List.of("0", "0", "0"), List.of(r[7], r[8], r[9]), String.join(",", r));
            // A small park can be empty in one replication (no growth rate): one value, no sd, no interval.
            List<String> expected = r[12].equals("1") ? List.of("", "1", "", "") : List.of("0", "2", "0", "0");
            assertEquals(expected, List.of(r[11], r[12], r[13], r[14]),
                    "sd, n and the mean's interval: " + String.join(",", r));
        }
        for (String[] r : rows(out.resolve("cost_effectiveness.csv"))) {
            assertEquals("0", r[4], "no extra outlay: " + String.join(",", r));
            assertEquals("", r[9], "no ratio to a zero outlay: " + String.join(",", r));
            assertEquals(List.of("0", "0", "", ""), List.of(r[14], r[15], r[24], r[25]),
                    "a zero-width outlay interval and no ratio interval: " + String.join(",", r));
        }
    }

    @Test
    void aVariantThatDiffersFromTheBaseBeyondItsPoliciesIsWarnedAbout() throws IOException {
        // Extends nothing: the built-in defaults, not the calibrated baseline, with one policy added.
        Path alone = Files.writeString(dir.resolve("alone.yaml"), "name: alone\npolicies:\n"
                + "  zj: {type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 100}\n");
        Outcome o = execute("compare", BASELINE, alone.toString(), SHANGHAI, "--replications", "1", "--scale", "0.02",
                "--end", "2015", "--out", dir.resolve("alone-out").toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertTrue(o.err().contains("warning: alone differs from the base baseline in regions, sectors, routes, capital, not only"
                + " in its policies: its differences from the base are the effect of those settings and its policies"
                + " together. Fix: none if those settings belong to the variant (a park it builds, say); otherwise let"
                + " it extend the base (extends: baseline.yaml) and state only its policies."), o.err());
        assertFalse(o.err().contains("shanghai-trial-support differs"), "a variant of the base's settings: " + o.err());
    }

    @Test
    void twoVariantsWithOneNameAreBadInput() {
        Outcome o = compare(dir.resolve("dup"), BASELINE, SHANGHAI, SHANGHAI);
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains("expected a name no other variant uses"), o.err());
        assertFalse(Files.exists(dir.resolve("dup")));
    }

    @Test
    void aVariantNamedAsItsBaseIsBadInputSayingWhereTheNameComesFrom() throws IOException {
        // A file that states no name is named after its file: here the base's own file name.
        Files.createDirectories(dir.resolve("mine"));
        Path inherits = Files.writeString(dir.resolve("mine/baseline.yaml"), "extends: " + BASELINE + "\n");
        Outcome o = compare(dir.resolve("inherits-out"), BASELINE, inherits.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(inherits + ": name: expected a name other than the base scenario's"), o.err());
        assertTrue(o.err().contains("from its file name (the file states no 'name:' of its own)"), o.err());
        assertFalse(Files.exists(dir.resolve("inherits-out")));
        Path copy = Files.writeString(dir.resolve("copy.yaml"), "extends: " + BASELINE + "\nname: baseline\n");
        Outcome c = compare(dir.resolve("copy-out"), BASELINE, copy.toString());
        assertEquals(ExitCodes.BAD_INPUT, c.code(), c.err());
        assertTrue(c.err().contains("got 'baseline' as in " + BASELINE + ". Fix: give " + copy + " a 'name:' of its own."),
                c.err());
        // A --set name= names every scenario alike, whatever their files say.
        Outcome s = compare(dir.resolve("set-name-out"), BASELINE, inherits.toString(), "--set", "name=study");
        assertEquals(ExitCodes.BAD_INPUT, s.code(), s.err());
        assertTrue(s.err().contains("got 'study' from --set name=study, which compare applies to the base and every"
                + " variant alike. Fix: drop that --set"), s.err());
        assertFalse(Files.exists(dir.resolve("set-name-out")));
    }

    @Test
    void aVariantSimulatingOtherYearsThanItsBaseIsBadInputUnlessEndMakesThemAgree() throws IOException {
        Path shorter = Files.writeString(dir.resolve("shorter.yaml"),
                "extends: " + BASELINE + "\nname: shorter\ntime: {endYear: 2018}\n");
        Outcome o = execute("compare", BASELINE, shorter.toString(), "--replications", "1", "--scale", "0.02",
                "--out", dir.resolve("shorter-out").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(shorter + ": time.endYear: expected the base's 2035"), o.err());
        assertTrue(o.err().contains("got 2018. Fix: give both the same time.endYear, or pass --end"), o.err());
        assertFalse(Files.exists(dir.resolve("shorter-out")));

        Path later = Files.writeString(dir.resolve("later.yaml"),
                "extends: " + BASELINE + "\nname: later\ntime: {startYear: 2017}\n");
        Outcome l = compare(dir.resolve("later-out"), BASELINE, later.toString());
        assertEquals(ExitCodes.BAD_INPUT, l.code(), l.err());
        assertTrue(l.err().contains(later + ": time.startYear: expected the base's 2015"), l.err());
        assertFalse(Files.exists(dir.resolve("later-out")));

        Path agreed = dir.resolve("agreed-out");
        Outcome a = execute("compare", BASELINE, shorter.toString(), "--replications", "1", "--scale", "0.02",
                "--end", "2016", "--out", agreed.toString());
        assertEquals(ExitCodes.OK, a.code(), a.err());
        assertTrue(Files.exists(agreed.resolve("cost_effectiveness.csv")));
    }

    /** A --set for the variant's own policy fails on the base, and the message says so. */
    @Test
    void aSetThatFitsOnlyTheVariantSaysItFailedOnTheBase() {
        Outcome o = compare(dir.resolve("set-out"), BASELINE, SHANGHAI,
                "--set", "policies.zhejiangTrialSupport.phase3MaxMillion=50");
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--set #1 'policies.zhejiangTrialSupport.phase3MaxMillion=50'"), o.err());
        assertTrue(o.err().contains("compare applies each --set to all of them; the above arose on the base, "
                + BASELINE + ". Fix: put a change meant for one scenario into that scenario's file"), o.err());
        assertFalse(Files.exists(dir.resolve("set-out")));
    }

    /**
     * A --set that fits no scenario (here the retired seed weight) is not blamed on the base: the
     * note "put a change meant for one scenario into that scenario's file" would only mislead, since
     * the field is refused in every file, and the retired field's own advice is the fix.
     */
    @Test
    void aSetThatFitsNoScenarioIsNotBlamedOnTheBase() {
        Outcome o = compare(dir.resolve("retired-out"), BASELINE, SHANGHAI, "--set", "capital.innovatorWeight=15");
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("'innovatorWeight' is no longer a field here"), o.err());
        assertFalse(o.err().contains("applies each --set to all of them"), o.err());
        assertFalse(Files.exists(dir.resolve("retired-out")));
    }

    @Test
    void aNonEmptyOutputFolderIsBadInput() throws IOException {
        Path out = Files.createDirectories(dir.resolve("full"));
        Files.writeString(out.resolve("keep.txt"), "x");
        assertEquals(ExitCodes.BAD_INPUT, compare(out, BASELINE, SHANGHAI).code());
    }
}
