package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.highland.run.HighlandSim;
import org.highland.run.PairedChange;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Policy effects that now come from the firms' NPV decisions, on the shipped scenarios at reduced
 * scale with common random numbers (same seed and replications in every variant): paired
 * differences, judged against their own sampling error.
 */
class DecisionPolicyEffectsTest {
    private static final double SCALE = 0.03;
    private static final int REPLICATIONS = 12;
    private static final double APPROVAL_SCALE = 0.1;
    private static final int APPROVAL_REPLICATIONS = 20;
    private static final long SEED = 20150101L;
    private static final String[] REGIONS = {"Zhejiang", "Jiangsu", "Shanghai", "Anhui"};
    private static final Map<String, List<ReplicationResult>> CACHE = new ConcurrentHashMap<>();

    @Test
    void shanghaiStyleTrialSupportInZhejiangRaisesInnovativeStartsAndApprovals() {
        // Support from 2023: starts within two years, approvals by 2035. Projects started from 2023
        // reach approval around 2031-35: a few more approvals by 2035, small against chance, so both
        // are judged at a larger scale with more replications (paired).
        List<ReplicationResult> base = runs("baseline.yaml", APPROVAL_SCALE, APPROVAL_REPLICATIONS);
        List<ReplicationResult> support = runs("shanghai-trial-support.yaml", APPROVAL_SCALE, APPROVAL_REPLICATIONS);
        double[] starts = paired(base, support, r -> sum(r, "innovative_project_starts", "Zhejiang", 2023, 2024));
        assertTrue(starts[0] > 2 * starts[1], String.format(Locale.ROOT,
                "innovative starts 2023-2024: paired change %.1f, standard error %.1f", starts[0], starts[1]));
        double[] approvals = paired(base, support,
                r -> r.value("cumulative_innovative_drug_approvals", "Zhejiang", 2035));
        assertTrue(approvals[0] > 0, String.format(Locale.ROOT,
                "cumulative innovative approvals 2035: paired change %.2f (se %.2f)", approvals[0], approvals[1]));
    }

    @Test
    void halvingEverySupportBudgetNeverRaisesApprovalsOrOutput() {
        List<ReplicationResult> base = runs("baseline.yaml");
        List<ReplicationResult> cut = runs("budget-cut.yaml");
        // Where the cut acts (Shanghai's trial support) and over the four regions. A neighbour may
        // gain: the regions share one venture pool by pipeline value (ODD 7.4), so money Shanghai's
        // thinner pipelines no longer draw goes partly to Jiangsu. Eight one-sided checks: at two
        // standard errors a cut with no effect at all failed about one run in six (t with 11
        // degrees of freedom); at three (Bonferroni: eight checks at 5 %) at most one in twenty.
        for (String region : new String[] {"Shanghai", null}) {
            for (String metric : List.of("cumulative_innovative_drug_approvals", "biomedicine_industrial_output")) {
                for (int year : new int[] {2030, 2035}) {
                    double[] change = paired(base, cut, r -> total(r, metric, region, year));
                    assertTrue(change[0] <= 3 * change[1], String.format(Locale.ROOT,
                            "budget cut raised %s in %s %d: paired change %.3f, standard error %.3f",
                            metric, region, year, change[0], change[1]));
                }
            }
        }
    }

    /** The paper's ordering: Shanghai and Jiangsu apply for more innovative trials than Zhejiang. */
    @Test
    void baselineInnovativeClinicalApplicationsFollowThePapersOrdering() {
        List<ReplicationResult> base = runs("baseline.yaml");
        double zhejiang = mean(base, r -> sum(r, "innovative_clinical_applications", "Zhejiang", 2016, 2021));
        double jiangsu = mean(base, r -> sum(r, "innovative_clinical_applications", "Jiangsu", 2016, 2021));
        double shanghai = mean(base, r -> sum(r, "innovative_clinical_applications", "Shanghai", 2016, 2021));
        String values = String.format(Locale.ROOT, "2016-2021: Zhejiang %.0f, Jiangsu %.0f, Shanghai %.0f",
                zhejiang, jiangsu, shanghai);
        assertTrue(jiangsu > zhejiang, values);
        assertTrue(shanghai >= 1.5 * zhejiang, values);
    }

    private interface Value {
        double of(ReplicationResult r);
    }

    /** Mean and standard error of the paired difference (variant - base). */
    private static double[] paired(List<ReplicationResult> base, List<ReplicationResult> variant, Value value) {
        PairedChange change = PairedChange.of(base, variant, value::of);
        return new double[] {change.mean(), change.standardError()};
    }

    private static double mean(List<ReplicationResult> results, Value value) {
        return results.stream().mapToDouble(value::of).average().orElse(Double.NaN);
    }

    private static double sum(ReplicationResult r, String metric, String area, int from, int to) {
        double total = 0;
        for (int y = from; y <= to; y++) {
            total += r.value(metric, area, y);
        }
        return total;
    }

    private static List<ReplicationResult> runs(String file) {
        return runs(file, SCALE, REPLICATIONS);
    }

    private static List<ReplicationResult> runs(String file, double scale, int replications) {
        return CACHE.computeIfAbsent(file + "@" + scale + "x" + replications, f -> {
            Scenario scenario = Scenarios.load(Path.of("scenarios", file), List.of("time.endYear=2035"));
            return IntStream.range(0, replications).parallel()
                    .mapToObj(k -> HighlandSim.run(scenario, scale, SEED, k))
                    .collect(Collectors.toList());
        });
    }

    /** The metric in the region, or summed over the four regions when the region is null. */
    private static double total(ReplicationResult r, String metric, String region, int year) {
        if (region != null) {
            return r.value(metric, region, year);
        }
        double sum = 0;
        for (String each : REGIONS) {
            sum += r.value(metric, each, year);
        }
        return sum;
    }
}
