package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.SummaryRow;
import org.highland.report.SummaryTable;
import org.highland.run.CliRun;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy whose budget pays well below its claims acts far below its stated rate (firms count on
 * it only in the share paid), which neither its settings nor its outlay says: run and compare warn
 * for each such policy and province, with the share summary.csv gives, and stay silent on a policy
 * whose budget pays its claims.
 */
class BudgetShortfallWarningTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    private static final String[] SMALL = {"--scale", "0.03", "--end", "2017", "--replications", "2", "--threads", "2"};

    @TempDir
    static Path dir;
    private static Path tight;
    private static Path roomy;
    private static CliRun run;
    private static Path runOut;

    @BeforeAll
    static void runTheTightGrant() throws IOException {
        // An R&D grant far beyond its budget in Zhejiang, and one with room to spare in Jiangsu.
        tight = Files.writeString(dir.resolve("tight-grant.yaml"), "extends: " + BASELINE + "\nname: tight-grant\n"
                + "policies:\n"
                + "  grant: {type: rd-subsidy, region: Zhejiang, startYear: 2015, annualBudgetMillion: 20, share: 0.15,"
                + " capPerFirmMillion: 5}\n"
                + "  ample: {type: rd-subsidy, region: Jiangsu, startYear: 2015, annualBudgetMillion: 100000, share: 0.15,"
                + " capPerFirmMillion: 5}\n");
        roomy = Files.writeString(dir.resolve("roomy-grant.yaml"), "extends: " + tight + "\nname: roomy-grant\n"
                + "policies:\n  grant: {annualBudgetMillion: 100000}\n");
        runOut = dir.resolve("run");
        run = CliRun.highland(args("run", tight.toString(), "--out", runOut.toString()));
    }

    private static String[] args(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(SMALL));
        return all.toArray(new String[0]);
    }

    @Test
    void aGrantFarBeyondItsBudgetIsWarnedAboutWithTheShareSummaryCsvGives() throws IOException {
        assertEquals(0, run.exitCode, run.toString());
        Paid paid = Paid.of(runOut.resolve("summary.csv"), "grant", "Zhejiang");
        assertTrue(paid.share() < 0.9, "the budget must bind, or this test checks nothing: " + paid);
        List<String> warnings = run.err.lines().filter(l -> l.contains(": policy grant (")).toList();
        assertEquals(1, warnings.size(), "one warning, for Zhejiang alone: " + run.err);
        assertEquals("warning: tight-grant: policy grant (Zhejiang): claims exceeded the budget in at least half of the replications " + paid.when()
                + "; it paid " + Math.round(100 * paid.share()) + " % of its claims over its years in force"
                + " (policy_outlay / (policy_outlay + policy_shortfall) of grant in summary.csv: "
                + String.format(Locale.ROOT, "%.0f of %.0f", paid.outlay / 3, (paid.outlay + paid.shortfall) / 3)
                + " million yuan a year), so firms count only that share of its grant when valuing projects."
                + " Fix: to pay its claims in full, raise annualBudgetMillion (now 20 a year) toward them, or narrow"
                + " the policy: lower share or capPerFirmMillion, raise minRdShare, or narrow sectors.", warnings.get(0));
        assertTrue(run.out.contains("results: "), "the run's own output is all there: " + run.out);
    }

    @Test
    void aGrantWithinItsBudgetIsNotWarnedAbout() throws IOException {
        assertEquals(0, run.exitCode, run.toString());
        Paid paid = Paid.of(runOut.resolve("summary.csv"), "ample", "Jiangsu");
        assertTrue(paid.outlay > 0, "the ample grant must have claims, or this test checks nothing: " + paid);
        assertEquals(0.0, paid.shortfall, paid.toString());
        assertFalse(run.err.contains("policy ample"), run.err);
    }

    @Test
    void compareWarnsForTheBaseAndEachVariantByName() throws IOException {
        Path out = dir.resolve("compare");
        CliRun compare = CliRun.highland(args("compare", tight.toString(), roomy.toString(), "--out", out.toString()));
        assertEquals(0, compare.exitCode, compare.toString());
        Paid paid = Paid.of(out.resolve("scenarios/tight-grant/summary.csv"), "grant", "Zhejiang");
        assertTrue(paid.share() < 0.9, paid.toString());
        assertTrue(compare.err.contains("warning: tight-grant: policy grant (Zhejiang): claims exceeded the budget in at least half of the replications "
                + paid.when() + "; it paid " + Math.round(100 * paid.share()) + " % of its claims"), compare.err);
        assertEquals(0.0, Paid.of(out.resolve("scenarios/roomy-grant/summary.csv"), "grant", "Zhejiang").shortfall);
        assertFalse(compare.err.contains("warning: roomy-grant: policy grant"), compare.err);
    }

    @Test
    void aVariantIsWarnedAboutAPolicyOnlyWhenItsShareDiffersFromTheBases() throws IOException {
        // "same" leaves the tight grant as the base has it (it changes Jiangsu's grant only); "looser"
        // raises its budget, which still binds.
        Path same = Files.writeString(dir.resolve("same-grant.yaml"), "extends: " + tight + "\nname: same-grant\n"
                + "policies:\n  ample: {share: 0.1}\n");
        Path looser = Files.writeString(dir.resolve("looser-grant.yaml"), "extends: " + tight + "\nname: looser-grant\n"
                + "policies:\n  grant: {annualBudgetMillion: 500}\n");
        Path out = dir.resolve("compare-three");
        CliRun compare = CliRun.highland(args("compare", tight.toString(), same.toString(), looser.toString(),
                "--out", out.toString()));
        assertEquals(0, compare.exitCode, compare.toString());
        Paid base = Paid.of(out.resolve("scenarios/tight-grant/summary.csv"), "grant", "Zhejiang");
        Paid unchanged = Paid.of(out.resolve("scenarios/same-grant/summary.csv"), "grant", "Zhejiang");
        Paid loosened = Paid.of(out.resolve("scenarios/looser-grant/summary.csv"), "grant", "Zhejiang");
        assertTrue(Math.abs(unchanged.share() - base.share()) < 0.05, "premise: " + unchanged + " against " + base);
        assertTrue(loosened.share() < 0.9 && loosened.share() - base.share() >= 0.05,
                "premise: " + loosened + " against " + base);
        assertTrue(compare.err.contains("warning: tight-grant: policy grant (Zhejiang)"), compare.err);
        assertFalse(compare.err.contains("warning: same-grant: policy grant"), "told once, for the base: " + compare.err);
        assertTrue(compare.err.contains("warning: looser-grant: policy grant (Zhejiang): claims exceeded the budget in at least half of the replications "
                + loosened.when() + "; it paid " + Math.round(100 * loosened.share()) + " % of its claims over its"
                + " years in force (tight-grant: " + Math.round(100 * base.share()) + " %)"), compare.err);
    }

    @Test
    void theBasesShareBesideAVariantsIsOverTheVariantsYearsInForce() throws IOException {
        // The base pays the grant in full in 2016 and a fifth of it in 2017 (60 % over both); the
        // variant ends it after 2016, where it pays half. Beside the variant's 50 % stands the base's
        // 2016 alone (100 %), not its 60 % over years the variant does not have. (The summaries hold
        // 2016 and 2017 alone, so the years in force are clipped to them.)
        Path shorter = Files.writeString(dir.resolve("shorter-grant.yaml"), "extends: " + tight
                + "\nname: shorter-grant\npolicies:\n  grant: {endYear: 2016}\n");
        String header = "metric,region,year,unit,mean,sd,p05,p50,p95,n\n";
        Path baseCsv = Files.writeString(dir.resolve("base-summary.csv"), header
                + row("policy_outlay.grant", 2016, 100) + row("policy_shortfall.grant", 2016, 0)
                + row("policy_outlay.grant", 2017, 20) + row("policy_shortfall.grant", 2017, 80));
        Path variantCsv = Files.writeString(dir.resolve("variant-summary.csv"), header
                + row("policy_outlay.grant", 2016, 50) + row("policy_shortfall.grant", 2016, 50)
                + row("policy_outlay.grant", 2017, 0) + row("policy_shortfall.grant", 2017, 0));
        StringWriter text = new StringWriter();
        BudgetWarnings.print(Scenarios.load(tight, List.of()), baseCsv,
                List.of(Scenarios.load(shorter, List.of())), List.of(variantCsv),
                new PrintWriter(text));
        assertTrue(text.toString().contains("warning: tight-grant: policy grant (Zhejiang): claims exceeded the budget"
                + " in at least half of the replications in 2017 (1 of 2 years in force, 2016-2017); it paid 60 % of its claims"), text.toString());
        assertTrue(text.toString().contains("warning: shorter-grant: policy grant (Zhejiang): claims exceeded the"
                + " budget in at least half of the replications in 2016, its only year in force; it paid 50 % of its claims over its years in force"
                + " (tight-grant: 100 %)"), text.toString());
    }

    private static String row(String metric, int year, double mean) {
        return String.format(Locale.ROOT, "%s,Zhejiang,%d,million_yuan,%s,0,%s,%s,%s,2%n", metric, year, mean, mean,
                mean, mean);
    }

    /** A policy's mean outlay and shortfall in one province summed over 2015-2017, and the years it fell short. */
    private record Paid(double outlay, double shortfall, List<Integer> shortYears) {
        static Paid of(Path summaryCsv, String policy, String region) throws IOException {
            double outlay = 0;
            double shortfall = 0;
            List<Integer> years = new ArrayList<>();
            for (SummaryRow r : SummaryTable.read(summaryCsv).rows()) {
                if (!r.area().equals(region)) {
                    continue;
                }
                if (r.metric().equals("policy_outlay." + policy)) {
                    outlay += r.mean();
                } else if (r.metric().equals("policy_shortfall." + policy)) {
                    shortfall += r.mean();
                    if (r.p50() > 0) {
                        years.add(r.year());
                    }
                }
            }
            return new Paid(outlay, shortfall, years);
        }

        double share() {
            return outlay / (outlay + shortfall);
        }

        /** How the warning names the years, for the two cases a 2015-2017 run gives. */
        String when() {
            if (shortYears.equals(List.of(2015, 2016, 2017))) {
                return "in every year 2015-2017";
            }
            assertEquals(List.of(2016, 2017), shortYears, "no claims in the first January (no R&D last year)");
            return "in 2016-2017 (2 of 3 years in force, 2015-2017)";
        }
    }
}
