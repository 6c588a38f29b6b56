package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highland.report.chart.Footnote;
import org.highland.report.chart.Labels;
import org.highland.report.chart.NamedChart;
import org.highland.report.chart.ValidationCharts;
import org.highland.run.Headline;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a planner reads in report.html: numbers, the policy table and the warning on indicative runs. */
class ReportReadingTest {
    @TempDir
    Path dir;

    /**
     * The compare report charts the provinces where the variants change a policy: Zhejiang for
     * Zhejiang's approval rewards, Shanghai when they are Shanghai's.
     */
    @Test
    void aCompareReportChartsTheProvincesTheVariantsActIn() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("cmp"));
        assertEquals(List.of("Zhejiang"), ReportComparison.chartAreas(ResultsFolder.read(cmp)));
        Path variant = cmp.resolve("scenarios/more-output.resolved.yaml");
        Files.writeString(variant, Files.readString(variant).replace("region: Zhejiang", "region: Shanghai"));
        assertEquals(List.of("Shanghai"), ReportComparison.chartAreas(ResultsFolder.read(cmp)));
        String html = HtmlReport.render(ResultsFolder.read(cmp));
        assertTrue(html.contains("<h2>Effects on the headline metrics, Shanghai, over the years</h2>"), html);
        assertFalse(html.contains("Effects on the headline metrics, Zhejiang"), "no Zhejiang charts for a Shanghai policy");
    }

    /**
     * The compare report's charts are of the metrics its table of effects shows, in the table's order
     * ({@link Headline#COMPARE}), though the folder holds the run's headline metrics too: a reader of
     * "cum innov appr" in the table finds approvals to date beside it, not the year's.
     */
    @Test
    void theCompareReportChartsTheMetricsOfItsTableOfEffects() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("cmp"), ResultsFixtures.BOTH_HEADLINES);
        String html = HtmlReport.render(ResultsFolder.read(cmp));
        String effects = between(html, "<h2>Effects on the headline metrics</h2>", "<h2>");
        List<String> tabulated = tabulated(effects.substring(effects.indexOf("<h3>more-output</h3>")));
        String charted = between(html, "<h2>Effects on the headline metrics, Zhejiang, over the years</h2>", "<h2>");
        List<String> captions = captions(charted);
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < captions.size(); i += 2) {
            String metric = metricOf(captions.get(i));
            assertEquals(Labels.title(metric) + ", Zhejiang: variants against the base", captions.get(i));
            assertEquals(Labels.title(metric) + ", Zhejiang: difference each variant makes", captions.get(i + 1));
            drawn.add(metric);
        }
        assertEquals(Headline.COMPARE.names(), tabulated, "the table of effects shows compare's metrics");
        assertEquals(tabulated, drawn, "the charts are of the table's metrics, in its order");
    }

    /** A run's report charts the metrics of its headline table, in the table's order ({@link Headline#RUN}). */
    @Test
    void theRunReportChartsTheMetricsOfItsHeadlineTable() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false, ResultsFixtures.BOTH_HEADLINES);
        String html = HtmlReport.render(ResultsFolder.read(run));
        String headline = between(html, "<h2>Headline results</h2>", "<h2>");
        List<String> drawn = captions(headline).stream().map(ReportReadingTest::metricOf).toList();
        List<String> tabulated = tabulated(headline);
        assertEquals(Headline.RUN.names(), tabulated, "the headline table shows run's metrics");
        assertEquals(tabulated, drawn, "the charts are of the table's metrics, in its order");
    }

    /** From {@code start} to the next {@code end} after it. */
    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " in " + html);
        int to = html.indexOf(end, from + start.length());
        return html.substring(from, to < 0 ? html.length() : to);
    }

    /**
     * The metrics of the first table in {@code html}, in the order of its rows: each row's label
     * read through the legend that follows it ("label | metric_name: what it is ..."), not through
     * the headline, so the test does not take the labels' meaning from the code it checks.
     */
    private static List<String> tabulated(String html) {
        List<List<List<String>>> tables = new ArrayList<>();
        Matcher table = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL).matcher(html);
        while (table.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(table.group(1));
            while (row.find()) {
                Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row.group(1));
                if (td.find()) {
                    List<String> cells = new ArrayList<>(List.of(td.group(1)));
                    while (td.find()) {
                        cells.add(td.group(1));
                    }
                    rows.add(cells);
                }
            }
            tables.add(rows);
        }
        Map<String, String> legend = new LinkedHashMap<>();
        tables.stream().filter(t -> !t.isEmpty() && t.get(0).size() == 2).findFirst().orElseThrow()
                .forEach(r -> legend.put(r.get(0), r.get(1).substring(0, r.get(1).indexOf(':'))));
        Set<String> metrics = new LinkedHashSet<>();
        tables.get(0).forEach(r -> metrics.add(legend.get(r.get(0))));
        return List.copyOf(metrics);
    }

    /** The captions of the figures in {@code html}, in order. */
    private static List<String> captions(String html) {
        List<String> captions = new ArrayList<>();
        Matcher m = Pattern.compile("<figcaption>(.*?)</figcaption>").matcher(html);
        while (m.find()) {
            captions.add(m.group(1));
        }
        assertFalse(captions.isEmpty(), html);
        return captions;
    }

    /** The metric of the fixture whose title a caption starts with ("Enterprises, Zhejiang: ..."). */
    private static String metricOf(String caption) {
        String title = caption.contains(", ") ? caption.substring(0, caption.indexOf(", ")) : caption;
        return ResultsFixtures.BOTH_HEADLINES.stream().filter(m -> Labels.title(m).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("a caption of no metric: " + caption));
    }

    /** A quoted name with escapes (as the resolved scenario writes one with quotes or '#') reads as written. */
    @Test
    void aQuotedScenarioNameReadsAsWritten() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        Files.writeString(run.resolve("scenario.resolved.yaml"), "---\nname: \"Zhejiang \\\"plus\\\" # 2\"\nseed: 1\n");
        assertEquals("Zhejiang \"plus\" # 2", ResultsFolder.read(run).scenarioName());
    }

    /** The report says which years the model is fitted to and that later published figures only check it. */
    @Test
    void theReportSaysWhereTheFitEndsAndThatLaterFiguresOnlyCheckIt() throws Exception {
        String html = HtmlReport.render(ResultsFolder.read(ResultsFixtures.runFolder(dir.resolve("fit"), false)));
        // targets.csv: 53 figures calibrated (7 of 2021), 7 out of sample (2 of 2021, 5 of 2022-2024).
        assertTrue(html.contains("The model is calibrated on 53 published figures dated to 2021 (7 of 2021); 7 other"
                + " figures only check it (out of sample), 2 dated to 2021 and 5 published for 2022–2024. Every year"
                + " after 2021 is a projection"), html);
        assertFalse(html.contains("Published figures run to 2021"), html);
    }

    @Test
    void countsAndZerosReadAsNumbersOfThings() {
        assertEquals("0", HtmlReport.num(0.0, "count"), "no 0.00 approvals");
        assertEquals("0", HtmlReport.num(-0.0, "billion_yuan"));
        assertEquals("2.5", HtmlReport.num(2.5, "count"), "a mean count with one decimal, not 2.50");
        assertEquals("914", HtmlReport.num(913.9, "count"), "hundreds of talents are whole");
        assertEquals("12,900", HtmlReport.num(12_900.4, "count"));
        assertEquals("218.0", HtmlReport.num(218.04, "billion_yuan"));
        assertEquals("0.0332", HtmlReport.num(0.03317, "ratio"));
        assertEquals("0.000", HtmlReport.num(-2.2e-12, "ratio"), "rounding noise is neither -0 nor 2.2e-12");
        assertEquals("0.0", HtmlReport.num(-0.04, "count"));
    }

    /**
     * Every instrument has the budget fields, as the resolved scenario writes them out; only one
     * that spends a budget shows them. A tax expenditure or a regulation says it has no budget, and
     * its settings leave out how a budget would be spent ("budgetMode: STOP" would suggest one).
     */
    @Test
    void budgetsReadAsMoneyOrSayWhyThereIsNone() throws Exception {
        JsonNode policies = new YAMLMapper().readTree("""
                rdSuperDeduction2021:
                  type: rd-super-deduction
                  region: all
                  startYear: 2021
                  endYear: 2035
                  annualBudgetMillion: 1000000000
                  budgetMode: STOP
                  extraDeductionShare: 1.0
                reviewReform:
                  type: review-reform
                  region: all
                  startYear: 2017
                  endYear: 2035
                  annualBudgetMillion: 0
                  budgetMode: STOP
                  clinicalMonthsMultiplier: 0.6
                shanghaiTrialSupport:
                  type: clinical-trial-support
                  region: Shanghai
                  startYear: 2019
                  endYear: 2035
                  annualBudgetMillion: 2000
                  budgetMode: PRORATE
                  costShare: 0.3
                """);
        String html = ReportPolicies.table(policies, null, null);
        assertFalse(html.contains("1000000000") || html.contains("1,000,000,000"), html);
        assertTrue(html.contains("<td>no budget (tax expenditure)</td><td>extraDeductionShare: 1</td>"), html);
        assertTrue(html.contains("<td>no budget (no outlay)</td><td>clinicalMonthsMultiplier: 0.6</td>"), html);
        assertTrue(html.contains(">2,000</td><td>budgetMode: PRORATE; costShare: 0.3</td>"), html);
        assertFalse(html.contains("budgetMode: STOP"), "no budget mode without a budget: " + html);
        assertTrue(html.contains(">Shanghai trial support<") && html.contains(">R&amp;D super deduction<"), html);
        assertTrue(html.contains("per region"), "region all gives each region the budget: " + html);
    }

    @Test
    void aVariantsPolicyTableSaysWhatItAddsAndWhatItChangesFromTheBase() throws Exception {
        JsonNode base = new YAMLMapper().readTree("""
                zhejiangTrialSupport:
                  type: clinical-trial-support
                  region: Zhejiang
                  startYear: 2023
                  endYear: 2035
                  annualBudgetMillion: 800
                  budgetMode: STOP
                  sectors: [INNOVATIVE_DRUG]
                  costShare: 0.3
                  phase3MaxMillion: 30.0
                """);
        JsonNode variant = new YAMLMapper().readTree("""
                zhejiangTrialSupport:
                  type: clinical-trial-support
                  region: Zhejiang
                  startYear: 2024
                  endYear: 2035
                  annualBudgetMillion: 2000
                  budgetMode: STOP
                  sectors: []
                  costShare: 0.3
                  phase3MaxMillion: 40.0
                zhejiangRd:
                  type: rd-subsidy
                  region: Zhejiang
                  startYear: 2024
                  endYear: 2035
                  annualBudgetMillion: 1500
                  budgetMode: STOP
                  share: 0.15
                """);
        String html = ReportPolicies.table(variant, null, null, base, null);
        assertTrue(html.contains("<td>Zhejiang trial support (changed)</td>"), html);
        assertTrue(html.contains("<td>2024–2035 (base: 2023–2035)</td><td>2,000 (base: 800)</td>"
                + "<td>budgetMode: STOP; sectors: [] (base: INNOVATIVE_DRUG); costShare: 0.3; phase3MaxMillion: 40"
                + " (base: 30)</td>"), html);
        assertTrue(html.contains("<td>Zhejiang R&amp;D (added)</td>"), html);
        assertTrue(html.contains("<td>budgetMode: STOP; share: 0.15</td>"), "nothing to compare an added one with: " + html);
    }

    @Test
    void aPolicyInForceOnlyAfterTheRunEndsIsSaidToBeOutOfTheRun() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("short"), false);
        Path yaml = run.resolve("scenario.resolved.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("startYear: 2022", "startYear: "
                + (ResultsFixtures.LAST + 1)));
        String html = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(html.contains("<td>" + (ResultsFixtures.LAST + 1) + "–2035 (not in force in the run, "
                + ResultsFixtures.FIRST + "–" + ResultsFixtures.LAST + ")</td>"), html);
        assertTrue(html.contains("<td class=\"num\">2015–2017</td>"), "a policy within the run has no note: " + html);
    }

    /**
     * The policy table gives the share of each policy's claims its budget paid over its years in
     * force, policy_outlay / (policy_outlay + policy_shortfall) per province, with the years it
     * bound below 90 %, and says under the table what the share means; a folder written before the
     * shortfall was recorded per policy leaves the cell empty.
     */
    @Test
    void thePolicyTableGivesTheShareOfClaimsPaidAndTheYearsABudgetBound() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("paid"), false);
        String before = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(before.contains("claims paid (mean)"), before);
        assertFalse(before.contains(" % in each of") || before.contains("budget bound"),
                "no share without the shortfall metrics: " + before);
        StringBuilder rows = new StringBuilder();
        for (int a = 0; a < ResultsFixtures.PROVINCES.size(); a++) {
            for (int y = ResultsFixtures.FIRST; y <= ResultsFixtures.LAST; y++) {
                // zjApprovalRewards pays 50 a year from 2022 in Zhejiang; 100 a year more is refused in 2023-2024.
                double refused = a == 0 && y >= 2023 ? 100 : 0;
                rows.append("policy_shortfall.zjApprovalRewards,").append(ResultsFixtures.PROVINCES.get(a)).append(',')
                        .append(y).append(",million_yuan,").append(refused).append(',').append("0,")
                        .append(refused).append(',').append(refused).append(',').append(refused).append(",3\n");
                rows.append("policy_shortfall.rdSuperDeduction2015,").append(ResultsFixtures.PROVINCES.get(a))
                        .append(',').append(y).append(",million_yuan,0,0,0,0,0,3\n");
            }
        }
        Files.writeString(run.resolve("summary.csv"), rows, StandardOpenOption.APPEND);
        String html = HtmlReport.render(ResultsFolder.read(run));
        // (50 x 3) / (50 x 3 + 100 x 2) = 43 %.
        assertTrue(html.contains("<td>43 %, budget bound in 2023–2024 (2 of 3 years in force, 2022–2024)</td>"), html);
        assertTrue(html.contains("<td>100 % in each of 4 provinces</td>"), html);
        assertTrue(html.contains("Claims paid: the share of a policy's claims its budget paid"), html);
        assertTrue(html.contains("Below 90 % the budget binds"), html);
    }

    @Test
    void aReducedScaleRunIsMarkedIndicativeInTheReportAndOnEveryChart() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        String html = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(html.contains("<p class=\"warning\"><strong>Indicative only.</strong> These figures come from 3"
                + " replications at scale 0.05"), "the fixture ran 3 replications at scale 0.05");
        assertTrue(html.contains("2026-11-27 10:00:00 UTC"), "start time to the second");
        assertTrue(new Footnote("s", 3, 0.05, "v").text().endsWith("INDICATIVE ONLY: reduced scale, fewer than 10"
                + " replications"));
        assertFalse(new Footnote("s", 10, 1.0, "v").text().contains("INDICATIVE"));

        Files.writeString(run.resolve("manifest.json"), ResultsFixtures.manifest()
                .replace("\"replications\" : 3", "\"replications\" : 10").replace("\"scale\" : 0.05", "\"scale\" : 1"));
        String full = HtmlReport.render(ResultsFolder.read(run));
        assertFalse(full.contains("class=\"warning\"") || full.contains("INDICATIVE"), "a full run carries no warning");
    }

    @Test
    void theValidationSummaryExplainsEveryBasisItCounts() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("validated"), true);
        Path csv = run.resolve("validation.csv");
        Files.writeString(csv, Files.readString(csv).replace(",calibrated,eq,true,448,", ",earlier_fit,eq,true,448,"));
        String html = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(html.contains("<td>earlier fit</td>"), "the fixture now counts an earlier_fit target");
        assertTrue(html.contains("earlier fit: seen by an earlier fit"), "and the text says what that basis means");

        // A missed target names its basis in the same words as the counts above, not as the CSV code.
        Files.writeString(csv, Files.readString(csv).replace(",,,calibrated,eq,true,215.1,", ",,,out_of_sample,eq,true,215.1,"));
        String missed = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(missed.contains("<td>billion yuan</td><td>out of sample</td></tr>"), missed);
        assertFalse(missed.contains("out_of_sample"), missed);
    }

    /**
     * A missed "at least" figure is listed as such, with the side its tolerance lies on: a bare
     * published 15 beside a simulated 13 read as an exact figure missed by 13 %.
     */
    @Test
    void aMissedBoundIsListedWithItsRelationAndTolerance() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("bound"), true);
        Path csv = run.resolve("validation.csv");
        Files.writeString(csv, Files.readString(csv) + "park_growth,park_growth,industrial_output_growth,Zhejiang,2021,"
                + "value,,,earlier_fit,ge,false,15,percent_per_year,13,5.8,20.2,-0.13,0.1,false,s4\n");
        String html = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(html.contains("<td>park_growth</td><td>Zhejiang</td><td class=\"num\">2021</td><td>at least 15</td>"
                + "<td>\u221210 %</td>"), html);
        assertTrue(html.contains("<td>zj_out</td><td>Zhejiang</td><td class=\"num\">2020</td><td class=\"num\">215.1</td>"
                + "<td>\u00b15 %</td>"),
                "an exact figure keeps its bare value: " + html);
    }

    /**
     * A calibration's validation.csv has targets past the 2021 it is scored to: status
     * not_simulated, within empty. The report counts them neither as hits nor as misses and
     * says so; the chart of fit leaves them out (drawn, a missing mean sat at the 1/8 edge).
     */
    @Test
    void targetsNotSimulatedAreNeitherCountedNorDrawnAsMisses() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("calibrated"), true);
        Path csv = run.resolve("validation.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.set(0, lines.get(0) + ",status");
        for (int i = 1; i < lines.size(); i++) {
            // The fixture's sources hold no comma: within is the 19th field.
            lines.set(i, lines.get(i) + ("true".equals(lines.get(i).split(",")[18]) ? ",within" : ",outside"));
        }
        lines.add("zj_out_2024,zj_out_2024,biomedicine_industrial_output,Zhejiang,2024,value,,,out_of_sample,eq,"
                + "false,300,billion_yuan,,,,,0.1,,s3,not_simulated");
        Files.write(csv, lines);
        ResultsFolder folder = ResultsFolder.read(run);
        String html = HtmlReport.render(folder);
        assertTrue(html.contains("<td>out of sample</td><td>1 of 1</td>"), "the 2024 target is not counted: " + html);
        assertFalse(html.contains("<td>zj_out_2024</td>"), "nor listed outside its tolerance");
        assertTrue(html.contains("1 target(s) dated after the run's last year were not simulated"), html);
        NamedChart fit = ValidationCharts.fit(folder.validation(), new Footnote("s", 3, 0.05, "v"));
        int points = 0;
        for (Object p : ((CombinedRangeXYPlot) fit.chart().getPlot()).getSubplots()) {
            YIntervalSeriesCollection data = (YIntervalSeriesCollection) ((XYPlot) p).getDataset(0);
            points += data.getItemCount(0) + data.getItemCount(1);
        }
        assertEquals(lines.size() - 2, points, "one dot per simulated target");
    }

    @Test
    void aVariantWithAChineseNameIsFoundUnderTheFolderNameCompareGaveIt() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("cmp"));
        String name = "浙江试验";
        // compare names the folder with FileNames.safe, which keeps letters of any script.
        Path scenarios = cmp.resolve("scenarios");
        Files.move(scenarios.resolve("more-output"), scenarios.resolve(FileNames.safe(name, "scenario")));
        Files.writeString(scenarios.resolve(FileNames.safe(name, "scenario") + ".resolved.yaml"),
                Files.readString(scenarios.resolve("more-output.resolved.yaml")).replace("name: more-output", "name: " + name));
        Files.delete(scenarios.resolve("more-output.resolved.yaml"));
        for (String csv : new String[] {"comparison.csv", "cost_effectiveness.csv"}) {
            Files.writeString(cmp.resolve(csv), Files.readString(cmp.resolve(csv)).replace("more-output,", name + ","));
        }
        ResultsFolder folder = ResultsFolder.read(cmp);
        assertEquals("baseline", folder.base(), "the variant's folder is not taken for the base");
        String html = HtmlReport.render(folder);
        assertTrue(html.contains("<h3>" + name + "</h3>") && html.contains(">approval reward<"),
                "the variant's policies are read from its resolved scenario");
        assertTrue(html.contains("variants against the base"), "its summary is found for the chart");
    }

    /**
     * A variant that drops a policy of its base says so in the policy section, as it says what it
     * adds; one whose policies are all the base's says that, not "no policy instruments".
     */
    @Test
    void theCompareReportNamesThePoliciesAVariantRemovesFromItsBase() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("removes"));
        Path variant = cmp.resolve("scenarios/more-output.resolved.yaml");
        Files.writeString(variant, "name: more-output\ndescription: Rewards instead of the deduction\nseed: 7\npolicies:\n"
                + "  zjApprovalRewards:\n    type: approval-reward\n    region: Zhejiang\n    startYear: 2022\n"
                + "    endYear: 2035\n    annualBudgetMillion: 1000\n    innovativeDrugMillion: 48\n");
        String html = HtmlReport.render(ResultsFolder.read(cmp));
        int section = html.indexOf("<h3>more-output</h3>");
        String policies = html.substring(section, html.indexOf("<h2>", section));
        assertTrue(policies.contains("<td>Zj approval rewards (added)</td>"), policies);
        assertTrue(policies.contains("Removes these policies of the base"), policies);
        assertTrue(policies.contains("<td>R&amp;D super deduction 2015</td><td>R&amp;D super deduction</td><td>all</td>"
                + "<td class=\"num\">2015–2017</td>"), policies);

        Files.writeString(variant, ResultsFixtures.scenario("more-output", false));
        String same = HtmlReport.render(ResultsFolder.read(cmp));
        String samePolicies = same.substring(same.indexOf("<h3>more-output</h3>"));
        samePolicies = samePolicies.substring(0, samePolicies.indexOf("<h2>"));
        assertTrue(samePolicies.contains("Its policies are the base's"), samePolicies);
        assertFalse(samePolicies.contains("No policy instruments"), samePolicies);
        assertFalse(samePolicies.contains("Removes these policies"), samePolicies);
    }

    /**
     * An elderly-care subsidy moves no headline metric: its beds are tabulated with the headline
     * effects, or the report shows billions spent on nothing.
     */
    @Test
    void theCompareReportTabulatesWhatTheVariantsOwnInstrumentsActOn() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("care"));
        Path variant = cmp.resolve("scenarios/more-output.resolved.yaml");
        Files.writeString(variant, Files.readString(variant) + "  zjCare:\n    type: elderly-care-subsidy\n"
                + "    region: Zhejiang\n    startYear: 2020\n    annualBudgetMillion: 500\n");
        Files.writeString(cmp.resolve("comparison.csv"), "more-output,elderly_care_beds,Zhejiang,"
                + ResultsFixtures.LAST + ",count,1000,1300,300,250,350,0.3,20,3,280,320\n", StandardOpenOption.APPEND);
        String html = HtmlReport.render(ResultsFolder.read(cmp));
        assertTrue(html.contains("<td>care beds</td><td>count</td><td>Zhejiang</td>"), html);
        assertTrue(html.contains("+300 [+250, +350]"), html);
        assertTrue(html.contains("<td>care beds</td><td>elderly_care_beds: elderly-care beds (count, as recorded at year"
                + " end)</td>"), "in the legend, as the terminal's: " + html);
        assertFalse(HtmlReport.render(ResultsFolder.read(ResultsFixtures.compareFolder(dir.resolve("plain"))))
                .contains("care beds"), "a variant without such an instrument has only the headline rows");
    }

    /** A run's report tabulates what its own instruments act on beside the headline metrics, as compare's does. */
    @Test
    void theRunReportTabulatesWhatTheScenariosOwnInstrumentsActOn() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("care-run"), false);
        Files.writeString(run.resolve("summary.csv"), "elderly_care_beds,Zhejiang," + ResultsFixtures.LAST
                + ",count,1300,20,1270,1300,1330,3\n", StandardOpenOption.APPEND);
        String plain = HtmlReport.render(ResultsFolder.read(run));
        assertFalse(plain.contains("<td>care beds</td>"), "no such instrument, the headline rows alone");
        Path resolved = run.resolve("scenario.resolved.yaml");
        Files.writeString(resolved, Files.readString(resolved) + "  zjCare:\n    type: elderly-care-subsidy\n"
                + "    region: Zhejiang\n    startYear: 2020\n    annualBudgetMillion: 500\n");
        String html = HtmlReport.render(ResultsFolder.read(run));
        assertTrue(html.contains("<td>care beds</td><td>count</td><td>Zhejiang</td>"), html);
    }

    /**
     * A variant that moves leading talents between the provinces without changing their total is
     * said to do so: the provinces' rows alone read as talents gained.
     */
    @Test
    void theCompareReportSaysWhenAVariantOnlyMovesLeadingTalents() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("moved"));
        String head = "more-output,biomedicine_provincial_talents,%s," + ResultsFixtures.LAST + ",count,";
        String moved = String.format(head, "Zhejiang") + "600,640,40,35,45,0.07,3,3,37,43\n"
                + String.format(head, "Jiangsu") + "700,660,-40,-45,-35,-0.06,3,3,-43,-37\n";
        Files.writeString(cmp.resolve("comparison.csv"), moved + String.format(head, "Total")
                + "1300,1300,0,0,0,0,0,3,0,0\n", StandardOpenOption.APPEND);
        String note = "Leading talents: more-output moves them between the four provinces and leaves their total";
        assertTrue(HtmlReport.render(ResultsFolder.read(cmp)).contains(note));
        Path gained = ResultsFixtures.compareFolder(dir.resolve("gained"));
        Files.writeString(gained.resolve("comparison.csv"), moved + String.format(head, "Total")
                + "1300,1300,10,8,12,0.01,1,3,9,11\n", StandardOpenOption.APPEND);
        assertFalse(HtmlReport.render(ResultsFolder.read(gained)).contains(note), "a total that changes is no move");
    }

    @Test
    void theCompareReportTabulatesEveryProvincesEffectNotOnlyTheCharted() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("effects"));
        String html = HtmlReport.render(ResultsFolder.read(cmp));
        // Jiangsu's output in 2024: base 2 x (120 + 12 x 9) = 456; the variant adds 5 a year from 2015: +45 [+43, +48],
        // labelled, and rounded, as compare's terminal table has it.
        assertTrue(html.contains("<th>2024 base</th><th>2024 difference [p05, p95]</th>"), html);
        assertTrue(html.contains("<td>output B</td><td>billion yuan</td><td>Jiangsu</td>"
                + "<td class=\"num\">456.0</td><td class=\"num\">+45.0 [+43.0, +48.0]</td>"), html);
        // The leading talents a variant adds are tabulated beside its firms: what a talent policy buys.
        assertTrue(html.contains("<th>extra enterprises</th><th>extra leading talents</th>"), html);
        // Either reason leaves the ratio blank, not both together.
        assertTrue(html.contains("Approvals per 100 M yuan is blank in a province where the variant changes no"
                + " instrument that pays (its outlay there moved by spill-over) or where the extra outlay is noise"), html);
    }
}
