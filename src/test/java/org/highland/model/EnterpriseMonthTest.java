package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firm's month without projects against hand-computed values: revenue growth from its trend,
 * park, growth levers and persistent deviation (cut by the skilled staff filled when positive),
 * the region's growth level, its base R&D, the yearly totals, the staff it asks of the region's
 * pools, and what moving within and between regions changes.
 */
class EnterpriseMonthTest {
    private static final int SENIOR = TalentTier.SENIOR_RD.ordinal();
    private static final int SKILLED = TalentTier.SKILLED.ordinal();

    @TempDir
    Path dir;

    /** CXO firms: trend 12 % a year, no opportunities, 6 % of revenue as base R&D; growth level 1/2 in the long run. */
    private World world() {
        Scenario scenario = ModelRuns.scenario(dir, "firm", "policies: {}\n",
                "sectors.cxo.organicGrowth=0.12", "sectors.cxo.projectStartsPerYear=0", "sectors.cxo.baseRdShare=0.06",
                "regions.Zhejiang.growthShift=0.024", "regions.Jiangsu.growthShift=-0.3",
                "firms.longRunGrowthShare=0.5", "firms.growthConvergenceYears=1", "firms.growthPersistenceMonths=10",
                "talent.seniorPerRdMillion=0.5", "talent.skilledPerRevenueMillion=2", "talent.seniorPerClinicalProject=15",
                "talent.leadingPerClinicalProject=2");
        return new World(scenario.model(), 0.1, 8, 0);
    }

    private static Enterprise firm(Region region, double revenue) {
        Park outside = region.parks[region.parks.length - 1];
        Enterprise firm = region.newFirm(Sector.CXO, outside, revenue, 50);
        region.add(firm);
        firm.growthDeviation = 0;
        return firm;
    }

    @Test
    void revenueGrowsByTrendParkLeversAndDeviationCutBySkilledStaff() {
        World world = world();
        Region region = world.region("Zhejiang");
        Enterprise firm = firm(region, 100);
        Park outside = firm.park;
        outside.growthBonus = 0.036;
        region.levers.growthBonus[Sector.CXO.ordinal()] = 0.012;
        region.fill[SKILLED] = 0.5;
        region.fill[SENIOR] = 0.8;
        firm.growthDeviation = 0.024;
        world.beginMonth(12);
        // A year in: growth level 0.5 + 0.5 e^-1 of the start-year rate.
        double level = 0.5 + 0.5 * Math.exp(-1);
        assertEquals(level, world.growthLevel, 1e-15);
        double rdMonth = firm.stepMonth();
        // ((0.12 + 0.024 + 0.036) x level + 0.024 + 0.012) / 12, half of it realised (skilled fill 0.5).
        double growth = ((0.18 * level) + 0.036) / 12 * 0.5;
        double revenue = 100 * (1 + growth);
        assertEquals(revenue, firm.baseRevenue, 1e-12);
        assertEquals(revenue, firm.revenue(), 1e-12);
        assertEquals(0.024 * Math.exp(-0.1), firm.growthDeviation, 1e-15, "the deviation fades over 10 months");
        assertEquals(1, firm.ageMonths());
        // Base R&D 6 % of revenue a year, a twelfth of it this month; no project spend.
        double rd = revenue / 12 * 0.06;
        assertEquals(rd, rdMonth, 1e-12);
        assertEquals(rd, firm.rdYear, 1e-12);
        assertEquals(revenue / 12, firm.revenueYear, 1e-12);
        // Staff asked: senior 0.5 per million of annual R&D, skilled 2 per million of revenue; no clinical project.
        assertEquals(0, region.demand[TalentTier.LEADING.ordinal()], 0.0);
        assertEquals(rd * 12 * 0.5, region.demand[SENIOR], 1e-12);
        assertEquals(revenue * 2, region.demand[SKILLED], 1e-12);

        // A second month adds to the year; January rolls the year over.
        world.beginMonth(13);
        firm.stepMonth();
        double second = firm.baseRevenue;
        assertEquals(rd + second / 12 * 0.06, firm.rdYear, 1e-12);
        double revenueYear = firm.revenueYear;
        double rdYear = firm.rdYear;
        firm.rollYear();
        assertEquals(rdYear, firm.rdLastYear(), 0.0);
        assertEquals(revenueYear, firm.revenueLastYear(), 0.0);
        assertEquals(0, firm.rdYear, 0.0);
        assertEquals(0, firm.revenueYear, 0.0);
    }

    @Test
    void shrinkingRevenueIsNotCutByMissingStaffAndClinicalProjectsAskForStaff() {
        World world = world();
        Region region = world.region("Jiangsu");
        Enterprise firm = firm(region, 100);
        region.fill[SKILLED] = 0.5;
        // A phase I project with 5 months left, at 0.6 million a month (the default route).
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        firm.seedProject(drug, 2, 1.0);
        firm.pipeline.projects[0].months = 5;
        world.beginMonth(0);
        double rdMonth = firm.stepMonth();
        // (0.12 - 0.3) / 12 = -1.5 % a month, whatever the staff.
        assertEquals(98.5, firm.baseRevenue, 1e-12);
        assertEquals(1, firm.clinicalProjects);
        assertEquals(4, firm.pipeline.projects[0].monthsLeft());
        double rd = 98.5 / 12 * 0.06 + 0.6;
        assertEquals(rd, rdMonth, 1e-12, "base R&D plus the project's month");
        // Staff asked: 2 leading and 15 senior per clinical project, senior per R&D, skilled per revenue.
        assertEquals(2, region.demand[TalentTier.LEADING.ordinal()], 0.0);
        assertEquals(15 + rd * 12 * 0.5, region.demand[SENIOR], 1e-12);
        assertEquals(98.5 * 2, region.demand[SKILLED], 1e-12);
    }

    @Test
    void movingPaysTheCostAndCarriesTheFirmWithItsNewRegionsTrend() {
        World world = world();
        Region zj = world.region("Zhejiang");
        Region js = world.region("Jiangsu");
        Enterprise firm = firm(zj, 100);
        Park from = firm.park;
        Park to = zj.parks[0];
        firm.relocate(to, 2);
        assertEquals(48, firm.cash, 1e-12);
        assertSame(to, firm.park);
        assertEquals(0, from.firms());
        assertEquals(1, to.firms());
        assertEquals(1, from.relocationsOut(), 0.0);
        assertEquals(1, to.relocationsIn(), 0.0);

        Park there = js.parks[0];
        firm.pipeline().financingStale = false;
        firm.moveRegion(js, there, 8);
        assertEquals(40, firm.cash, 1e-12);
        assertSame(js, firm.region);
        assertSame(there, firm.park);
        assertEquals(0, to.firms());
        assertEquals(1, there.firms());
        assertEquals(1, to.relocationsOut(), 0.0);
        assertEquals(1, there.relocationsIn(), 0.0);
        assertEquals(true, firm.pipeline.financingStale);
        assertEquals(0.12 - 0.3, firm.trendGrowth(), 1e-15, "Jiangsu's growth shift now");
    }

    @Test
    void theFirmsStepCountsFirmMonthsAndProjectMonthsHeld() {
        World world = world();
        Region region = world.region("Zhejiang");
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        firm(region, 10);
        firm(region, 20).seedProject(drug, 2, 1.0);
        Enterprise two = firm(region, 30);
        two.seedProject(drug, 2, 1.0);
        two.seedProject(drug, 3, 1.0);
        world.beginMonth(0);
        new FirmsStep(world).step(null);
        assertEquals(3, world.firmMonths());
        assertEquals(3, world.projectMonths(), "0 + 1 + 2 projects held at the step");
        assertEquals(3, region.firmCount(), "every firm has cash: none closes");
        assertEquals(3, region.candidateCount, "each registers for financing");
    }
}
