package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talent market: wages respond to unfilled demand, talent follows after-tax wages, the
 * rebate acts on the talents' after-tax wage, and talent never changes a project's chance of
 * success. Variants share seeds (common random numbers), so differences are the mechanism's.
 */
class TalentMarketTest {
    private static final double SCALE = 0.05;
    private static final int REPLICATIONS = 3;
    private static final int SENIOR = TalentTier.SENIOR_RD.ordinal();
    private static final String[] OTHERS = {"Jiangsu", "Shanghai", "Anhui"};

    @TempDir
    Path dir;

    @Test
    void extraDemandInOneRegionRaisesItsWageOverTimeAndDrawsTalentFromTheOthers() {
        Scenario scenario = ModelRuns.scenario(dir, "market", "policies: {}\n", "time.endYear=2019");
        int months = scenario.time().months();
        double[] wageGain = new double[3];
        Map<String, Double> poolChange = new HashMap<>();
        for (int k = 0; k < REPLICATIONS; k++) {
            HighlandSim base = ModelRuns.start(scenario, SCALE, 31, k);
            HighlandSim tight = ModelRuns.start(scenario, SCALE, 31, k);
            double[] baseWage = new double[3];
            double[] tightWage = new double[3];
            for (int m = 0; m < months; m++) {
                base.schedule.step(base);
                tight.schedule.step(tight);
                // From the second month (the pools start from the first month's demand),
                // Zhejiang's firms need half as many senior R&D staff again as they register.
                if (m >= 1) {
                    tight.world().region("Zhejiang").demand[SENIOR] *= 1.5;
                }
                if (m % 24 == 11) {
                    baseWage[m / 24] = base.world().region("Zhejiang").wage(TalentTier.SENIOR_RD);
                    tightWage[m / 24] = tight.world().region("Zhejiang").wage(TalentTier.SENIOR_RD);
                }
            }
            for (int i = 0; i < 3; i++) {
                wageGain[i] += tightWage[i] / baseWage[i] - 1;
            }
            for (String other : OTHERS) {
                double b = base.world().region(other).talent(TalentTier.SENIOR_RD);
                double t = tight.world().region(other).talent(TalentTier.SENIOR_RD);
                poolChange.merge(other, t / b - 1, Double::sum);
            }
            base.finish();
            tight.finish();
        }
        String gains = String.format(Locale.ROOT, "%.4f / %.4f / %.4f", wageGain[0], wageGain[1], wageGain[2]);
        assertTrue(wageGain[0] > 0 && wageGain[1] > wageGain[0] && wageGain[2] > wageGain[1],
                "the shortage should raise Zhejiang's senior wage more each year: " + gains);
        for (String other : OTHERS) {
            assertTrue(poolChange.get(other) < 0, other + " should lose senior staff to Zhejiang: " + poolChange.get(other));
        }
    }

    @Test
    void theProvinceWideRebateRaisesZhejiangsLeadingTalentsAndTheirAfterTaxWage() {
        List<String> sets = List.of("time.endYear=2019");
        Scenario base = Scenarios.load(Path.of("scenarios/baseline.yaml"), sets);
        Scenario rebate = Scenarios.load(Path.of("scenarios/talent-rebate-province.yaml"),
                List.of("time.endYear=2019", "policies.zhejiangTalentRebate.startYear=2016"));
        double talents = 0;
        double wage = 0;
        for (int k = 0; k < REPLICATIONS; k++) {
            ReplicationResult b = HighlandSim.run(base, SCALE, 41, k);
            ReplicationResult r = HighlandSim.run(rebate, SCALE, 41, k);
            for (int year = 2016; year <= 2019; year++) {
                talents += r.value("biomedicine_provincial_talents", "Zhejiang", year)
                        - b.value("biomedicine_provincial_talents", "Zhejiang", year);
                wage += r.value("after_tax_wage_leading", "Zhejiang", year)
                        - b.value("after_tax_wage_leading", "Zhejiang", year);
            }
            assertEquals(b.value("after_tax_wage_leading", "Zhejiang", 2015),
                    r.value("after_tax_wage_leading", "Zhejiang", 2015), "nothing changes before the rebate");
        }
        assertTrue(talents > 0, "the rebate should draw leading talents to Zhejiang: " + talents);
        assertTrue(wage > 0, "the rebate should raise the leading talents' after-tax wage: " + wage);
    }

    @Test
    void clinicalSuccessDoesNotDependOnTheRegionsTalent() {
        // Leading talent is short (6 per clinical project), so doubling it shortens clinical
        // stages; the success drawn on entering a stage must stay the same.
        String yaml = """
                policies:
                  probe: {type: clinical-trial-support, region: all, costShare: 0}
                """;
        Scenario scarce = ModelRuns.scenario(dir, "scarce", yaml, "time.endYear=2021",
                "talent.leadingPerClinicalProject=6");
        Scenario doubled = ModelRuns.scenario(dir, "doubled", yaml, "time.endYear=2021",
                "talent.leadingPerClinicalProject=6",
                "regions.Zhejiang.initialLeadingTalent=1280", "regions.Jiangsu.initialLeadingTalent=1500",
                "regions.Shanghai.initialLeadingTalent=2140", "regions.Anhui.initialLeadingTalent=560");
        Map<String, int[]> a = entries(scarce);
        Map<String, int[]> b = entries(doubled);
        int common = 0;
        int durationsDiffer = 0;
        for (Map.Entry<String, int[]> e : a.entrySet()) {
            int[] other = b.get(e.getKey());
            if (other == null) {
                continue;
            }
            common++;
            assertEquals(e.getValue()[0], other[0], "success drawn at " + e.getKey());
            durationsDiffer += e.getValue()[1] != other[1] ? 1 : 0;
        }
        assertTrue(common > 200, "too few clinical stage entries in both runs: " + common);
        assertTrue(durationsDiffer > 20, "talent should have changed some durations: " + durationsDiffer);
    }

    /**
     * Clinical stage entries by (firm, project, stage): success (1/0) and months drawn. A project
     * is known by its quality, drawn from its firm's generator whatever the talent.
     */
    private static Map<String, int[]> entries(Scenario scenario) {
        Map<String, int[]> seen = new HashMap<>();
        HighlandSim sim = ModelRuns.start(scenario, SCALE, 53, 0);
        ModelRuns.bindProbe(sim.world(), "probe", new Instrument() {
            @Override
            public void onStageEntered(World w, Enterprise firm, Project project) {
                if (project.stage().clinical()) {
                    seen.put(firm.id() + "/" + Double.doubleToLongBits(project.quality()) + "/" + project.stageIndex,
                            new int[] {project.willSucceed ? 1 : 0, project.monthsLeft()});
                }
            }
        });
        ModelRuns.run(sim, scenario.time().months(), w -> { });
        sim.finish();
        return seen;
    }
}
