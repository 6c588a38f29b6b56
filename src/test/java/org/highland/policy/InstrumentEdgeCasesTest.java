package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Park;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.Stage;
import org.highland.model.TalentTier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The corners of the instruments' rules: levers that respond without a payment, claims of zero,
 * targeting by stage, a fund's second month, parks named where they do not exist, and which
 * regions an instrument is installed in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstrumentEdgeCasesTest {
    private static final double NO_LIMIT = 1e9;
    private SmallWorld small;

    @BeforeAll
    void buildWorld() {
        small = SmallWorld.secondJanuary();
    }

    @Test
    void rdSubsidyActsOnProjectValuesOfEligibleSectorsOnly() {
        // No region-wide response: the grant enters a project's value (share x stage cost) in the
        // eligible sectors and nothing else; routine R&D is left to the firms.
        Region region = small.region("Anhui");
        RdSubsidyPolicy policy = new RdSubsidyPolicy("Anhui", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                List.of("TCM"), 0.25, 1, 0);
        Instrument instrument = small.open(policy, region, "rd").instrument();
        for (Sector s : Sector.values()) {
            double expected = s == Sector.TCM ? 0.25 * 8.0 : 0;
            assertEquals(expected, instrument.expectedStagePayment(small.world, s, ProjectKind.TCM_PRODUCT, 0, 8.0, 120),
                    1e-12, s.name());
        }
    }

    @Test
    void aClaimOfZeroCountsAsFullyFunded() {
        Region region = small.region("Shanghai");
        double inflow = region.levers().talentInflow[TalentTier.SKILLED.ordinal()];
        small.open(new TalentProgrammePolicy("Shanghai", 2015, 2035, 0, BudgetMode.STOP, TalentTier.SKILLED, 120, 0),
                region, "free-places").instrument().onMonth(small.world);
        assertEquals(inflow + 10, region.levers().talentInflow[TalentTier.SKILLED.ordinal()], 1e-12,
                "places that cost nothing come in full even with no budget");
        region.levers().talentInflow[TalentTier.SKILLED.ordinal()] = inflow;
        double subsidy = region.levers().tcmSubsidyPerMu;
        small.open(new TcmCultivationPolicy("Shanghai", 2015, 2035, 0, BudgetMode.STOP, 0), region, "no-tcm")
                .instrument().onMonth(small.world);
        assertEquals(subsidy, region.levers().tcmSubsidyPerMu, 1e-12);
    }

    @Test
    void aFundTargetedAtAStageReachesOnlyFirmsWithAProjectThereAndPlacesAgainNextMonth() {
        Region region = small.region("Zhejiang");
        double[] cash = cash(region);
        SmallWorld.Bound fund = small.open(new GuidanceFundPolicy("Zhejiang", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                List.of(), List.of(Stage.PHASE1, Stage.PHASE2), 240, 1.0), region, "phase-fund");
        fund.instrument().onFinancing(small.world);
        double monthly = 240 * small.world.scale / 12;
        double placed = 0;
        int reached = 0;
        for (int i = 0; i < cash.length; i++) {
            Enterprise f = region.firm(i);
            double delta = f.cash() - cash[i];
            if (delta != 0) {
                reached++;
                assertTrue(holds(f, Stage.PHASE1) || holds(f, Stage.PHASE2), "a firm without a phase I or II project got "
                        + delta);
            }
            placed += delta;
        }
        assertTrue(reached > 0, "premise: the fund reached a firm");
        assertEquals(2 * monthly, placed, 1e-9);
        double[] after = cash(region);
        fund.instrument().onFinancing(small.world);
        double again = 0;
        for (int i = 0; i < after.length; i++) {
            again += region.firm(i).cash() - after[i];
        }
        assertEquals(2 * monthly, again, 1e-9, "a second month places its own money, nothing left over");
        assertEquals(2 * monthly, fund.account().paidTotal(), 1e-9);
    }

    @Test
    void aParkNamedWhereItDoesNotExistIsSkippedForAllRegionsAndRefusedForOne() {
        Region jiangsu = small.region("Jiangsu");
        ParkInvestmentPolicy everywhere = park("all", "Qiantang Pharmaceutical Port", 100);
        SmallWorld.Bound none = small.open(everywhere, jiangsu, "nowhere");
        none.instrument().onYearStart(small.world, 2016);
        none.instrument().onMonth(small.world);
        assertEquals(0.0, none.account().paidTotal(), "Jiangsu has no such park: nothing paid");
        Government.Account account = jiangsu.government().open("bad", 2015, 2035, NO_LIMIT, BudgetMode.STOP);
        assertThrows(IllegalArgumentException.class, () -> park("Jiangsu", "Qiantang Pharmaceutical Port", 100)
                .mechanism(small.world, jiangsu, account));
        assertThrows(IllegalArgumentException.class, () -> park("Jiangsu", "outside any park", 100)
                .mechanism(small.world, jiangsu, account), "the remainder is not a park to invest in");
    }

    @Test
    void aParkThatCostsNothingIsBuiltOnce() {
        Region region = small.region("Zhejiang");
        Park qiantang = null;
        for (int p = 0; p < region.parkCount(); p++) {
            if (region.park(p).name.equals("Qiantang Pharmaceutical Port")) {
                qiantang = region.park(p);
            }
        }
        double capacity = qiantang.capacity();
        SmallWorld.Bound free = small.open(park("Zhejiang", "Qiantang Pharmaceutical Port", 0), region, "free-park");
        free.instrument().onYearStart(small.world, 2016);
        free.instrument().onYearStart(small.world, 2017);
        assertEquals(capacity + 200 * small.world.scale, qiantang.capacity(), 1e-9);
        qiantang.invest(-200 * small.world.scale, -2);
    }

    @Test
    void procurementStillPhasesInPartWayThroughItsSecondYear() {
        Region region = small.region("Jiangsu");
        double[] bonus = region.levers().growthBonus.clone();
        ProcurementPolicy policy = new ProcurementPolicy("Jiangsu", 2015, 2035, 0, BudgetMode.STOP, List.of("CXO"),
                0, 0.2, 1.5);
        small.open(policy, region, "vbp").instrument().onMonth(small.world);
        assertEquals(bonus[Sector.CXO.ordinal()] + policy.annualRevenueDrift(),
                region.levers().growthBonus[Sector.CXO.ordinal()], 1e-12, "12 months into an 18-month phase-in");
        assertTrue(policy.annualRevenueDrift() < 0);
        System.arraycopy(bonus, 0, region.levers().growthBonus, 0, bonus.length);
    }

    @Test
    void aPolicyIsInstalledInItsRegionOrInEveryRegionForAll() {
        SmallWorld installed = new SmallWorld(0, "{one: {type: approval-reward, region: Jiangsu}, "
                + "every: {type: approval-reward, region: all}}");
        for (String name : SmallWorld.REGIONS) {
            List<String> accounts = installed.region(name).government().accounts().stream()
                    .map(Government.Account::name).toList();
            assertEquals(name.equals("Jiangsu") ? List.of("one", "every") : List.of("every"), accounts, name);
        }
    }

    private static ParkInvestmentPolicy park(String region, String name, double investment) {
        return new ParkInvestmentPolicy(region, 2015, 2035, NO_LIMIT, BudgetMode.STOP, name, 200, 2, investment, 0);
    }

    private static boolean holds(Enterprise f, Stage stage) {
        for (int p = 0; p < f.projectCount(); p++) {
            if (f.project(p).stage() == stage) {
                return true;
            }
        }
        return false;
    }

    private static double[] cash(Region region) {
        double[] cash = new double[region.firmCount()];
        for (int i = 0; i < cash.length; i++) {
            cash[i] = region.firm(i).cash();
        }
        return cash;
    }
}
