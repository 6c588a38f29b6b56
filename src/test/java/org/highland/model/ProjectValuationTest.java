package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.highland.model.random.Draws;
import org.highland.model.random.SplitMix64;
import org.highland.model.spec.RouteSpec;
import org.highland.model.spec.StageSpec;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project valuation against hand computation on a tiny innovative-drug route (discovery,
 * phase I, NDA), its weighting by the budget's pay share, and its discounting.
 */
class ProjectValuationTest {
    private static final double R = 0.10;
    private static final double V = Math.pow(1 + R, -1.0 / 12.0);
    private static final double TOL = 1e-9;

    /** Residual sigma 0 (the firm knows the whole spread): peak sales per unit quality = the median. */
    private static final String TINY_ROUTE = """
            firms: {discountRatePerYear: 0.10, knownQualityShare: 1.0}
            routes:
              innovativeDrug:
                stages:
                  - {stage: DISCOVERY, successProbability: 0.5, meanMonths: 12, durationCv: 0.3, costPerMonthMillion: 1, trialRegistrations: 0}
                  - {stage: PHASE1, successProbability: 0.6, meanMonths: 10, durationCv: 0.3, costPerMonthMillion: 2, trialRegistrations: 1}
                  - {stage: NDA, successProbability: 0.8, meanMonths: 6, durationCv: 0.3, costPerMonthMillion: 0.5, trialRegistrations: 0}
                peakSalesMillion: 100
                peakSalesSigma: 0.8
                launchRampMonths: 1
                exclusivityMonths: 120
                postExclusivityDecline: 0
                valueYears: 10
                productMargin: 0.5
            """;

    @TempDir
    Path dir;

    @Test
    void revenueCostAndSupportAgreeWithHandComputation() {
        Scenario scenario = ModelRuns.scenario(dir, "tiny", TINY_ROUTE + """
                policies:
                  trials: {type: clinical-trial-support, region: Zhejiang, costShare: 0.5, phase1MaxMillion: 5,
                           phase2MaxMillion: 10, phase3MaxMillion: 30, annualBudgetMillion: 100000}
                  reward: {type: approval-reward, region: Zhejiang, innovativeDrugMillion: 48, annualBudgetMillion: 100000}
                """, "time.endYear=2016");
        ProjectValuation v = firstMonth(scenario).valuation();
        ProjectKind k = ProjectKind.INNOVATIVE_DRUG;

        double sales = 0;
        for (int m = 1; m <= 120; m++) {
            sales += Math.pow(V, m) / 12.0;
        }
        double atLaunch = 0.5 * 100 * sales;
        double r2 = 0.8 * Math.pow(V, 6) * atLaunch;
        double r1 = 0.6 * Math.pow(V, 10) * r2;
        double r0 = 0.5 * Math.pow(V, 12) * r1;
        assertEquals(r2, v.revenue(k, 2), TOL * r2);
        assertEquals(r1, v.revenue(k, 1), TOL * r1);
        assertEquals(r0, v.revenue(k, 0), TOL * r0);

        double c2 = 0.5 * monthly(6);
        double c1 = 2 * monthly(10) + 0.6 * Math.pow(V, 10) * c2;
        double c0 = 1 * monthly(12) + 0.5 * Math.pow(V, 12) * c1;
        assertEquals(c2, v.cost(k, 2), TOL);
        assertEquals(c1, v.cost(k, 1), TOL);
        assertEquals(c0, v.cost(k, 0), TOL);

        // Phase I support min(5, 0.5 x 2 x 10) = 5 paid on entry; 48 on approval.
        double approval = 48 * 0.8 * Math.pow(V, 6) * 0.6 * Math.pow(V, 10);
        double s1 = 5 + approval;
        double s0 = 0.5 * Math.pow(V, 12) * s1;
        assertEquals(s1, v.support(Sector.INNOVATIVE_DRUG, k, 1), TOL);
        assertEquals(s0, v.support(Sector.INNOVATIVE_DRUG, k, 0), TOL);
        assertEquals(r0 * 1.3 - c0 + s0, v.npv(Sector.INNOVATIVE_DRUG, k, 0, 1.3, 1.0), TOL);
        assertEquals((c0 - s0) / r0, v.qualityThreshold(Sector.INNOVATIVE_DRUG, k, 0, 1.0), TOL);
    }

    @Test
    void anRdGrantIsCountedUpToItsCapPerFirmAndYearOverTheStagesMonths() {
        Scenario scenario = ModelRuns.scenario(dir, "grant", TINY_ROUTE + """
                policies:
                  grant: {type: rd-subsidy, region: Zhejiang, share: 0.5, capPerFirmMillion: 4, annualBudgetMillion: 100000}
                """, "time.endYear=2016");
        ProjectValuation v = firstMonth(scenario).valuation();
        ProjectKind k = ProjectKind.INNOVATIVE_DRUG;
        // NDA: half of 0.5 x 6 = 1.5 (below 4 x 6 / 12 = 2); phase I: 4 x 10 / 12 (below half of 2 x 10);
        // discovery: 4 x 12 / 12 (below half of 1 x 12).
        double s2 = 1.5;
        double s1 = 4.0 * 10 / 12 + 0.6 * Math.pow(V, 10) * s2;
        double s0 = 4.0 + 0.5 * Math.pow(V, 12) * s1;
        assertEquals(s2, v.support(Sector.INNOVATIVE_DRUG, k, 2), TOL);
        assertEquals(s1, v.support(Sector.INNOVATIVE_DRUG, k, 1), TOL);
        assertEquals(s0, v.support(Sector.INNOVATIVE_DRUG, k, 0), TOL);
    }

    @Test
    void aDistantRewardIsDiscounted() {
        Scenario scenario = ModelRuns.scenario(dir, "distant", """
                firms: {discountRatePerYear: 0.10}
                routes:
                  innovativeDrug:
                    stages:
                      - {stage: NDA, successProbability: 1.0, meanMonths: 96, durationCv: 0.3, costPerMonthMillion: 0.1, trialRegistrations: 0}
                policies:
                  reward: {type: approval-reward, region: Zhejiang, innovativeDrugMillion: 48, annualBudgetMillion: 100000}
                """, "time.endYear=2016");
        ProjectValuation v = firstMonth(scenario).valuation();
        double support = v.support(Sector.INNOVATIVE_DRUG, ProjectKind.INNOVATIVE_DRUG, 0);
        assertEquals(48 / Math.pow(1.10, 8), support, TOL);
        assertTrue(support < 0.5 * 48, "a reward eight years out counted at " + support);
    }

    @Test
    void supportIsWeightedByTheShareTheBudgetPaidLastYear() {
        // Eligible only for CXO firms, which start no projects: the account's claims are ours alone.
        Scenario scenario = ModelRuns.scenario(dir, "share", TINY_ROUTE + """
                policies:
                  reward: {type: approval-reward, region: Zhejiang, sectors: [CXO], innovativeDrugMillion: 48,
                           annualBudgetMillion: 100}
                """, "time.endYear=2016");
        HighlandSim sim = ModelRuns.start(scenario, 0.01, 7, 0);
        sim.schedule.step(sim);
        Region zhejiang = sim.world().region("Zhejiang");
        Government.Account account = zhejiang.government().accounts().get(0);
        ProjectKind k = ProjectKind.INNOVATIVE_DRUG;
        double first = zhejiang.valuation().support(Sector.CXO, k, 0);
        assertTrue(first > 0, "no support expected in the first year");
        assertEquals(0.0, zhejiang.valuation().support(Sector.INNOVATIVE_DRUG, k, 0), "an ineligible sector expects support");
        assertEquals(1.0, account.expectedPayShare(), "first year: firms expect the budget to pay in full");

        double paid = account.payOut(2 * account.annualBudget());
        assertEquals(account.annualBudget(), paid, TOL);
        for (int m = 1; m <= 12; m++) {
            sim.schedule.step(sim);
        }
        assertEquals(0.5, account.expectedPayShare(), TOL);
        assertEquals(0.5 * first, zhejiang.valuation().support(Sector.CXO, k, 0), TOL);
    }

    /** PV at entry of 1 a month paid at the end of each of n months. */
    @Test
    void theUnknownPartOfPeakSalesRaisesTheirMeanAndGrossValueAddsSupportToQualityTimesRevenue() {
        // Route sigma 1 with a known share of 0.8 leaves a residual sigma of sqrt(1 - 0.64) = 0.6:
        // the expected peak sales per unit of quality are the median x exp(0.6^2 / 2) = 100 e^0.18.
        // Sales ramp up over 3 months and decline by 12 % a year after 60 months of exclusivity.
        Scenario scenario = ModelRuns.scenario(dir, "residual", TINY_ROUTE.replace("peakSalesSigma: 0.8",
                "peakSalesSigma: 1.0").replace("knownQualityShare: 1.0", "knownQualityShare: 0.8")
                .replace("launchRampMonths: 1", "launchRampMonths: 3")
                .replace("exclusivityMonths: 120", "exclusivityMonths: 60")
                .replace("postExclusivityDecline: 0\n", "postExclusivityDecline: 0.12\n") + """
                policies:
                  reward: {type: approval-reward, region: Zhejiang, innovativeDrugMillion: 48, annualBudgetMillion: 100000}
                """, "time.endYear=2016");
        HighlandSim sim = ModelRuns.start(scenario, 0.01, 7, 0);
        sim.schedule.step(sim);
        Region region = sim.world().region("Zhejiang");
        ProjectValuation v = region.valuation();
        ProjectKind k = ProjectKind.INNOVATIVE_DRUG;
        double sales = 0;
        double perMonth = 0;
        for (int m = 1; m <= 120; m++) {
            perMonth = m <= 3 ? m / 3.0 : m <= 60 ? 1.0 : perMonth * Math.pow(0.88, 1.0 / 12.0);
            sales += Math.pow(V, m) * perMonth / 12.0;
        }
        double r2 = 0.8 * Math.pow(V, 6) * 0.5 * 100 * Math.exp(0.18) * sales;
        assertEquals(r2, v.revenue(k, 2), TOL * r2);
        assertEquals(6.0, v.expectedMonths(k, 2), 0.0);
        assertEquals(10.0, v.expectedMonths(k, 1), 0.0);
        assertEquals(0.5 * 6, v.stageCost(k, 2), 1e-12);
        assertEquals(2.0 * 10, v.stageCost(k, 1), 1e-12);
        // Entering NDA: the reward of 48 paid on approval, reached with 0.8 after 6 months.
        double s2 = 48 * 0.8 * Math.pow(V, 6);
        assertEquals(1.3 * r2 + s2, v.grossValue(Sector.INNOVATIVE_DRUG.ordinal(), k.ordinal(), 2, 1.3), TOL * r2);
        assertEquals(1.3 * r2 + s2, v.grossValue(Sector.INNOVATIVE_DRUG, k, 2, 1.3), TOL * r2);

        // The gross values' version moves when an input moves, and only then.
        int version = v.grossVersion();
        assertTrue(version > 0, "the first month's values are a version");
        v.update(sim.world());
        assertEquals(version, v.grossVersion(), "the same inputs again");
        region.levers.scaleStageMonths(k, Stage.NDA, 0.5);
        v.update(sim.world());
        assertEquals(version + 1, v.grossVersion(), "a shorter review changes revenue and support");
        assertEquals(3.0, v.expectedMonths(k, 2), 0.0);
        assertEquals(0.5 * 3, v.stageCost(k, 2), 1e-12);
        v.update(sim.world());
        assertEquals(version + 1, v.grossVersion());
        // Procurement's price index scales generic revenue only.
        double generic = v.revenue(ProjectKind.GENERIC_DRUG, 0);
        double innovative = v.revenue(k, 0);
        region.levers.genericPriceIndex = 0.5;
        v.update(sim.world());
        assertEquals(0.5 * generic, v.revenue(ProjectKind.GENERIC_DRUG, 0), 1e-12 * generic);
        assertEquals(innovative, v.revenue(k, 0), 0.0);
    }

    /**
     * Peak sales over all opportunities (the known quality times the residual drawn at launch)
     * keep the route's log-sd whatever share the firm knows, also where the known part alone
     * would have exceeded a narrow route's spread (the former absolute quality sigma was then
     * clamped: a residual of 0 and a log-sd of the quality sigma, not the route's).
     */
    @ParameterizedTest
    @CsvSource({"0.5, 0.7", "0.5, 1.3", "0.95, 0.7", "0.95, 1.3", "1.0, 0.7", "1.0, 1.3"})
    void peakSalesKeepTheRoutesLogSdWhateverShareIsKnown(double share, double routeSigma) {
        RouteSpec spec = new RouteSpec(List.of(new StageSpec(Stage.NDA, 0.8, 6, 0.3, 0.5, 0)),
                100, routeSigma, 1, 120, 0, 10, 0.5, 1.0);
        Route route = new Route(ProjectKind.INNOVATIVE_DRUG, spec, share);
        assertEquals(share * routeSigma, route.knownQualitySigma, 1e-15);
        assertEquals(routeSigma * Math.sqrt(1 - share * share), route.residualSigma, 1e-15);
        assertEquals(routeSigma * routeSigma, route.knownQualitySigma * route.knownQualitySigma
                + route.residualSigma * route.residualSigma, 1e-12, "the two parts add up to the route's variance");
        if (share < 1) {
            assertTrue(route.residualSigma > 0, "the residual is clamped to 0");
        }
        int n = 200_000;
        SplitMix64 random = new SplitMix64(11);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double quality = Draws.lognormal(random, 1.0, route.knownQualitySigma);
            double log = Math.log(quality * Draws.lognormal(random, spec.peakSalesMillion(), route.residualSigma));
            sum += log;
            squares += log * log;
        }
        double mean = sum / n;
        double sd = Math.sqrt((squares - n * mean * mean) / (n - 1));
        // The sample sd of n normal draws has a standard error of sigma / sqrt(2 n); 5 of them.
        assertEquals(routeSigma, sd, 5 * routeSigma / Math.sqrt(2.0 * n));
        assertEquals(Math.log(100), mean, 5 * routeSigma / Math.sqrt(n));
    }

    @Test
    void atTheDefaultsTheResidualIsTheFormerOneBitForBit() {
        // Every route's peakSalesSigma is 1.0 and the share 0.8, as the quality sigma was.
        assertEquals(Math.sqrt(Math.max(0, 1.0 * 1.0 - 0.8 * 0.8)), Route.residualSigma(1.0, 0.8), 0.0);
        assertEquals(0.8, new Route(ProjectKind.INNOVATIVE_DRUG, new RouteSpec(
                List.of(new StageSpec(Stage.NDA, 0.8, 6, 0.3, 0.5, 0)), 100, 1.0, 1, 120, 0, 10, 0.5, 1.0), 0.8)
                .knownQualitySigma, 0.0);
    }

    @Test
    void withoutRevenueAStageIsWorthEnteringForAnyQualityOnlyWhenSupportExceedsItsCost() {
        // Product margin 0: R = 0, so the threshold (c C - S) / R is 0 where support covers the
        // cost (every quality pays) and infinite where it does not (none does).
        String noRevenue = TINY_ROUTE.replace("productMargin: 0.5", "productMargin: 0");
        ProjectValuation bare = firstMonth(ModelRuns.scenario(dir, "bare", noRevenue, "time.endYear=2016")).valuation();
        ProjectKind k = ProjectKind.INNOVATIVE_DRUG;
        assertEquals(0.0, bare.revenue(k, 2), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, bare.qualityThreshold(Sector.INNOVATIVE_DRUG, k, 2, 1.0));
        ProjectValuation paid = firstMonth(ModelRuns.scenario(dir, "paid", noRevenue + """
                policies:
                  reward: {type: approval-reward, region: Zhejiang, innovativeDrugMillion: 1000, annualBudgetMillion: 100000}
                """, "time.endYear=2016")).valuation();
        // Entering NDA costs 0.5 x 6 = 3 M yuan at most; the reward is worth 1000 x 0.8 x v^6.
        assertEquals(0.0, paid.qualityThreshold(Sector.INNOVATIVE_DRUG, k, 2, 1.0), 0.0);
    }

    private static double monthly(int n) {
        double total = 0;
        for (int m = 1; m <= n; m++) {
            total += Math.pow(V, m);
        }
        return total;
    }

    private static Region firstMonth(Scenario scenario) {
        HighlandSim sim = ModelRuns.start(scenario, 0.01, 7, 0);
        sim.schedule.step(sim);
        return sim.world().region("Zhejiang");
    }
}
