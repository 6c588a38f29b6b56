package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.highland.model.random.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The small rules the mechanisms lean on, against hand-computed values: the fading growth trend,
 * the cash ledger's balance, the levers' reset and composition, and the whole-number form of an
 * event uniform's test.
 */
class SmallRulesTest {
    @Test
    void anEventUniformsTestInWholeNumbersDecidesAsTheUniformDoes() {
        SplittableRandom random = new SplittableRandom(20261129L);
        double[] fixed = {0, 0.002, 0.5, 1, 1.5, -0.1, Double.MIN_VALUE, 0x1.0p-53, 0x1.8p-53, Math.nextDown(1.0)};
        for (int t = 0; t < 200_000; t++) {
            long bits = random.nextLong() >>> 11;
            double u = bits * 0x1.0p-53;
            // Probabilities at the uniform itself and one step either side, where rounding would show.
            double[] probabilities = {u, Math.nextUp(u), Math.nextDown(u), random.nextDouble(), fixed[t % fixed.length]};
            for (double p : probabilities) {
                assertEquals(u < p, bits < Enterprise.eventLimit(p), () -> "uniform " + u + " against " + p);
            }
        }
        // Through the firms' own hash, as the relocation review draws it.
        long reviewLimit = Enterprise.eventLimit(0.002);
        for (int t = 0; t < 100_000; t++) {
            long seed = random.nextLong();
            long key = random.nextLong();
            double u = (SplitMix64.mix(seed ^ key) >>> 11) * 0x1.0p-53;
            assertEquals(u, Enterprise.eventUniformOfKey(seed, key), 0.0);
            assertEquals(u < 0.002, Enterprise.eventBitsOfKey(seed, key) < reviewLimit);
        }
    }

    @Test
    void aTrendFadesWithItsDecayTime() {
        // 10 % a year fading over 5 years, after 2 years: exp(ln 1.1 x 5 x (1 - e^-0.4)) = 1.170123.
        assertEquals(1.1701234761955919, Trend.level(0.1, 5, 2), 1e-12);
        // It levels off at exp(ln 1.1 x 5) = 1.1^5 = 1.61051 instead of compounding for ever.
        assertEquals(1.61051, Trend.level(0.1, 5, 1000), 1e-9);
        assertEquals(1.0, Trend.level(0.1, 5, 0), 0.0);
    }

    @Test
    void theLedgerNetsEveryFlowWithItsSign() {
        Ledger ledger = new Ledger();
        ledger.operatingCashFlow = 1000;
        ledger.rdSpend = 100;
        ledger.corporateTax = 50;
        ledger.subsidies = 20;
        ledger.financing = 300;
        ledger.entrantCash = 40;
        ledger.exitCash = 7;
        ledger.acquisitionPayments = 3;
        ledger.rentPremium = 2;
        ledger.movingCosts = 1;
        // 500 + 1000 - 100 - 50 + 20 + 300 + 40 - 7 - 3 - 2 - 1 = 1697
        assertEquals(1697, ledger.net(500), 1e-12);
    }

    @Test
    void leversResetToNeutralAndStageMultipliersCompose() {
        Levers levers = new Levers(2);
        levers.scaleStageMonths(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2, 0.5);
        levers.scaleStageMonths(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2, 0.8);
        assertEquals(0.4, levers.stageMonthsMultiplier(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2), 1e-15);
        assertEquals(1.0, levers.stageMonthsMultiplier(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE3), 0.0,
                "another stage of the kind");
        assertEquals(1.0, levers.stageMonthsMultiplier(ProjectKind.GENERIC_DRUG, Stage.PHASE2), 0.0,
                "the same stage of another kind");
        assertEquals(1.0, levers.stageMonthsMultiplier(ProjectKind.TCM_PRODUCT, Stage.FAILED), 0.0);
        levers.entryMultiplier[Sector.COUNT - 1] = 2;
        levers.parkRentSubsidy[1] = 0.1;
        levers.taxRebateShare[0] = 0.3;
        levers.talentInflow[2] = 5;
        levers.growthBonus[0] = 0.01;
        levers.rdExtraDeduction[0] = 1;
        levers.genericPriceIndex = 0.5;
        levers.tcmSubsidyPerMu = 100;
        levers.careOperatingSubsidyPerBed = 200;
        levers.careNewBedSubsidy = 300;
        levers.listingDelayMultiplier = 0.7;
        levers.reset();
        assertEquals(1.0, levers.entryMultiplier[Sector.COUNT - 1], 0.0);
        assertEquals(0.0, levers.parkRentSubsidy[1], 0.0);
        assertEquals(0.0, levers.taxRebateShare[0], 0.0);
        assertEquals(0.0, levers.talentInflow[2], 0.0);
        assertEquals(0.0, levers.growthBonus[0], 0.0);
        assertEquals(0.0, levers.rdExtraDeduction[0], 0.0);
        assertEquals(1.0, levers.genericPriceIndex, 0.0);
        assertEquals(0.0, levers.tcmSubsidyPerMu, 0.0);
        assertEquals(0.0, levers.careOperatingSubsidyPerBed, 0.0);
        assertEquals(0.0, levers.careNewBedSubsidy, 0.0);
        assertEquals(1.0, levers.listingDelayMultiplier, 0.0);
        assertEquals(1.0, levers.stageMonthsMultiplier(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2), 0.0);
    }
}
