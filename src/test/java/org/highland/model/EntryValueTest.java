package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.run.HighlandSim;
import org.highland.run.PairedChange;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A founder weighs a region by one value: the inclusive value of its locations plus the early
 * financing a young firm can expect there, in the location choice's utility units. By hand: the
 * entrant's allocation weight, the expected financing and its utility. In runs with common random
 * numbers: a rent subsidy in one park raises the province's entries (through the inclusive value);
 * more venture money raises entries (through the expected financing).
 */
class EntryValueTest {
    private static final double SCALE = 0.04;
    private static final int REPLICATIONS = 8;
    private static final int END = 2021;

    @TempDir
    Path dir;

    @Test
    void anEntrantsWeightIsTheSeedWeightOfItsInnovatorSharePlusItsMeanRevenue() {
        World world = ModelRuns.start(Scenarios.defaults(), SCALE, 5, 0).world();
        double[] shares = new double[Sector.COUNT];
        shares[Sector.INNOVATIVE_DRUG.ordinal()] = 0.12;
        shares[Sector.MEDICAL_DEVICE.ordinal()] = 0.88;
        // 0.12 x the seed weight + exp(1.2^2 / 2) x 1 M yuan x 0.06
        double expected = 0.12 * world.seedWeight[Sector.INNOVATIVE_DRUG.ordinal()] + 0.1232659926;
        assertEquals(expected, EntryProcess.entrantFinancingWeight(world, shares, 1.0), 1e-9);
        assertEquals(expected, EntryProcess.entrantFinancingWeight(world, new double[] {0.24, 0, 1.76, 0, 0, 0}, 2.0),
                1e-9, "shares are normalised");
    }

    @Test
    void expectedFinancingIsTheMonthsMoneyTimesTheEntrantsShareOfTheWeights() {
        World world = ModelRuns.start(Scenarios.defaults(), SCALE, 5, 0).world();
        Region region = world.region("Zhejiang");
        assertEquals(0, EntryProcess.expectedEarlyFinancing(region, 2), 0.0, "nothing allocated yet");
        region.ventureThisMonth = 10;
        region.candidateCount = 1;
        region.cumulativeWeight[0] = 98;
        assertEquals(12 * 10 * 2 / 100.0, EntryProcess.expectedEarlyFinancing(region, 2), 1e-12);
        // -b_rent (3 per million yuan) x 2 years x 0.1 M yuan a year
        assertEquals(0.6, EntryProcess.financingUtility(world, 0.1), 1e-12);
        assertEquals(Math.exp(0.5 * 0.6), region.parkChoice().entryFactor(0.6), 1e-12);
    }

    @Test
    void aParkRentSubsidyRaisesTheProvincesEntries() {
        List<ReplicationResult> base = runs(ModelRuns.scenario(dir, "base", "policies: {}\n", "time.endYear=" + END));
        List<ReplicationResult> rent = runs(ModelRuns.scenario(dir, "rent", "policies: {rent: {type: park-investment, "
                + "region: Zhejiang, annualBudgetMillion: 2000, park: Qiantang Pharmaceutical Port, extraCapacityFirms: 0, "
                + "extraPlatforms: 0, investmentMillion: 0, rentSubsidyPerFirmMillion: 0.3}}\n", "time.endYear=" + END));
        // Over 2015-2021: the Port fills within a few years (its rent then rises with congestion),
        // so the subsidy brings entries forward more than it adds later.
        assertPairedRise(base, rent, "Zhejiang", 2015);
        assertPairedRise(base, rent, "Zhejiang/park:Qiantang Pharmaceutical Port", 2015);
    }

    @Test
    void moreVentureMoneyRaisesEntries() {
        String end = "time.endYear=" + END;
        List<ReplicationResult> base = runs(ModelRuns.scenario(dir, "base", "policies: {}\n", end));
        // The national cycle doubled from 2017 (the 2015 and 2016 values, and so the start value, unchanged).
        List<ReplicationResult> more = runs(ModelRuns.scenario(dir, "more", "policies: {}\n", end,
                "capital.nationalCycle[2].index=13", "capital.nationalCycle[3].index=19.56",
                "capital.nationalCycle[4].index=16", "capital.nationalCycle[5].index=31.66",
                "capital.nationalCycle[6].index=44.12"));
        for (String region : new String[] {"Zhejiang", "Jiangsu", "Shanghai", "Anhui"}) {
            assertPairedRise(base, more, region, 2017);
        }
    }

    /**
     * A seed firm's weight is its share of a new innovative-drug project's preferred value: the
     * value at discovery the regions' valuations give a median opportunity before any policy,
     * times the discovery preference. So it is discounted, and follows the route's margin and
     * sales, as the pipelines' values do.
     */
    @Test
    void theSeedWeightIsAShareOfANewProjectsValue() {
        World world = ModelRuns.start(Scenarios.defaults(), SCALE, 5, 0).world();
        Region region = world.region("Zhejiang");
        region.valuation.update(world);
        int seed = Sector.INNOVATIVE_DRUG.ordinal();
        double preferredShare = world.capitalSpec.innovatorProjectShare() * world.capitalSpec.discoveryWeight();
        assertEquals(preferredShare * region.valuation.revenue(ProjectKind.INNOVATIVE_DRUG, 0),
                world.seedWeight[seed], 1e-12 * world.seedWeight[seed]);
        World halfMargin = ModelRuns.start(Scenarios.defaults(List.of("routes.innovativeDrug.productMargin=0.2",
                "routes.innovativeDrug.peakSalesMillion=600")), SCALE, 5, 0).world();
        assertEquals(world.seedWeight[seed], halfMargin.seedWeight[seed], 1e-12 * world.seedWeight[seed],
                "half the margin on twice the sales");
        World discounted = ModelRuns.start(Scenarios.defaults(List.of("firms.discountRatePerYear=0.19")), SCALE, 5, 0)
                .world();
        assertTrue(discounted.seedWeight[seed] < world.seedWeight[seed]);
        World preferred = ModelRuns.start(Scenarios.defaults(List.of("capital.discoveryWeight=2")), SCALE, 5, 0).world();
        assertEquals(2 * world.seedWeight[seed], preferred.seedWeight[seed], 1e-12 * world.seedWeight[seed],
                "the share is of the project's preferred value");
        // The defaults state the share at which the seed weight is the 15 M yuan it was as a fixed amount.
        assertEquals(15.0, world.seedWeight[seed], 0.01);
        World baseline = ModelRuns.start(Scenarios.load(Path.of("scenarios/baseline.yaml"), List.of()), SCALE, 5, 0)
                .world();
        assertEquals(15.0, baseline.seedWeight[seed], 0.01, "the baseline's share at its own route");
        // A route whose products are valued over no years makes a new project, and a seed firm, worth nothing.
        World unvalued = ModelRuns.start(Scenarios.defaults(List.of("routes.innovativeDrug.valueYears=0")), SCALE, 5, 0)
                .world();
        assertEquals(0.0, unvalued.seedWeight[seed]);
    }

    /**
     * Revenue's financing weight is discounted as a marketed product's sales are: exactly itself
     * at the rate it is stated at, smaller at a higher rate, each rate's scale the inverse of the
     * other's.
     */
    @Test
    void theRevenueWeightIsDiscountedAsSalesAre() {
        World world = ModelRuns.start(Scenarios.defaults(), SCALE, 5, 0).world();
        Route innovative = world.routes[ProjectKind.INNOVATIVE_DRUG.ordinal()];
        double stated = world.capitalSpec.revenueWeightDiscountRatePerYear();
        assertEquals(1.0, World.revenueWeightScale(innovative, stated, stated));
        double higher = World.revenueWeightScale(innovative, 0.19, stated);
        assertTrue(0 < higher && higher < 1, "scale " + higher);
        assertEquals(1.0, higher * World.revenueWeightScale(innovative, stated, 0.19), 1e-12);
        World discounted = ModelRuns.start(Scenarios.defaults(List.of("firms.discountRatePerYear=0.19")), SCALE, 5, 0)
                .world();
        assertEquals(world.capitalSpec.revenueWeight() * higher, discounted.revenueWeight, 1e-15);
        // A route valued over no years has no sales to scale by: the revenue weight stays as stated.
        World unvalued = ModelRuns.start(Scenarios.defaults(List.of("firms.discountRatePerYear=0.19",
                "routes.innovativeDrug.valueYears=0")), SCALE, 5, 0).world();
        assertEquals(world.capitalSpec.revenueWeight(), unvalued.revenueWeight);
    }

    /**
     * A higher cost of capital makes fewer firms, not more. With the seed and revenue weights held
     * at their values while the pipelines' were discounted harder, venture money moved to entrants
     * and entries 2016-2021 rose by half from a rate of 6 % to 19 %.
     */
    @Test
    void aHigherDiscountRateDoesNotRaiseEntries() {
        PairedChange rise = zhejiangEntriesChange("firms.discountRatePerYear=0.06", "firms.discountRatePerYear=0.19");
        assertTrue(rise.mean() < 0, String.format(Locale.ROOT, "entries in Zhejiang 2016-%d from a discount rate of"
                + " 6 %% to 19 %%: paired change %.1f, standard error %.1f", END, rise.mean(), rise.standardError()));
    }

    /**
     * Cheaper innovative drugs make fewer firms, not more. With the seed weight a fixed amount,
     * halving the innovative margin halved only the pipelines' weights: venture money moved to
     * seed firms and entrants, and entries rose (here +44 of some 11,900; in the baseline at scale
     * 0.1, by a tenth over 2015-2024). With the seed weight a share of a new project's value they
     * fall (here by some 1,900).
     */
    @Test
    void aLowerInnovativeMarginDoesNotRaiseEntries() {
        PairedChange rise = zhejiangEntriesChange("routes.innovativeDrug.productMargin=0.4",
                "routes.innovativeDrug.productMargin=0.2");
        assertTrue(rise.mean() < -2 * rise.standardError(), String.format(Locale.ROOT,
                "entries in Zhejiang 2016-%d from an innovative margin"
                + " of 0.4 to 0.2: paired change %.1f, standard error %.1f", END, rise.mean(), rise.standardError()));
    }

    /** Zhejiang's entries 2016-2021 without policies: the paired change from one setting to another (4 replications). */
    private PairedChange zhejiangEntriesChange(String from, String to) {
        String end = "time.endYear=" + END;
        List<ReplicationResult> before = runs(ModelRuns.scenario(dir, "from", "policies: {}\n", end, from), 4);
        List<ReplicationResult> after = runs(ModelRuns.scenario(dir, "to", "policies: {}\n", end, to), 4);
        return PairedChange.of(before, after, r -> {
            double entries = 0;
            for (int year = 2016; year <= END; year++) {
                entries += r.value("enterprise_entries", "Zhejiang", year);
            }
            return entries;
        });
    }

    /** Entries {@code from}-2021: the paired rise over replications exceeds twice its standard error. */
    private static void assertPairedRise(List<ReplicationResult> base, List<ReplicationResult> with, String area, int from) {
        PairedChange rise = PairedChange.of(base, with, r -> {
            double entries = 0;
            for (int year = from; year <= END; year++) {
                entries += r.value("enterprise_entries", area, year);
            }
            return entries;
        });
        assertTrue(rise.clearlyPositive(), String.format(Locale.ROOT,
                "entries in %s %d-%d: paired rise %.1f, standard error %.1f", area, from, END, rise.mean(),
                rise.standardError()));
    }

    private static List<ReplicationResult> runs(Scenario scenario) {
        return runs(scenario, REPLICATIONS);
    }

    private static List<ReplicationResult> runs(Scenario scenario, int replications) {
        List<ReplicationResult> results = new ArrayList<>();
        for (int k = 0; k < replications; k++) {
            results.add(HighlandSim.run(scenario, SCALE, 20150101L, k));
        }
        return results;
    }
}
