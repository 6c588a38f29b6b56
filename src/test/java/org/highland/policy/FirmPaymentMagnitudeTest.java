package org.highland.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.highland.model.Route;
import org.highland.model.Sector;
import org.highland.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The size of each payment an instrument makes to a firm: the test picks the world's own firms
 * and projects, calls the instrument's hook, and compares the firm's cash change and the
 * account's outlay with the instrument's rule worked out here (share x cost up to the cap per
 * phase or per firm, eligible sectors and kinds only). Budgets are large enough never to bind;
 * {@link BudgetModeTest} covers budgets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirmPaymentMagnitudeTest {
    private static final double NO_LIMIT = 1e9;
    private static final double TOLERANCE = 1e-9;
    private SmallWorld small;

    @BeforeAll
    void buildWorld() {
        small = SmallWorld.secondJanuary();
    }

    @Test
    void trialSupportPaysTheShareOfThePhaseCostUpToThatPhasesCap() {
        double share = 0.6;
        List<SmallWorld.Holding> all = new ArrayList<>();
        for (String name : SmallWorld.REGIONS) {
            all.addAll(SmallWorld.holdings(small.region(name)));
        }
        // Caps at the median of each phase's share x cost, so about half the claims hit them.
        Map<Stage, Double> cap = new EnumMap<>(Stage.class);
        for (Stage phase : List.of(Stage.PHASE1, Stage.PHASE2, Stage.PHASE3)) {
            double[] claims = all.stream().filter(h -> h.project().stage() == phase)
                    .mapToDouble(h -> share * h.project().stageCostMillion()).sorted().toArray();
            assertTrue(claims.length >= 3, "too few projects in " + phase + ": " + claims.length);
            cap.put(phase, claims[claims.length / 2]);
        }
        assertTrue(cap.get(Stage.PHASE3) > 2 * cap.get(Stage.PHASE1), "phase caps too alike to tell apart: " + cap);
        Set<Sector> sectors = Set.of(Sector.INNOVATIVE_DRUG, Sector.MEDICAL_DEVICE);
        Set<ProjectKind> kinds = Set.of(ProjectKind.INNOVATIVE_DRUG, ProjectKind.CLASS3_DEVICE);
        TrialSupportPolicy policy = new TrialSupportPolicy("all", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                sectors.stream().map(Enum::name).toList(), List.copyOf(kinds), share,
                cap.get(Stage.PHASE1), cap.get(Stage.PHASE2), cap.get(Stage.PHASE3));
        int capped = 0;
        int uncapped = 0;
        int refused = 0;
        for (String name : SmallWorld.REGIONS) {
            Region region = small.region(name);
            SmallWorld.Bound bound = small.open(policy, region, "trials");
            double expectedTotal = 0;
            for (SmallWorld.Holding h : SmallWorld.holdings(region)) {
                Stage stage = h.project().stage();
                double cost = h.project().stageCostMillion();
                boolean eligible = sectors.contains(h.firm().sector) && kinds.contains(h.project().kind())
                        && cap.containsKey(stage);
                double expected = eligible ? Math.min(share * cost, cap.get(stage)) : 0;
                if (!eligible) {
                    refused++;
                } else if (share * cost > cap.get(stage)) {
                    capped++;
                } else {
                    uncapped++;
                }
                double before = h.firm().cash();
                bound.instrument().onStageEntered(small.world, h.firm(), h.project());
                assertEquals(expected, h.firm().cash() - before, TOLERANCE * (1 + expected),
                        stage + " " + h.project().kind() + " of a " + h.firm().sector + " firm, cost " + cost);
                expectedTotal += expected;
            }
            assertEquals(expectedTotal, bound.account().paidTotal(), TOLERANCE * (1 + expectedTotal), name);
        }
        assertTrue(capped >= 5 && uncapped >= 5 && refused >= 5,
                "premise: capped " + capped + ", uncapped " + uncapped + ", not eligible " + refused);
    }

    @Test
    void trialSupportExpectedAtAStageIsTheSameRule() {
        TrialSupportPolicy policy = new TrialSupportPolicy("all", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                List.of("INNOVATIVE_DRUG"), List.of(ProjectKind.INNOVATIVE_DRUG), 0.5, 5, 10, 30);
        SmallWorld.Bound bound = small.open(policy, small.region("Zhejiang"), "trials-expected");
        Route route = small.world.route(ProjectKind.INNOVATIVE_DRUG);
        Map<Stage, Double> cap = Map.of(Stage.PHASE1, 5.0, Stage.PHASE2, 10.0, Stage.PHASE3, 30.0);
        int phases = 0;
        for (int i = 0; i < route.stageCount(); i++) {
            for (double cost : new double[] {4, 16, 50, 100}) {
                Double max = cap.get(route.stage(i));
                double expected = max == null ? 0 : Math.min(0.5 * cost, max);
                assertEquals(expected, bound.instrument().expectedStagePayment(small.world, Sector.INNOVATIVE_DRUG,
                        ProjectKind.INNOVATIVE_DRUG, i, cost, 18), 1e-12, route.stage(i) + " at cost " + cost);
                assertEquals(0.0, bound.instrument().expectedStagePayment(small.world, Sector.CXO,
                        ProjectKind.INNOVATIVE_DRUG, i, cost, 18), "an ineligible sector expects nothing");
                assertEquals(0.0, bound.instrument().expectedStagePayment(small.world, Sector.INNOVATIVE_DRUG,
                        ProjectKind.GENERIC_DRUG, i, cost, 18), "an ineligible kind expects nothing");
            }
            phases += cap.containsKey(route.stage(i)) ? 1 : 0;
        }
        assertEquals(3, phases, "the innovative route has three clinical phases");
    }

    @Test
    void rdSubsidyPaysTheShareOfLastYearsRdUpToTheCapPerFirm() {
        double share = 0.4;
        double minRdShare = 0.04;
        Set<Sector> sectors = Set.of(Sector.INNOVATIVE_DRUG, Sector.GENERIC_DRUG, Sector.MEDICAL_DEVICE);
        // Cap at the median claim of the qualifying firms, so it binds for half of them.
        double[] claims = Arrays.stream(SmallWorld.REGIONS).map(small::region)
                .flatMap(r -> firms(r).stream())
                .filter(f -> qualifies(f, sectors, minRdShare)).mapToDouble(f -> share * f.rdLastYear()).sorted().toArray();
        assertTrue(claims.length >= 20, "too few qualifying firms: " + claims.length);
        double cap = claims[claims.length / 2];
        RdSubsidyPolicy policy = new RdSubsidyPolicy("all", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                sectors.stream().map(Enum::name).toList(), share, cap, minRdShare);
        int capped = 0;
        int belowShare = 0;
        int otherSector = 0;
        for (String name : SmallWorld.REGIONS) {
            Region region = small.region(name);
            List<Enterprise> firms = firms(region);
            double[] before = firms.stream().mapToDouble(Enterprise::cash).toArray();
            SmallWorld.Bound bound = small.open(policy, region, "rd");
            bound.instrument().onYearStart(small.world, small.world.year());
            double expectedTotal = 0;
            for (int i = 0; i < firms.size(); i++) {
                Enterprise f = firms.get(i);
                double expected = qualifies(f, sectors, minRdShare) ? Math.min(share * f.rdLastYear(), cap) : 0;
                capped += share * f.rdLastYear() > cap && expected > 0 ? 1 : 0;
                belowShare += sectors.contains(f.sector) && f.rdLastYear() > 0
                        && f.rdLastYear() < minRdShare * f.revenueLastYear() ? 1 : 0;
                otherSector += sectors.contains(f.sector) ? 0 : 1;
                assertEquals(expected, f.cash() - before[i], TOLERANCE * (1 + expected),
                        f.sector + " firm with R&D " + f.rdLastYear() + " on revenue " + f.revenueLastYear());
                expectedTotal += expected;
            }
            assertEquals(expectedTotal, bound.account().paidTotal(), TOLERANCE * (1 + expectedTotal), name);
        }
        assertTrue(capped >= 5 && belowShare >= 3 && otherSector >= 5,
                "premise: capped " + capped + ", below the R&D share " + belowShare + ", other sector " + otherSector);
        SmallWorld.Bound probe = small.open(policy, small.region("Anhui"), "rd-expected");
        // A stage's grant: the share of its cost, at most the cap per firm and year over its years.
        double longStage = 12 * Math.ceil(share * 80 / cap + 1);
        assertEquals(share * 80, probe.instrument().expectedStagePayment(small.world, Sector.GENERIC_DRUG,
                ProjectKind.GENERIC_DRUG, 0, 80, longStage), 1e-12, "a long stage: the share of its cost");
        assertTrue(share * 80 > cap, "premise: a year's claim on 80 M yuan is above the cap, " + cap);
        assertEquals(cap, probe.instrument().expectedStagePayment(small.world, Sector.GENERIC_DRUG,
                ProjectKind.GENERIC_DRUG, 0, 80, 12), 1e-12, "a year's stage: the cap");
        assertEquals(cap / 2, probe.instrument().expectedStagePayment(small.world, Sector.GENERIC_DRUG,
                ProjectKind.GENERIC_DRUG, 0, 80, 6), 1e-12, "half a year's stage: half the cap");
        assertEquals(0.0, probe.instrument().expectedStagePayment(small.world, Sector.CXO, ProjectKind.GENERIC_DRUG, 0, 80, 12));
    }

    @Test
    void aBudgetThatPaysHalfTheJanuaryClaimsPaysOldAndYoungFirmsAlike() {
        // The region's array holds the oldest firms first: paid in that order, a budget for half
        // the claims would go to the older half and leave the younger unpaid.
        int olderPaid = 0;
        int older = 0;
        int youngerPaid = 0;
        int younger = 0;
        for (String name : SmallWorld.REGIONS) {
            Region region = small.region(name);
            List<Enterprise> firms = firms(region);
            List<Integer> claimants = new ArrayList<>();
            double claims = 0;
            for (int i = 0; i < firms.size(); i++) {
                if (firms.get(i).rdLastYear() > 0) {
                    claimants.add(i);
                    claims += Math.min(0.2 * firms.get(i).rdLastYear(), NO_LIMIT);
                }
            }
            double budget = claims / 2;
            RdSubsidyPolicy policy = new RdSubsidyPolicy(name, 2015, 2035, budget / small.world.scale, BudgetMode.STOP,
                    List.of(), 0.2, NO_LIMIT, 0);
            double[] before = firms.stream().mapToDouble(Enterprise::cash).toArray();
            SmallWorld.Bound bound = small.open(policy, region, "rd-half");
            bound.instrument().onYearStart(small.world, small.world.year());
            assertEquals(budget, bound.account().paidTotal(), TOLERANCE * budget, name + ": the budget is spent");
            for (int c = 0; c < claimants.size(); c++) {
                int i = claimants.get(c);
                boolean paid = firms.get(i).cash() > before[i];
                if (c < claimants.size() / 2) {
                    older++;
                    olderPaid += paid ? 1 : 0;
                } else {
                    younger++;
                    youngerPaid += paid ? 1 : 0;
                }
            }
        }
        assertTrue(older >= 40 && younger >= 40, "premise: " + older + " older and " + younger + " younger claimants");
        double olderShare = (double) olderPaid / older;
        double youngerShare = (double) youngerPaid / younger;
        assertTrue(Math.abs(olderShare - youngerShare) < 0.25,
                "paid: " + olderShare + " of the older claimants against " + youngerShare + " of the younger");
    }

    @Test
    void approvalRewardPaysItsKindsRewardToEligibleSectorsOnly() {
        ApprovalRewardPolicy policy = new ApprovalRewardPolicy("all", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                List.of("INNOVATIVE_DRUG", "MEDICAL_DEVICE"), 7, 3);
        Map<ProjectKind, Double> reward = Map.of(ProjectKind.INNOVATIVE_DRUG, 7.0, ProjectKind.CLASS3_DEVICE, 3.0);
        Set<Sector> sectors = Set.of(Sector.INNOVATIVE_DRUG, Sector.MEDICAL_DEVICE);
        Set<ProjectKind> seenPaid = new HashSet<>();
        SmallWorld.Bound bound = null;
        for (String name : SmallWorld.REGIONS) {
            Region region = small.region(name);
            bound = small.open(policy, region, "reward");
            double expectedTotal = 0;
            for (SmallWorld.Holding h : SmallWorld.holdings(region)) {
                double expected = sectors.contains(h.firm().sector) ? reward.getOrDefault(h.project().kind(), 0.0) : 0;
                double before = h.firm().cash();
                bound.instrument().onApproval(small.world, h.firm(), h.project());
                assertEquals(expected, h.firm().cash() - before, 1e-12, h.project().kind() + " of " + h.firm().sector);
                if (expected > 0) {
                    seenPaid.add(h.project().kind());
                }
                expectedTotal += expected;
            }
            assertEquals(expectedTotal, bound.account().paidTotal(), 1e-9, name);
        }
        assertEquals(reward.keySet(), seenPaid, "premise: both rewarded kinds approved in an eligible firm");
        for (ProjectKind kind : ProjectKind.values()) {
            assertEquals(reward.getOrDefault(kind, 0.0),
                    bound.instrument().expectedApprovalPayment(small.world, Sector.MEDICAL_DEVICE, kind), 1e-12);
            assertEquals(0.0, bound.instrument().expectedApprovalPayment(small.world, Sector.TCM, kind));
        }
    }

    @Test
    void listingSupportPaysTheLumpSumToEligibleSectorsAndShortensTheWait() {
        ListingSupportPolicy policy = new ListingSupportPolicy("all", 2015, 2035, NO_LIMIT, BudgetMode.STOP,
                List.of("CXO"), 4.5, 0.3);
        Region region = small.region("Jiangsu");
        SmallWorld.Bound bound = small.open(policy, region, "listing");
        double expectedTotal = 0;
        for (Enterprise f : firms(region)) {
            double expected = f.sector == Sector.CXO ? 4.5 : 0;
            double before = f.cash();
            bound.instrument().onListing(small.world, f);
            assertEquals(expected, f.cash() - before, 1e-12, f.sector.name());
            expectedTotal += expected;
        }
        assertTrue(expectedTotal > 0 && expectedTotal < 4.5 * region.firmCount(), "premise: some CXO firms, not all");
        assertEquals(expectedTotal, bound.account().paidTotal(), 1e-9);
        double wait = region.levers().listingDelayMultiplier;
        bound.instrument().onMonth(small.world);
        assertEquals(wait * 0.3, region.levers().listingDelayMultiplier, 1e-12);
        region.levers().listingDelayMultiplier = wait;
    }

    private static boolean qualifies(Enterprise f, Set<Sector> sectors, double minRdShare) {
        return sectors.contains(f.sector) && f.rdLastYear() > 0 && f.rdLastYear() >= minRdShare * f.revenueLastYear();
    }

    private static List<Enterprise> firms(Region region) {
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < region.firmCount(); i++) {
            firms.add(region.firm(i));
        }
        return firms;
    }
}
