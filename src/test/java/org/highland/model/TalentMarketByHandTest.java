package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One month of the talent market on an unpopulated world whose pools, demand, wages and firm
 * counts are set by hand, against values computed from the rules in the class comment: the logit
 * migration, growth (the leading tier's by its province's award path) and programme inflow, the
 * closing of senior and skilled (not leading) shortages, the fill rate and the bounded wage
 * adjustment.
 */
class TalentMarketByHandTest {
    private static final double SCALE = 0.1;
    private static final double LN2 = Math.log(2);
    private static final int LEADING = TalentTier.LEADING.ordinal();
    private static final int SENIOR = TalentTier.SENIOR_RD.ordinal();
    private static final int SKILLED = TalentTier.SKILLED.ordinal();

    @TempDir
    Path dir;

    /**
     * Utility = log after-tax wage + log density - ln 2 x cost of living, staying worth ln 2
     * more: a region's logit weight is after-tax wage x density / 2^cost, twice that for the
     * origin. Senior R&D: 10 % reconsider, 10 % growth a year, income tax 20 %; the others do not
     * migrate. Start wages 100 thousand yuan (Shanghai's senior staff 200).
     */
    private World world() {
        Scenario scenario = ModelRuns.scenario(dir, "talent", "policies: {}\n",
                "talent.wageWeight=1", "talent.densityWeight=1", "talent.costWeight=" + LN2,
                "talent.stayBonus=" + LN2,
                "talent.monthlyReconsiderShare.leading=0", "talent.monthlyReconsiderShare.seniorRd=0.1",
                "talent.monthlyReconsiderShare.skilled=0",
                "talent.naturalGrowth.leading=0.1", "talent.naturalGrowth.seniorRd=0.1",
                "talent.naturalGrowth.skilled=0.03", "talent.initialSupplyRatio.skilled=0.8",
                "talent.effectiveTaxRate.seniorRd=0.2",
                "talent.shortageClosingShare=0.5", "talent.wageAdjustmentPerMonth=0.02", "talent.wageBoundRatio=3",
                "regions.Zhejiang.costOfLiving=1", "regions.Jiangsu.costOfLiving=1",
                "regions.Shanghai.costOfLiving=2", "regions.Anhui.costOfLiving=1",
                "regions.Zhejiang.annualWageThousand.seniorRd=100", "regions.Jiangsu.annualWageThousand.seniorRd=100",
                "regions.Shanghai.annualWageThousand.seniorRd=200", "regions.Anhui.annualWageThousand.seniorRd=100",
                "regions.Zhejiang.annualWageThousand.skilled=100", "regions.Jiangsu.annualWageThousand.skilled=100");
        return new World(scenario.model(), SCALE, 3, 0);
    }

    @Test
    void oneMonthOfMigrationGrowthHiringAndWagesMatchesTheRules() {
        World world = world();
        Region zj = world.region("Zhejiang");
        Region js = world.region("Jiangsu");
        Region sh = world.region("Shanghai");
        Region ah = world.region("Anhui");
        // Densities 100, 200, 100, 100 firms at scale 0.1; Zhejiang rebates half the income tax of
        // its senior staff (after-tax wage 90, Jiangsu and Anhui 80, Shanghai 160) and brings in
        // 10 of them a year by a programme (1 at scale 0.1).
        zj.firmCount = 10;
        js.firmCount = 20;
        sh.firmCount = 10;
        ah.firmCount = 10;
        zj.levers.taxRebateShare[SENIOR] = 0.5;
        zj.levers.talentInflow[SENIOR] = 10;
        set(SENIOR, new double[] {1000, 2000, 500, 300}, new double[] {2000, 500, 0, 400}, zj, js, sh, ah);
        set(LEADING, new double[] {10, 5, 5, 5}, new double[] {20, 0, 0, 0}, zj, js, sh, ah);
        // The provinces' own awards follow their award paths, not their pools: Zhejiang's path
        // stands at 8 where its pool holds 10 (2 came by a programme or by moving).
        zj.leadingAwardPath = 8;
        js.leadingAwardPath = 5;
        set(SKILLED, new double[] {100, 1000, Double.NaN, 50}, new double[] {1000, 100, 500, 0}, zj, js, sh, ah);
        // Skilled wages next to their bounds (100 / 3 and 100 x 3).
        zj.wage[SKILLED] = 299;
        js.wage[SKILLED] = 34;
        double leadingWage = zj.wage[LEADING];
        TalentMarket market = new TalentMarket(world);

        // Month 0: the pools wait for the first demand; nothing moves.
        world.beginMonth(0);
        market.step(null);
        assertEquals(1000, zj.talent[SENIOR], 0.0);
        assertEquals(2000, zj.demand[SENIOR], 0.0);
        assertTrue(Double.isNaN(sh.talent[SKILLED]));

        world.beginMonth(1);
        market.step(null);
        // Logit weights 90 x 100 / 2 = 4500, 80 x 200 / 2 = 8000, 160 x 100 / 4 = 4000 and
        // 80 x 100 / 2 = 4000 (sum 20500), the origin's doubled: movers from an origin with
        // weight v divide over 20500 + v. Movers: 100, 200, 50 and 30.
        double zjAfter = 900 + 100.0 * 9000 / 25000 + 200.0 * 4500 / 28500 + 50.0 * 4500 / 24500 + 30.0 * 4500 / 24500;
        double jsAfter = 1800 + 100.0 * 8000 / 25000 + 200.0 * 16000 / 28500 + 50.0 * 8000 / 24500 + 30.0 * 8000 / 24500;
        double shAfter = 450 + 100.0 * 4000 / 25000 + 200.0 * 4000 / 28500 + 50.0 * 8000 / 24500 + 30.0 * 4000 / 24500;
        double ahAfter = 270 + 100.0 * 4000 / 25000 + 200.0 * 4000 / 28500 + 50.0 * 4000 / 24500 + 30.0 * 8000 / 24500;
        assertEquals(3800, zjAfter + jsAfter + shAfter + ahAfter, 1e-9, "migration keeps the total");
        double month = Math.pow(1.1, 1.0 / 12);
        // Zhejiang: growth, the programme's 1, then half its shortage closed by outside hiring.
        double zjGrown = zjAfter * month + 1;
        double zjPool = zjGrown + 0.5 * (2000 - zjGrown);
        assertEquals(zjPool, zj.talent[SENIOR], 1e-9);
        assertEquals(zjPool / 2000, zj.fill[SENIOR], 1e-12);
        assertEquals(100 * (1 + 0.02 * (2000 - zjPool) / 2000), zj.wage[SENIOR], 1e-9);
        // Jiangsu: four times its demand, the wage falls by the full 2 % (the gap bounded at -1).
        assertEquals(jsAfter * month, js.talent[SENIOR], 1e-9);
        assertEquals(1.0, js.fill[SENIOR], 0.0);
        assertEquals(98, js.wage[SENIOR], 1e-9);
        // Shanghai: no demand, all filled, wage kept.
        assertEquals(shAfter * month, sh.talent[SENIOR], 1e-9);
        assertEquals(1.0, sh.fill[SENIOR], 0.0);
        assertEquals(200, sh.wage[SENIOR], 0.0);
        // Anhui: a shortage half closed.
        double ahPool = ahAfter * month + 0.5 * (400 - ahAfter * month);
        assertEquals(ahPool, ah.talent[SENIOR], 1e-9);
        assertEquals(ahPool / 400, ah.fill[SENIOR], 1e-12);
        assertEquals(100 * (1 + 0.02 * (400 - ahPool) / 400), ah.wage[SENIOR], 1e-9);

        // Leading talents grow only by the awards of their province's path (8 x 10 % a year, not
        // 10 x 10 %): their shortage is not closed by hiring, and recruits do not compound.
        double leading = 10 + 8 * (month - 1);
        assertEquals(leading, zj.talent[LEADING], 1e-12);
        assertEquals(8 * month, zj.leadingAwardPath, 1e-12);
        assertEquals(leading / 20, zj.fill[LEADING], 1e-12);
        assertEquals(leadingWage * (1 + 0.02 * (20 - leading) / 20), zj.wage[LEADING], 1e-9);
        assertEquals(5 + 5 * (month - 1), js.talent[LEADING], 1e-12);

        // Skilled: a pool not yet started begins at 0.8 x demand; wages stop at their bounds.
        double skilledMonth = Math.pow(1.03, 1.0 / 12);
        double shSkilled = 400 * skilledMonth + 0.5 * (500 - 400 * skilledMonth);
        assertEquals(shSkilled, sh.talent[SKILLED], 1e-9);
        assertEquals(shSkilled / 500, sh.fill[SKILLED], 1e-12);
        double zjSkilled = 100 * skilledMonth + 0.5 * (1000 - 100 * skilledMonth);
        assertEquals(zjSkilled, zj.talent[SKILLED], 1e-9);
        assertEquals(300, zj.wage[SKILLED], 1e-9, "299 x 1.009 is above 3 x 100");
        assertEquals(100.0 / 3, js.wage[SKILLED], 1e-9, "34 x 0.98 is below 100 / 3");
        assertEquals(50 * skilledMonth, ah.talent[SKILLED], 1e-9);

        for (Region r : new Region[] {zj, js, sh, ah}) {
            for (int t = 0; t < TalentTier.COUNT; t++) {
                assertEquals(0, r.demand[t], 0.0, "demand is counted anew each month");
            }
        }
    }

    private static void set(int tier, double[] pools, double[] demand, Region... regions) {
        for (int i = 0; i < regions.length; i++) {
            regions[i].talent[tier] = pools[i];
            regions[i].demand[tier] = demand[i];
        }
    }
}
