package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy instruments act in the documented direction and within their budgets. Variants are
 * compared with common random numbers (same seed and replications), summed over replications,
 * so a difference is the policy's doing rather than noise.
 */
class PolicyMechanismsTest {
    private static final String[] REGIONS = {"Zhejiang", "Jiangsu", "Shanghai", "Anhui"};
    private static final double SCALE = 0.05;
    private static final int END = 2022;
    private static final int REPLICATIONS = 4;

    @TempDir
    Path dir;

    @Test
    void moreClinicalTrialSupportNeverLowersTrialsOrProjectStarts() {
        List<ReplicationResult> none = runs(trialSupport("none", 0, 0));
        List<ReplicationResult> generous = runs(trialSupport("generous", 1.0, 1000));
        // IND filings are left out on purpose: support draws generic projects (short discovery,
        // likely IND) towards innovative ones, so filings within a short horizon may dip.
        // All project starts are checked over the four regions only: the regions share one national
        // venture pool by the value of their pipelines, so a region whose pipeline gains less from
        // the support loses financing and may start fewer generics (7.4).
        for (String metric : List.of("clinical_trials_registered", "cumulative_clinical_trials",
                "innovative_project_starts", "project_starts")) {
            for (String region : metric.equals("project_starts") ? new String[] {null} : REGIONS) {
                double without = total(none, metric, region);
                double with = total(generous, metric, region);
                assertTrue(with >= without, String.format(Locale.ROOT,
                        "%s in %s fell with generous trial support: %.1f -> %.1f", metric, region, without, with));
            }
        }
        // Not merely equal: the support must reach the firms' decisions.
        double without = total(none, "innovative_project_starts", null);
        double with = total(generous, "innovative_project_starts", null);
        assertTrue(with > 1.05 * without, "innovative starts barely moved: " + without + " -> " + with);
        assertTrue(total(generous, "policy_outlay.support", null) > 0, "the generous support paid nothing");
        assertTrue(total(none, "policy_outlay.support", null) == 0, "a zero share paid something");
    }

    @Test
    void anRdSubsidyNeverLowersRdSpend() {
        List<ReplicationResult> none = runs(rdSubsidy("none", 0));
        List<ReplicationResult> subsidised = runs(rdSubsidy("subsidised", 0.3));
        for (String region : REGIONS) {
            double without = total(none, "rd_spend", region);
            double with = total(subsidised, "rd_spend", region);
            assertTrue(with >= without, String.format(Locale.ROOT,
                    "R&D spend in %s fell with a 30 %% R&D subsidy: %.3f -> %.3f", region, without, with));
        }
        // Year by year over the four regions together: the regions share one national venture pool
        // by the value of their pipelines and draw leading talents from each other, so a region
        // whose pipeline gains less may lose financing or staff, and R&D, in a single year
        // (Shanghai 2021 by 0.3 % since opportunities arrive per kind), as with trial support.
        for (int year = 2015; year <= END; year++) {
            double before = 0;
            double after = 0;
            for (String region : REGIONS) {
                before += sum(none, "rd_spend", region, year);
                after += sum(subsidised, "rd_spend", region, year);
            }
            assertTrue(after >= before, String.format(Locale.ROOT,
                    "R&D spend of the four regions in %d fell with the subsidy: %.3f -> %.3f", year, before, after));
        }
        double without = total(none, "rd_spend", null);
        assertTrue(total(subsidised, "rd_spend", null) > 1.01 * without, "the subsidy did not raise R&D");
    }

    @Test
    void outlaysNeverExceedAnInstrumentsAnnualBudget() {
        Scenario scenario = ModelRuns.scenario(dir, "tight", """
                policies:
                  trials: {type: clinical-trial-support, region: all, annualBudgetMillion: 40, costShare: 1,
                           phase1MaxMillion: 1000, phase2MaxMillion: 1000, phase3MaxMillion: 1000}
                  rdStop: {type: rd-subsidy, region: all, annualBudgetMillion: 150, share: 0.5, capPerFirmMillion: 100}
                  rdProrate: {type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 150, budgetMode: PRORATE,
                              share: 0.5, capPerFirmMillion: 100}
                """, "time.endYear=" + END);
        List<String> overruns = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            HighlandSim sim = ModelRuns.start(scenario, SCALE, 3, k);
            ModelRuns.run(sim, scenario.time().months(), world -> {
                for (int r = 0; r < world.regionCount(); r++) {
                    for (Government.Account a : world.region(r).government().accounts()) {
                        if (a.paidThisYear() > a.annualBudget() * (1 + 1e-12)) {
                            overruns.add(a.name() + " in " + a.region().name + " month " + world.month()
                                    + ": paid " + a.paidThisYear() + " of " + a.annualBudget());
                        }
                    }
                }
            });
            sim.finish();
            ReplicationResult result = sim.result();
            for (String policy : List.of("trials", "rdStop", "rdProrate")) {
                double budget = policy.equals("trials") ? 40 : 150;
                double busiest = 0;
                for (String region : REGIONS) {
                    for (int year = 2015; year <= END; year++) {
                        double outlay = result.value("policy_outlay." + policy, region, year);
                        busiest = Math.max(busiest, outlay);
                        if (outlay > budget * (1 + 1e-9)) {
                            overruns.add(policy + " in " + region + " " + year + ": " + outlay + " of " + budget);
                        }
                    }
                }
                // The budget must bind somewhere, or this test would check nothing.
                assertTrue(busiest > 0.9 * budget, policy + " never came near its budget: " + busiest);
            }
            assertTrue(shortfall(sim.world()) > 0, "no claim was ever refused for want of budget");
        }
        assertTrue(overruns.isEmpty(), String.join("\n", overruns.subList(0, Math.min(10, overruns.size()))));
    }

    /**
     * {@code policy_shortfall.<name>} is each policy's part of the total {@code policy_shortfall}:
     * over three policies whose budgets bind (one pro-rating), per region and year, they sum to it,
     * each equals its account's refused claims, and a policy shows none where it is not in force.
     */
    @Test
    void perPolicyShortfallsSumToTheTotal() {
        Scenario scenario = ModelRuns.scenario(dir, "short", """
                policies:
                  trials: {type: clinical-trial-support, region: all, annualBudgetMillion: 40, costShare: 1,
                           phase1MaxMillion: 1000, phase2MaxMillion: 1000, phase3MaxMillion: 1000}
                  rdStop: {type: rd-subsidy, region: all, startYear: 2017, annualBudgetMillion: 150, share: 0.5,
                           capPerFirmMillion: 100}
                  rdProrate: {type: rd-subsidy, region: Zhejiang, annualBudgetMillion: 150, budgetMode: PRORATE,
                              share: 0.5, capPerFirmMillion: 100}
                """, "time.endYear=" + END);
        List<String> policies = List.of("trials", "rdStop", "rdProrate");
        HighlandSim sim = ModelRuns.start(scenario, SCALE, 3, 0);
        ModelRuns.run(sim, scenario.time().months(), world -> { });
        sim.finish();
        ReplicationResult result = sim.result();
        Map<String, Double> refused = new HashMap<>();
        for (int r = 0; r < sim.world().regionCount(); r++) {
            for (Government.Account a : sim.world().region(r).government().accounts()) {
                refused.put(a.name() + " " + a.region().name, a.shortfallTotal() / SCALE);
            }
        }
        Map<String, Double> recorded = new HashMap<>();
        for (String region : REGIONS) {
            for (int year = 2015; year <= END; year++) {
                double total = result.value("policy_shortfall", region, year);
                double sum = 0;
                for (String policy : policies) {
                    double own = result.value("policy_shortfall." + policy, region, year);
                    assertTrue(own >= 0, policy + " in " + region + " " + year + ": " + own);
                    if ((policy.equals("rdProrate") && !region.equals("Zhejiang"))
                            || (policy.equals("rdStop") && year < 2017)) {
                        assertEquals(0.0, own, policy + " is not in force in " + region + " " + year);
                    }
                    sum += own;
                    recorded.merge(policy + " " + region, own, Double::sum);
                }
                assertEquals(total, sum, 1e-9 * Math.max(1, total), region + " " + year);
            }
        }
        for (String policy : policies) {
            assertTrue(recorded.get(policy + " Zhejiang") > 0,
                    policy + " never fell short in Zhejiang, so this test would check nothing");
        }
        for (Map.Entry<String, Double> e : refused.entrySet()) {
            assertEquals(e.getValue(), recorded.get(e.getKey()), 1e-9 * Math.max(1, e.getValue()), e.getKey());
        }
    }

    private Scenario trialSupport(String name, double share, double cap) {
        return ModelRuns.scenario(dir, name, String.format(Locale.ROOT, """
                policies:
                  support: {type: clinical-trial-support, region: all, annualBudgetMillion: 1000000, costShare: %s,
                            phase1MaxMillion: %s, phase2MaxMillion: %s, phase3MaxMillion: %s}
                """, share, cap, cap, cap), "time.endYear=" + END);
    }

    private Scenario rdSubsidy(String name, double share) {
        return ModelRuns.scenario(dir, name, String.format(Locale.ROOT, """
                policies:
                  rd: {type: rd-subsidy, region: all, share: %s, capPerFirmMillion: 1000}
                """, share), "time.endYear=" + END);
    }

    private static List<ReplicationResult> runs(Scenario scenario) {
        List<ReplicationResult> results = new ArrayList<>();
        for (int k = 0; k < REPLICATIONS; k++) {
            results.add(HighlandSim.run(scenario, SCALE, 20150101, k));
        }
        return results;
    }

    private static double shortfall(World world) {
        double total = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            for (Government.Account a : world.region(r).government().accounts()) {
                total += a.shortfallTotal();
            }
        }
        return total;
    }

    /** Sum over replications and years, for one region or (null) all of them. */
    private static double total(List<ReplicationResult> results, String metric, String region) {
        double total = 0;
        for (String r : region == null ? REGIONS : new String[] {region}) {
            for (int year = 2015; year <= END; year++) {
                total += sum(results, metric, r, year);
            }
        }
        return total;
    }

    private static double sum(List<ReplicationResult> results, String metric, String region, int year) {
        double total = 0;
        for (ReplicationResult result : results) {
            double v = result.value(metric, region, year);
            assertTrue(Double.isFinite(v), metric + " " + region + " " + year + " is " + v);
            total += v;
        }
        return total;
    }
}
