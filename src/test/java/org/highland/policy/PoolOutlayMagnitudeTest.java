package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Counter;
import org.highland.model.Enterprise;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.TalentTier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outlay of instruments that pay people, planters, care homes or a fund rather than a firm's
 * project, and the lever each sets with what the budget funded: the test works out the claim
 * from the region's own quantities (people, wages, area, beds) and the instrument's rule, with a
 * budget that pays it in full and one that pays only part of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolOutlayMagnitudeTest {
    private static final double NO_LIMIT = 1e9;
    private SmallWorld small;
    private double scale;

    @BeforeAll
    void buildWorld() {
        small = SmallWorld.secondJanuary();
        scale = small.world.scale;
    }

    @Test
    void talentProgrammePaysTheGrantPerPlaceAndAddsTheFundedPlaces() {
        Region region = small.region("Zhejiang");
        double places = 240;
        double grant = 0.5;
        double claim = places / 12 * scale * grant;
        for (double budgetShare : new double[] {2.0, 0.25}) {
            double budget = budgetShare * claim / scale;
            SmallWorld.Bound bound = small.open(new TalentProgrammePolicy("Zhejiang", 2015, 2035, budget,
                    BudgetMode.STOP, TalentTier.SENIOR_RD, places, grant), region, "programme" + budgetShare);
            double inflow = region.levers().talentInflow[TalentTier.SENIOR_RD.ordinal()];
            double leading = region.levers().talentInflow[TalentTier.LEADING.ordinal()];
            bound.instrument().onMonth(small.world);
            double funded = Math.min(1, budgetShare);
            assertEquals(claim * funded, bound.account().paidTotal(), 1e-12, "budget " + budgetShare + " x claim");
            assertEquals(inflow + places / 12 * funded, region.levers().talentInflow[TalentTier.SENIOR_RD.ordinal()],
                    1e-12, "places per month, full scale, as funded");
            assertEquals(leading, region.levers().talentInflow[TalentTier.LEADING.ordinal()], "another tier untouched");
        }
    }

    @Test
    void talentTaxRebateRefundsTheShareOfTaxAboveTheThreshold() {
        Region region = small.region("Shanghai");
        double[] taxRate = small.world.spec.talent().effectiveTaxRate().toArray();
        double threshold = 0.15;
        double[] refund = {0.8, 0.5, 0.2};
        double claim = 0;
        double[] share = new double[TalentTier.COUNT];
        int above = 0;
        for (TalentTier t : TalentTier.values()) {
            int i = t.ordinal();
            // Refund x (tax - threshold) / tax is the refunded share of the tax paid.
            share[i] = taxRate[i] > threshold ? refund[i] * (taxRate[i] - threshold) / taxRate[i] : 0;
            above += taxRate[i] > threshold ? 1 : 0;
            claim += region.talent(t) * scale * region.wage(t) / 1000 * taxRate[i] * share[i] / 12;
        }
        assertTrue(above >= 1 && above < TalentTier.COUNT, "premise: threshold between the tiers' tax rates");
        assertTrue(claim > 0);
        for (double budgetShare : new double[] {3.0, 0.4}) {
            SmallWorld.Bound bound = small.open(new TalentTaxRebatePolicy("Shanghai", 2015, 2035,
                    budgetShare * claim / scale, BudgetMode.STOP, threshold, refund[0], refund[1], refund[2]),
                    region, "rebate" + budgetShare);
            double[] before = region.levers().taxRebateShare.clone();
            bound.instrument().onMonth(small.world);
            double funded = Math.min(1, budgetShare);
            assertEquals(claim * funded, bound.account().paidTotal(), 1e-9 * claim);
            for (int i = 0; i < TalentTier.COUNT; i++) {
                assertEquals(Math.min(1, before[i] + share[i] * funded), region.levers().taxRebateShare[i], 1e-12);
            }
        }
        for (TalentTier t : TalentTier.values()) {
            region.levers().taxRebateShare[t.ordinal()] = 0;
        }
    }

    @Test
    void tcmSupportPaysPerMuAndGrowersExpectTheRateTimesLastYearsPayShare() {
        Region region = small.region("Anhui");
        double perMu = 300;
        double claim = perMu * region.tcmPlantingAreaMu() * scale / 1e6 / 12;
        assertTrue(claim > 0);
        for (double budgetShare : new double[] {2.0, 0.5}) {
            SmallWorld.Bound bound = small.open(new TcmCultivationPolicy("Anhui", 2015, 2035,
                    budgetShare * claim / scale, BudgetMode.STOP, perMu), region, "tcm" + budgetShare);
            double expected = region.levers().tcmSubsidyPerMu;
            bound.instrument().onMonth(small.world);
            double funded = Math.min(1, budgetShare);
            assertEquals(claim * funded, bound.account().paidTotal(), 1e-9 * claim);
            // No year with claims has closed yet: growers expect the budget to pay in full.
            assertEquals(expected + perMu, region.levers().tcmSubsidyPerMu, 1e-12);
        }
    }

    @Test
    void elderlyCarePaysPerBedAndOperatorsExpectTheRatesTimesLastYearsPayShare() {
        Region region = small.region("Jiangsu");
        double perBed = 1200;
        double claim = perBed * region.elderlyBeds() * scale / 1e6 / 12;
        assertTrue(claim > 0);
        for (double budgetShare : new double[] {2.0, 0.5}) {
            SmallWorld.Bound bound = small.open(new ElderlyCarePolicy("Jiangsu", 2015, 2035,
                    budgetShare * claim / scale, BudgetMode.STOP, perBed, 5000), region, "care" + budgetShare);
            double operating = region.levers().careOperatingSubsidyPerBed;
            double newBed = region.levers().careNewBedSubsidy;
            bound.instrument().onMonth(small.world);
            double funded = Math.min(1, budgetShare);
            assertEquals(claim * funded, bound.account().paidTotal(), 1e-9 * claim, "no new beds yet: operating only");
            assertEquals(operating + perBed, region.levers().careOperatingSubsidyPerBed, 1e-12);
            assertEquals(newBed + 5000, region.levers().careNewBedSubsidy, 1e-12);
        }
    }

    @Test
    void guidanceFundPlacesPublicMoneyTimesOnePlusLeverageInEligibleFirmsOnly() {
        Region region = small.region("Zhejiang");
        double annualPublic = 600;
        double leverage = 1.5;
        double[] cash = new double[region.firmCount()];
        for (int i = 0; i < cash.length; i++) {
            cash[i] = region.firm(i).cash();
        }
        double counted = region.counters().get(Counter.GUIDANCE_FUND_INVESTMENT);
        SmallWorld.Bound bound = small.open(new GuidanceFundPolicy("Zhejiang", 2015, 2035, NO_LIMIT,
                BudgetMode.STOP, List.of("INNOVATIVE_DRUG"), List.of(), annualPublic, leverage), region, "fund");
        bound.instrument().onFinancing(small.world);
        double paid = annualPublic * scale / 12;
        assertEquals(paid, bound.account().paidTotal(), 1e-9);
        double placed = 0;
        for (int i = 0; i < cash.length; i++) {
            Enterprise f = region.firm(i);
            double delta = f.cash() - cash[i];
            if (f.sector != Sector.INNOVATIVE_DRUG) {
                assertEquals(0.0, delta, "a " + f.sector + " firm got fund money");
            }
            placed += delta;
        }
        assertEquals(paid * (1 + leverage), placed, 1e-9, "public money times one plus leverage placed");
        assertEquals(paid * (1 + leverage), region.counters().get(Counter.GUIDANCE_FUND_INVESTMENT) - counted, 1e-9);
    }

    @Test
    void superDeductionsShareTheForegoneTaxInProportionAndStopWhenTheQuotaIsSpent() {
        Region region = small.region("Jiangsu");
        SmallWorld.Bound full = small.open(new RdSuperDeductionPolicy("Jiangsu", 2015, 2035, NO_LIMIT,
                BudgetMode.STOP, List.of("CXO", "TCM"), 1.0), region, "deduction");
        double quota = 2.0;
        SmallWorld.Bound half = small.open(new RdSuperDeductionPolicy("Jiangsu", 2015, 2035, quota / scale,
                BudgetMode.STOP, List.of("CXO"), 0.5), region, "extra");
        double[] deduction = region.levers().rdExtraDeduction.clone();
        full.instrument().onMonth(small.world);
        half.instrument().onMonth(small.world);
        int cxo = Sector.CXO.ordinal();
        int tcm = Sector.TCM.ordinal();
        assertEquals(deduction[cxo] + 1.5, region.levers().rdExtraDeduction[cxo], 1e-12);
        assertEquals(deduction[tcm] + 1.0, region.levers().rdExtraDeduction[tcm], 1e-12);
        assertEquals(deduction[Sector.GENERIC_DRUG.ordinal()], region.levers().rdExtraDeduction[Sector.GENERIC_DRUG.ordinal()]);
        double[] foregone = new double[Sector.COUNT];
        foregone[cxo] = 3.0;
        foregone[tcm] = 0.7;
        foregone[Sector.GENERIC_DRUG.ordinal()] = 5.0;
        full.instrument().onTaxForegone(small.world, foregone);
        half.instrument().onTaxForegone(small.world, foregone);
        // CXO's 3.0 split 1.0 : 0.5 between the two; TCM's 0.7 all to the first; generics to neither.
        assertEquals(3.0 * 1.0 / 1.5 + 0.7, full.account().paidTotal(), 1e-12);
        assertEquals(3.0 * 0.5 / 1.5, half.account().paidTotal(), 1e-12);
        // The second's quota of 2.0 is now spent at 1.0 + the next claim: it grants nothing once empty.
        half.instrument().onTaxForegone(small.world, foregone);
        assertEquals(quota, half.account().paidTotal(), 1e-12, "the quota caps the tax foregone");
        double[] now = region.levers().rdExtraDeduction.clone();
        half.instrument().onMonth(small.world);
        assertEquals(now[cxo], region.levers().rdExtraDeduction[cxo], 1e-12, "no deduction once the quota is spent");
        System.arraycopy(deduction, 0, region.levers().rdExtraDeduction, 0, Sector.COUNT);
    }

    @Test
    void procurementCutsPricesAndCompoundsToTheRevenueCutOverThePhaseIn() {
        Region region = small.region("Anhui");
        double revenueCut = 0.3;
        double years = 2;
        ProcurementPolicy starting = new ProcurementPolicy("Anhui", 2016, 2035, 0, BudgetMode.STOP,
                List.of("GENERIC_DRUG"), 0.4, revenueCut, years);
        double drift = 12 * (Math.pow(1 - revenueCut, 1 / (12 * years)) - 1);
        assertEquals(1 - revenueCut, Math.pow(1 + drift / 12, 12 * years), 1e-12, "monthly compounding of the drift");
        double price = region.levers().genericPriceIndex;
        double[] bonus = region.levers().growthBonus.clone();
        small.open(starting, region, "vbp").instrument().onMonth(small.world);
        assertEquals(price * 0.6, region.levers().genericPriceIndex, 1e-12);
        assertEquals(bonus[Sector.GENERIC_DRUG.ordinal()] + drift, region.levers().growthBonus[Sector.GENERIC_DRUG.ordinal()], 1e-12);
        assertEquals(bonus[Sector.CXO.ordinal()], region.levers().growthBonus[Sector.CXO.ordinal()]);
        // Started in January 2014 with a two-year phase-in: January 2016 is past it.
        ProcurementPolicy phasedIn = new ProcurementPolicy("Anhui", 2014, 2035, 0, BudgetMode.STOP,
                List.of("GENERIC_DRUG"), 0.4, revenueCut, years);
        double[] before = region.levers().growthBonus.clone();
        small.open(phasedIn, region, "vbp-old").instrument().onMonth(small.world);
        assertEquals(before[Sector.GENERIC_DRUG.ordinal()], region.levers().growthBonus[Sector.GENERIC_DRUG.ordinal()]);
        assertEquals(price * 0.36, region.levers().genericPriceIndex, 1e-12, "the price cut applies every month in force");
        region.levers().genericPriceIndex = price;
        System.arraycopy(bonus, 0, region.levers().growthBonus, 0, Sector.COUNT);
    }
}
