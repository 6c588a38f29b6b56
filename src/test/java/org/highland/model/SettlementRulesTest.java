package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of a firm's month-end ({@link Settlement}) on single firms of a populated world, each
 * checked against the rule as the documentation states it: the high-tech certification bands
 * (R&D of at least 5 % of revenue under 50 M yuan, 4 % under 200 M, 3 % above; defaults.yaml
 * firms.hightechRdShare*), listing by sales (800 M yuan) or, for innovative-drug firms, by three
 * clinical projects, exit after exactly {@code exitGraceMonths} months of negative cash, and the
 * end of a drawn life that strikes small firms only (20 M yuan).
 */
class SettlementRulesTest {
    @TempDir
    static Path dir;
    private static World world;
    private static Region region;
    private static Settlement settlement;
    /** One world serves every test (it is costly to build); each test takes firms of its own. */
    private static final Set<Enterprise> used = Collections.newSetFromMap(new IdentityHashMap<>());

    @BeforeAll
    static void world() {
        Scenario scenario = ModelRuns.scenario(dir, "plain", "policies: {}\n");
        HighlandSim sim = ModelRuns.start(scenario, 0.03, 5, 0);
        world = sim.world();
        region = world.region(0);
        settlement = new Settlement(world);
    }

    /**
     * A firm of the sector not picked before, with no projects, a long life ahead, positive cash
     * and no listing under way.
     */
    private static Enterprise firm(Sector sector) {
        for (int i = 0; i < region.firmCount(); i++) {
            Enterprise f = region.firm(i);
            if (f.sector == sector && f.projectCount == 0 && !f.listed && used.add(f)) {
                f.exitAgeMonths = Enterprise.months(f.ageMonths + 1000);
                f.cash = 1e3;
                f.monthsNegativeCash = 0;
                f.monthsToListing = -1;
                return f;
            }
        }
        throw new IllegalStateException("no project-free " + sector + " firm in " + region.name);
    }

    /** The January review's verdict for last year's revenue and R&D (million yuan). */
    private static boolean certified(double revenueLastYear, double rdLastYear) {
        Enterprise f = firm(Sector.GENERIC_DRUG);
        world.beginMonth(12);
        f.revenueLastYear = revenueLastYear;
        f.rdLastYear = rdLastYear;
        f.hightech = !f.hightech;
        settlement.close(region, f, 0.0, world.closesYear());
        return f.hightech;
    }

    @Test
    void highTechCertificationNeedsTheRdShareOfTheFirmsSizeBand() {
        // Under 50 M yuan: 5 %.
        assertTrue(certified(40, 2.0));
        assertFalse(certified(40, 1.99));
        assertFalse(certified(49.9, 0.045 * 49.9));
        // From 50 M yuan: 4 %.
        assertTrue(certified(50, 2.0));
        assertFalse(certified(50, 1.99));
        assertFalse(certified(199.9, 0.035 * 199.9));
        // From 200 M yuan: 3 %.
        assertTrue(certified(200, 6.0));
        assertFalse(certified(200, 5.99));
        assertFalse(certified(0, 5.0), "no revenue, no certificate");
    }

    @Test
    void theCertificateIsReviewedInJanuaryOnlyAndNotInTheFirstMonth() {
        Enterprise f = firm(Sector.GENERIC_DRUG);
        f.revenueLastYear = 40;
        f.rdLastYear = 0;
        f.hightech = true;
        world.beginMonth(0);
        settlement.close(region, f, 0.0, world.closesYear());
        assertTrue(f.hightech, "the first January has no past year to review");
        world.beginMonth(13);
        settlement.close(region, f, 0.0, world.closesYear());
        assertTrue(f.hightech, "February reviews nothing");
        world.beginMonth(24);
        settlement.close(region, f, 0.0, world.closesYear());
        assertFalse(f.hightech, "January reviews");
    }

    @Test
    void aFirmListsBySalesAfterItsDelayAndRaisesCash() {
        world.beginMonth(3);
        Enterprise small = firm(Sector.GENERIC_DRUG);
        small.baseRevenue = 799;
        small.productRevenue = 0;
        settlement.close(region, small, 0.0, world.closesYear());
        assertEquals(-1, small.monthsToListing, "below 800 M yuan of sales no listing starts");

        Enterprise big = firm(Sector.GENERIC_DRUG);
        big.baseRevenue = 800;
        big.productRevenue = 0;
        settlement.close(region, big, 0.0, world.closesYear());
        int delay = big.monthsToListing;
        assertTrue(delay >= 1, "a qualifying firm starts its listing: " + delay);
        assertFalse(big.listed);
        double listings = region.counters().get(Counter.LISTINGS);
        double proceeds = region.counters().get(Counter.IPO_PROCEEDS);
        double financing = world.ledger().financing;
        for (int m = 1; m < delay; m++) {
            settlement.close(region, big, 0.0, world.closesYear());
            assertFalse(big.listed, "listed " + (delay - m) + " months early");
        }
        settlement.close(region, big, 0.0, world.closesYear());
        assertTrue(big.listed, "listed after the drawn delay of " + delay + " months");
        assertEquals(listings + 1, region.counters().get(Counter.LISTINGS));
        double raised = region.counters().get(Counter.IPO_PROCEEDS) - proceeds;
        assertTrue(raised > 0, "the listing raised nothing");
        assertEquals(raised, world.ledger().financing - financing, 1e-9 * raised);
        settlement.close(region, big, 0.0, world.closesYear());
        assertEquals(listings + 1, region.counters().get(Counter.LISTINGS), "a listed firm lists once");
    }

    @Test
    void anInnovativeDrugFirmListsByItsClinicalPipelineOthersDoNot() {
        world.beginMonth(3);
        Enterprise innovator = firm(Sector.INNOVATIVE_DRUG);
        innovator.baseRevenue = 1;
        innovator.productRevenue = 0;
        innovator.clinicalProjects = 2;
        settlement.close(region, innovator, 0.0, world.closesYear());
        assertEquals(-1, innovator.monthsToListing, "two clinical projects are not enough");
        innovator.clinicalProjects = 3;
        settlement.close(region, innovator, 0.0, world.closesYear());
        assertTrue(innovator.monthsToListing >= 1, "three clinical projects qualify an innovative-drug firm");

        Enterprise generic = firm(Sector.GENERIC_DRUG);
        generic.baseRevenue = 1;
        generic.productRevenue = 0;
        generic.clinicalProjects = 5;
        settlement.close(region, generic, 0.0, world.closesYear());
        assertEquals(-1, generic.monthsToListing, "the pipeline standard is for innovative-drug firms only");
    }

    @Test
    void aFirmWithoutPipelineExitsAfterExactlyTheGraceMonthsOfNegativeCash() {
        world.beginMonth(3);
        int grace = (int) world.firmSpec().exitGraceMonths();
        Enterprise f = firm(Sector.GENERIC_DRUG);
        f.cash = -1e6;
        double exits = region.counters().get(Counter.EXITS);
        for (int m = 1; m < grace; m++) {
            assertFalse(settlement.close(region, f, 0.0, world.closesYear()), "exited after " + m + " of " + grace + " months");
            assertEquals(m, f.monthsNegativeCash);
        }
        assertEquals(exits, region.counters().get(Counter.EXITS));
        assertTrue(settlement.close(region, f, 0.0, world.closesYear()), "still there after " + grace + " months of negative cash");
        assertEquals(exits + 1, region.counters().get(Counter.EXITS));

        Enterprise recovered = firm(Sector.GENERIC_DRUG);
        recovered.monthsNegativeCash = Enterprise.months(grace - 1);
        settlement.close(region, recovered, 0.0, world.closesYear());
        assertEquals(0, recovered.monthsNegativeCash, "positive cash resets the count");
    }

    @Test
    void aDrawnLifeEndsSmallFirmsButALargeOneLivesOn() {
        world.beginMonth(3);
        double threshold = world.firmSpec().largeFirmRevenueMillion();
        Enterprise small = firm(Sector.GENERIC_DRUG);
        small.baseRevenue = 0.9 * threshold;
        small.productRevenue = 0;
        small.exitAgeMonths = small.ageMonths;
        double exits = region.counters().get(Counter.EXITS);
        assertTrue(settlement.close(region, small, 0.0, world.closesYear()), "a small firm at the end of its life exits");
        assertEquals(exits + 1, region.counters().get(Counter.EXITS));

        Enterprise young = firm(Sector.GENERIC_DRUG);
        young.baseRevenue = 0.9 * threshold;
        young.productRevenue = 0;
        young.exitAgeMonths = Enterprise.months(young.ageMonths + 1);
        assertFalse(settlement.close(region, young, 0.0, world.closesYear()), "a firm before the end of its life stays");

        Enterprise large = firm(Sector.GENERIC_DRUG);
        large.baseRevenue = threshold;
        large.productRevenue = 0;
        large.exitAgeMonths = large.ageMonths;
        assertFalse(settlement.close(region, large, 0.0, world.closesYear()), "a large firm outlives its drawn life");
        assertTrue(large.exitAgeMonths > large.ageMonths, "its life is drawn anew");
    }

    /**
     * A month's cash: the park's rent premium out, the sector's pre-tax operating margin on a
     * twelfth of the revenue in, the month's R&D out, and the corporate income tax at 25 % of
     * the month's profit (no losses carried, no extra deduction) out; the ledger books each
     * part. With a listing falling due the IPO's proceeds come in as well.
     */
    @Test
    void aMonthsCashIsMarginLessRdLessRentLessTaxPlusAnIpo() {
        world.beginMonth(5);
        Enterprise f = firm(Sector.GENERIC_DRUG);
        f.hightech = false;
        f.tax().closeYear(2019, 0, world.corporateTax.lossRingLength());
        f.baseRevenue = 120;
        f.productRevenue = 0;
        f.monthsToListing = 1;
        double margin = f.sectorSpec().operatingMargin();
        // A park dearer than the region's outside rent by 0.05 M yuan a month (restored below).
        double premiumBefore = f.park.rentPremiumMonth;
        f.park.rentPremiumMonth = 0.05;
        double premium = 0.05;
        double operating = 120 / 12.0 * margin;
        assertTrue(operating > 0.4, "premise: a profitable month");
        double tax = 0.25 * (operating - 0.4);
        Ledger ledger = world.ledger();
        double cash = f.cash;
        double flow = ledger.operatingCashFlow;
        double rd = ledger.rdSpend;
        double rent = ledger.rentPremium;
        double taxes = ledger.corporateTax;
        double proceeds = region.counters().get(Counter.IPO_PROCEEDS);
        settlement.close(region, f, 0.4, world.closesYear());
        f.park.rentPremiumMonth = premiumBefore;
        double raised = region.counters().get(Counter.IPO_PROCEEDS) - proceeds;
        assertTrue(f.listed && raised > 0, "premise: the listing fell due");
        assertEquals(cash - premium + operating - 0.4 - tax + raised, f.cash, 1e-9);
        assertEquals(operating, ledger.operatingCashFlow - flow, 1e-12);
        assertEquals(0.4, ledger.rdSpend - rd, 1e-12);
        assertEquals(premium, ledger.rentPremium - rent, 1e-12);
        assertEquals(tax, ledger.corporateTax - taxes, 1e-12);
    }

    @Test
    void cashOfExactlyZeroIsNotNegative() {
        world.beginMonth(5);
        Enterprise f = firm(Sector.GENERIC_DRUG);
        f.baseRevenue = 0;
        f.productRevenue = 0;
        f.tax().closeYear(2019, 0, world.corporateTax.lossRingLength());
        f.cash = f.park.rentPremiumMonth;
        f.monthsNegativeCash = 3;
        settlement.close(region, f, 0.0, world.closesYear());
        assertEquals(0.0, f.cash);
        assertEquals(0, f.monthsNegativeCash);
    }

    /** January closes the past tax year (its profit becomes last year's); other months do not. */
    @Test
    void januaryClosesTheTaxYear() {
        Enterprise f = firm(Sector.GENERIC_DRUG);
        f.tax().closeYear(2019, 0, world.corporateTax.lossRingLength());
        f.tax().taxableToDate = 100;
        world.beginMonth(13);
        settlement.close(region, f, 0.0, world.closesYear());
        assertEquals(0, f.tax().lastYearTaxable, "February closes no year");
        f.tax().taxableToDate = 100;
        world.beginMonth(24);
        settlement.close(region, f, 0.0, world.closesYear());
        assertEquals(100, f.tax().lastYearTaxable, "January closed the year with its taxable profit");
    }
}
