package org.highland.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.highland.run.Headline;

/**
 * Small results folders written as text, as run, validate and compare write them, so chart and
 * report tests need no simulation. Values follow simple formulas the tests can recompute.
 */
public final class ResultsFixtures {
    public static final int FIRST = 2015;
    public static final int LAST = 2024;
    public static final List<String> PROVINCES = List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui");
    public static final String PARK = "Zhejiang/park:Hangzhou High-tech Zone";
    /** Province sizes: Jiangsu twice Zhejiang, Anhui a tenth (so areas differ in scale). */
    static final double[] SIZE = {1.0, 2.0, 1.2, 0.1};

    private ResultsFixtures() {
    }

    /** The mean written for a metric, area index and year. */
    public static double mean(String metric, int area, int year) {
        double t = year - FIRST;
        return switch (metric) {
            case "biomedicine_industrial_output" -> SIZE[area] * (120 + 12 * t);
            case "enterprises" -> 1000 + 100 * area + 20 * t;
            case "innovative_drug_approvals" -> (area + 1) * (t % 3);
            case "policy_outlay.rdSuperDeduction2015" -> year <= 2017 ? 100 * SIZE[area] : 0;
            case "policy_outlay.zjApprovalRewards" -> area == 0 && year >= 2022 ? 50 : 0;
            case "policy_outlay" -> mean("policy_outlay.rdSuperDeduction2015", area, year)
                    + mean("policy_outlay.zjApprovalRewards", area, year);
            default -> 1;
        };
    }

    private static String unit(String metric) {
        return switch (metric) {
            case "biomedicine_industrial_output" -> "billion_yuan";
            case "enterprises", "innovative_drug_approvals", "cumulative_innovative_drug_approvals",
                 "cumulative_clinical_trials", "biomedicine_provincial_talents" -> "count";
            case "biopharma_financing_disclosed" -> "billion_yuan";
            default -> "million_yuan";
        };
    }

    static final List<String> METRICS = List.of("biomedicine_industrial_output", "enterprises",
            "innovative_drug_approvals", "policy_outlay", "policy_outlay.rdSuperDeduction2015",
            "policy_outlay.zjApprovalRewards");

    /**
     * Every metric of both headline tables, run's ({@link Headline#RUN}) and compare's
     * ({@link Headline#COMPARE}), and the instruments' outlays, in neither table's order (the reverse
     * of the two run together): a folder holding every metric either kind of folder could chart by
     * default, so a test can tell which it does and in which order.
     */
    static final List<String> BOTH_HEADLINES;

    static {
        Set<String> both = new LinkedHashSet<>(Headline.RUN.names());
        both.addAll(Headline.COMPARE.names());
        both.addAll(List.of("policy_outlay.rdSuperDeduction2015", "policy_outlay.zjApprovalRewards"));
        List<String> reversed = new ArrayList<>(both);
        Collections.reverse(reversed);
        BOTH_HEADLINES = List.copyOf(reversed);
    }

    /** summary.csv with the metrics above for the provinces, and output and enterprises for one park. */
    public static String summary(double shift) {
        return summary(shift, METRICS);
    }

    /** summary.csv with {@code metrics} for the provinces, and output and enterprises (if among them) for one park. */
    static String summary(double shift, List<String> metrics) {
        StringBuilder b = new StringBuilder("metric,region,year,unit,mean,sd,p05,p50,p95,n\n");
        for (String m : metrics) {
            for (int a = 0; a < PROVINCES.size(); a++) {
                for (int y = FIRST; y <= LAST; y++) {
                    row(b, m, PROVINCES.get(a), y, mean(m, a, y) + shift * (y - FIRST));
                }
            }
            if (m.equals("biomedicine_industrial_output") || m.equals("enterprises")) {
                for (int y = FIRST; y <= LAST; y++) {
                    row(b, m, "\"" + PARK + "\"", y, mean(m, 0, y) / 10);
                }
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String metric, String area, int year, double mean) {
        double half = Math.max(0.5, 0.05 * Math.abs(mean));
        b.append(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s,%s,%s,3%n", metric, area, year, unit(metric),
                mean, half / 2, mean - half, mean, mean + half));
    }

    static String manifest() {
        return """
                {
                  "highlandVersion" : "0.1.0",
                  "gitCommit" : "0123456789abcdef0123456789abcdef01234567",
                  "command" : [ "highland", "validate", "scenarios/baseline.yaml" ],
                  "seed" : 7,
                  "replications" : 3,
                  "threads" : 1,
                  "scale" : 0.05,
                  "startTime" : "2026-11-27T10:00:00Z"
                }
                """;
    }

    static String scenario(String name, boolean rewards) {
        String s = "name: " + name + "\ndescription: \"Test scenario 测试 <b>&\"\nseed: 7\npolicies:\n"
                + "  rdSuperDeduction2015:\n    type: rd-super-deduction\n    region: all\n    startYear: 2015\n"
                + "    endYear: 2017\n    annualBudgetMillion: 1000\n    sectors: []\n    extraDeductionShare: 0.5\n";
        if (rewards) {
            s += "  zjApprovalRewards:\n    type: approval-reward\n    region: Zhejiang\n    startYear: 2022\n"
                    + "    endYear: 2035\n    annualBudgetMillion: 1000\n    innovativeDrugMillion: 48\n";
        }
        return s;
    }

    /** validation.csv: two calibrated targets, one out of sample, and a Table 2 count for each province. */
    static String validation() {
        StringBuilder b = new StringBuilder("target_id,figure_id,metric,region,year,derived,base_year,ref_region,basis,"
                + "relation,headline,target,unit,sim_mean,sim_p05,sim_p95,rel_error,tolerance,within,source\n");
        b.append("zj_out,zj_out,biomedicine_industrial_output,Zhejiang,2020,value,,,calibrated,eq,true,215.1,"
                + "billion_yuan,200,190,210,-0.07,0.05,false,s1\n");
        b.append("js_out,js_out,biomedicine_industrial_output,Jiangsu,2020,value,,,calibrated,eq,true,448,"
                + "billion_yuan,450,440,460,0.004,0.05,true,s1\n");
        b.append("zj_ent,zj_ent,enterprises,Zhejiang,2021,value,,,out_of_sample,eq,false,1200,count,1120,1100,"
                + "1140,-0.07,0.1,true,s2\n");
        String[] ids = {"zj", "js", "sh", "ah"};
        for (int a = 0; a < 4; a++) {
            double fig = 1000 * SIZE[a];
            b.append(String.format(Locale.ROOT, "t2_clinical_trials_%s,t2_clinical_trials_%s,cumulative_clinical_trials,"
                    + "%s,2020,value,,,identity,eq,false,%s,count,%s,%s,%s,0.01,0.05,true,t2%n", ids[a], ids[a],
                    PROVINCES.get(a), fig, fig * 1.01, fig * 0.95, fig * 1.07));
        }
        return b.toString();
    }

    /** A run folder (as validate writes it when {@code withValidation}). */
    public static Path runFolder(Path dir, boolean withValidation) throws IOException {
        return runFolder(dir, withValidation, METRICS);
    }

    /** A run folder with {@code metrics} in summary.csv. */
    static Path runFolder(Path dir, boolean withValidation, List<String> metrics) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.csv"), summary(0, metrics));
        Files.writeString(dir.resolve("manifest.json"), manifest());
        Files.writeString(dir.resolve("scenario.resolved.yaml"), scenario("baseline", true));
        if (withValidation) {
            Files.writeString(dir.resolve("validation.csv"), validation());
        }
        return dir;
    }

    /** A compare folder: base "baseline", variant "more-output" adding 5 a year to every metric. */
    public static Path compareFolder(Path dir) throws IOException {
        return compareFolder(dir, METRICS);
    }

    /** A compare folder as above with {@code metrics} in the summaries and in comparison.csv. */
    static Path compareFolder(Path dir, List<String> metrics) throws IOException {
        Files.createDirectories(dir.resolve("scenarios/baseline"));
        Files.createDirectories(dir.resolve("scenarios/more-output"));
        Files.writeString(dir.resolve("scenarios/baseline/summary.csv"), summary(0, metrics));
        Files.writeString(dir.resolve("scenarios/more-output/summary.csv"), summary(5, metrics));
        Files.writeString(dir.resolve("scenarios/baseline.resolved.yaml"), scenario("baseline", false));
        Files.writeString(dir.resolve("scenarios/more-output.resolved.yaml"), scenario("more-output", true));
        Files.writeString(dir.resolve("manifest.json"), manifest());
        StringBuilder c = new StringBuilder("variant,metric,region,year,unit,base_mean,variant_mean,diff_mean,diff_p05,"
                + "diff_p95,rel_diff,diff_sd,n,diff_mean_ci_low,diff_mean_ci_high\n");
        for (String m : metrics) {
            for (int a = 0; a < 4; a++) {
                for (int y = FIRST; y <= LAST; y++) {
                    double d = 5.0 * (y - FIRST);
                    double base = mean(m, a, y);
                    c.append(String.format(Locale.ROOT, "more-output,%s,%s,%d,%s,%s,%s,%s,%s,%s,0,1,3,%s,%s%n", m,
                            PROVINCES.get(a), y, unit(m), base, base + d, d, d - 2, d + 3, d - 1, d + 1));
                }
            }
        }
        Files.writeString(dir.resolve("comparison.csv"), c.toString());
        String header = String.join(",", "variant,region,year,base_cumulative_outlay_million_yuan,extra_cumulative_outlay_million_yuan,"
                + "extra_cumulative_output_billion_yuan,extra_cumulative_innovative_drug_approvals,extra_enterprises,extra_biomedicine_provincial_talents,"
                + "output_yuan_per_yuan,innovative_drug_approvals_per_100m_yuan,enterprises_per_100m_yuan,biomedicine_provincial_talents_per_100m_yuan,"
                + "replications,extra_cumulative_outlay_million_yuan_p05,extra_cumulative_outlay_million_yuan_p95,extra_cumulative_output_billion_yuan_p05,"
                + "extra_cumulative_output_billion_yuan_p95,extra_cumulative_innovative_drug_approvals_p05,extra_cumulative_innovative_drug_approvals_p95,"
                + "extra_enterprises_p05,extra_enterprises_p95,extra_biomedicine_provincial_talents_p05,extra_biomedicine_provincial_talents_p95,"
                + "output_yuan_per_yuan_p05,output_yuan_per_yuan_p95,innovative_drug_approvals_per_100m_yuan_p05,innovative_drug_approvals_per_100m_yuan_p95,"
                + "enterprises_per_100m_yuan_p05,enterprises_per_100m_yuan_p95,biomedicine_provincial_talents_per_100m_yuan_p05,"
                + "biomedicine_provincial_talents_per_100m_yuan_p95");
        StringBuilder k = new StringBuilder(header).append('\n');
        k.append("more-output,Zhejiang,2024,300,150,2.5,1,12,0,16.7,0.67,8,0,3,100,200,1,4,0,2,5,20,0,0,10,25,0,1.5,3,12,0,0\n");
        k.append("more-output,Jiangsu,2024,600,0,0,0,0,0,,,,,3,0,0,0,0,0,0,0,0,0,0,,,,,,,,\n");
        Files.writeString(dir.resolve("cost_effectiveness.csv"), k.toString());
        return dir;
    }
}
