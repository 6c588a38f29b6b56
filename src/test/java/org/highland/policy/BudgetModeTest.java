package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.Park;
import org.highland.model.Project;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.junit.jupiter.api.Test;

/**
 * What a budget does to a sequence of claims, across a year end: STOP pays in arrival order until
 * the budget is spent; PRORATE scales every claim of a year by last year's budget / claims, so
 * the same claims are paid at a lower rate but to more firms. Park investment is paid as the
 * budget allows and builds in proportion to what was paid. Each scenario steps its own world
 * through a January.
 */
class BudgetModeTest {
    private static final double REWARD = 2.0;
    private static final int CLAIMS = 6;

    @Test
    void stopPaysClaimsInFullUntilTheBudgetIsSpentAndStartsAfreshNextYear() {
        double[][] paid = rewardsOverTwoYears(BudgetMode.STOP);
        double[] inFullThenStop = {2, 2, 1, 0, 0, 0};
        assertArrayEquals(inFullThenStop, paid[0], 1e-9, "first year");
        assertArrayEquals(inFullThenStop, paid[1], 1e-9, "second year: the budget resets in January");
    }

    @Test
    void prorateScalesEveryClaimByLastYearsBudgetOverClaims() {
        double[][] paid = rewardsOverTwoYears(BudgetMode.PRORATE);
        // No claims before the first year: paid as under STOP.
        assertArrayEquals(new double[] {2, 2, 1, 0, 0, 0}, paid[0], 1e-9, "first year");
        // 12 claimed against a budget of 5: each claim paid at 5/12, until the budget is spent.
        double rate = 5.0 / 12.0;
        double each = REWARD * rate;
        assertArrayEquals(new double[] {each, each, each, each, each, each}, paid[1], 1e-9, "second year");
    }

    /** Six claims of {@link #REWARD} against a budget of 2.5 rewards in 2016 and 2017; what each was paid. */
    private static double[][] rewardsOverTwoYears(BudgetMode mode) {
        double budget = 2.5 * REWARD / SmallWorld.SCALE;
        SmallWorld small = SmallWorld.secondJanuary("{reward: {type: approval-reward, region: Shanghai, budgetMode: "
                + mode + ", annualBudgetMillion: " + budget + ", innovativeDrugMillion: " + REWARD
                + ", class3DeviceMillion: 0}}");
        Region region = small.region("Shanghai");
        SmallWorld.Bound bound = small.installed("reward", region);
        Enterprise firm = region.firm(0);
        Project drug = innovativeDrug(small);
        double[][] paid = new double[2][CLAIMS];
        for (int year = 0; year < 2; year++) {
            for (int c = 0; c < CLAIMS; c++) {
                double before = firm.cash();
                bound.instrument().onApproval(small.world, firm, drug);
                paid[year][c] = firm.cash() - before;
            }
            double claimed = CLAIMS * REWARD;
            double sum = paid[year][0] + paid[year][1] + paid[year][2] + paid[year][3] + paid[year][4] + paid[year][5];
            assertEquals(2.5 * REWARD, bound.account().paidThisYear(), 1e-9, "the budget is spent");
            assertEquals(sum, bound.account().paidThisYear(), 1e-9);
            assertEquals(claimed * (year + 1) - bound.account().paidTotal(), bound.account().shortfallTotal(), 1e-9);
            if (year == 0) {
                small.step(12);
                assertEquals(2016 + 1, small.world.year());
                assertEquals(0.0, bound.account().paidThisYear(), "a new year's budget starts empty");
                assertEquals(5.0 / 12.0, bound.account().expectedPayShare(), 1e-12,
                        "firms expect last year's paid / claimed");
            }
        }
        return paid;
    }

    private static Project innovativeDrug(SmallWorld small) {
        for (String name : SmallWorld.REGIONS) {
            for (SmallWorld.Holding h : SmallWorld.holdings(small.region(name))) {
                if (h.project().kind() == ProjectKind.INNOVATIVE_DRUG) {
                    return h.project();
                }
            }
        }
        throw new IllegalStateException("no innovative drug project in the world");
    }

    @Test
    void parkInvestmentBuildsWhatTheBudgetPaysForAndFinishesNextYear() {
        double investment = 400;
        double budget = 150;
        SmallWorld small = SmallWorld.secondJanuary("{park: {type: park-investment, region: Zhejiang, "
                + "annualBudgetMillion: " + budget + ", park: Qiantang Pharmaceutical Port, extraCapacityFirms: 1000, "
                + "extraPlatforms: 4, investmentMillion: " + investment + ", rentSubsidyPerFirmMillion: 0.6}}");
        Region region = small.region("Zhejiang");
        double scale = small.world.scale;
        SmallWorld.Bound bound = small.installed("park", region);
        Park park = qiantang(region);
        double capacity = park.capacity();
        double platforms = park.platforms();
        double share = budget / investment;
        bound.instrument().onYearStart(small.world, 2016);
        assertEquals(budget * scale, bound.account().paidTotal(), 1e-9, "the first year pays the budget");
        assertEquals(capacity + 1000 * scale * share, park.capacity(), 1e-9, "capacity in proportion to the paid share");
        assertEquals(platforms + 4 * share, park.platforms(), 1e-9);
        small.step(12);
        bound.instrument().onYearStart(small.world, 2017);
        small.step(12);
        bound.instrument().onYearStart(small.world, 2018);
        assertEquals(investment * scale, bound.account().paidTotal(), 1e-9, "paid in full by the third year");
        assertEquals(capacity + 1000 * scale, park.capacity(), 1e-9, "and fully built");
        assertEquals(platforms + 4, park.platforms(), 1e-9);
        small.step(12);
        bound.instrument().onYearStart(small.world, 2019);
        assertEquals(investment * scale, bound.account().paidTotal(), 1e-9, "a finished park costs nothing more");
        assertEquals(capacity + 1000 * scale, park.capacity(), 1e-9);

        // Rent subsidy: a twelfth of the yearly amount to each firm in the park, nothing to the others.
        double before = bound.account().paidTotal();
        int inPark = 0;
        double[] cash = new double[region.firmCount()];
        for (int i = 0; i < region.firmCount(); i++) {
            cash[i] = region.firm(i).cash();
        }
        double lever = region.levers().parkRentSubsidy[park.index];
        bound.instrument().onMonth(small.world);
        for (int i = 0; i < region.firmCount(); i++) {
            Enterprise f = region.firm(i);
            boolean there = f.park() == park;
            inPark += there ? 1 : 0;
            assertEquals(there ? 0.6 / 12 : 0, f.cash() - cash[i], 1e-12, "firm in " + f.park().name);
        }
        assertTrue(inPark > 0 && inPark < region.firmCount(), "premise: some firms in the park, not all");
        assertEquals(before + inPark * 0.6 / 12, bound.account().paidTotal(), 1e-9);
        assertEquals(lever + 0.6 * inPark / park.firms(), region.levers().parkRentSubsidy[park.index], 1e-12);
    }

    @Test
    void elderlyCarePaysForEachNewBedOnTopOfTheOperatingSubsidy() {
        SmallWorld small = SmallWorld.secondJanuary("{care: {type: elderly-care-subsidy, region: Anhui, "
                + "annualBudgetMillion: 1e6, operatingSubsidyPerBedYuan: 600, newBedSubsidyYuan: 20000}}");
        Region region = small.region("Anhui");
        double scale = small.world.scale;
        SmallWorld.Bound bound = small.installed("care", region);
        double beds = region.elderlyBeds();
        bound.instrument().onMonth(small.world);
        assertEquals(600 * beds * scale / 1e6 / 12, bound.account().paidTotal(), 1e-9, "operating subsidy only");
        double paid = bound.account().paidTotal();
        small.step(1);
        double more = region.elderlyBeds();
        assertTrue(more > beds, "premise: beds grow in a month");
        bound.instrument().onMonth(small.world);
        assertEquals(20000 * (more - beds) * scale / 1e6 + 600 * more * scale / 1e6 / 12,
                bound.account().paidTotal() - paid, 1e-9, "new beds and the operating subsidy");
    }

    @Test
    void procurementCountsTheMonthsSinceItsStartIntoThePhaseIn() {
        SmallWorld february = new SmallWorld(14, "{}");
        Region region = february.region("Shanghai");
        double[] bonus = region.levers().growthBonus.clone();
        // In force since January 2015 with a 13-month phase-in: February 2016 is month 13, past it.
        ProcurementPolicy done = new ProcurementPolicy("Shanghai", 2015, 2035, 0, BudgetMode.STOP, List.of(), 0, 0.2,
                13.0 / 12.0);
        february.open(done, region, "vbp").instrument().onMonth(february.world);
        assertArrayEquals(bonus, region.levers().growthBonus, 0.0, "no drift after the phase-in");
        ProcurementPolicy going = new ProcurementPolicy("Shanghai", 2015, 2035, 0, BudgetMode.STOP, List.of(), 0, 0.2,
                14.0 / 12.0);
        february.open(going, region, "vbp-longer").instrument().onMonth(february.world);
        assertEquals(bonus[0] + going.annualRevenueDrift(), region.levers().growthBonus[0], 1e-12, "month 13 of 14");
    }

    private static Park qiantang(Region region) {
        for (int p = 0; p < region.parkCount(); p++) {
            if (region.park(p).name.equals("Qiantang Pharmaceutical Port")) {
                return region.park(p);
            }
        }
        throw new IllegalStateException("no Qiantang park");
    }
}
