package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.highland.model.random.SplitMix64;
import org.highland.model.spec.SectorSpec;
import org.junit.jupiter.api.Test;

/**
 * A firm's opportunity arrival factor revenue^e / mean(revenue^e) x level against hand
 * computation: with elasticity 1/2 and sizes 1 and 4, the factor is sqrt(size) over the mean of
 * sqrt(size), so the sector's total is the number of its firms, month after month.
 */
class OpportunityCapacityTest {
    private static SectorSpec[] elasticities(double innovative, double cxo) {
        SectorSpec[] specs = new SectorSpec[Sector.COUNT];
        for (Sector s : Sector.values()) {
            double e = s == Sector.INNOVATIVE_DRUG ? innovative : s == Sector.CXO ? cxo : 0;
            specs[s.ordinal()] = new SectorSpec(0, 0, 0, 0, 1, e, null, 0, 0);
        }
        return specs;
    }

    private static void census(OpportunityCapacity capacity, Sector sector, double... revenues) {
        capacity.startCensus();
        for (double r : revenues) {
            capacity.count(sector, r);
        }
        capacity.closeCensus();
    }

    private static double total(OpportunityCapacity capacity, Sector sector, double... revenues) {
        double total = 0;
        for (double r : revenues) {
            total += capacity.factor(sector, r);
        }
        return total;
    }

    /** The firms' month reads the factor as the power times the factor per power ({@link MonthTerms}). */
    @Test
    void theFactorIsThePowerTimesTheFactorPerPower() {
        OpportunityCapacity capacity = new OpportunityCapacity();
        Sector[] sector = {Sector.INNOVATIVE_DRUG, Sector.INNOVATIVE_DRUG, Sector.TCM, Sector.TCM};
        double[] size = {1, 4, 2, 9};
        capacity.anchor(sector, size, elasticities(0.5, 0), 0.3);
        census(capacity, Sector.INNOVATIVE_DRUG, 2, 8, 30);
        int innovative = Sector.INNOVATIVE_DRUG.ordinal();
        assertEquals(true, capacity.sized(innovative));
        for (double revenue : new double[] {0, 0.5, 3, 250}) {
            assertEquals(capacity.factor(Sector.INNOVATIVE_DRUG, revenue),
                    capacity.power(Sector.INNOVATIVE_DRUG, revenue) * capacity.perPower(innovative), 1e-12);
        }
        int tcm = Sector.TCM.ordinal();
        assertEquals(false, capacity.sized(tcm), "elasticity 0");
        assertEquals(0.0, capacity.perPower(tcm), 0.0, "no size term: the month's base carries the whole rate");
    }

    @Test
    void theFactorIsSizeToTheElasticityOverItsMean() {
        OpportunityCapacity capacity = new OpportunityCapacity();
        Sector[] sector = {Sector.INNOVATIVE_DRUG, Sector.INNOVATIVE_DRUG, Sector.CXO, Sector.CXO, Sector.TCM};
        double[] size = {1, 4, 0, 0, 7};
        capacity.anchor(sector, size, elasticities(0.5, 0.5), 0);
        // sqrt(4) / ((sqrt(1) + sqrt(4)) / 2) = 2 / 1.5; sqrt(1) / 1.5.
        assertEquals(4.0 / 3.0, capacity.factor(Sector.INNOVATIVE_DRUG, 4), 1e-12);
        assertEquals(2.0 / 3.0, capacity.factor(Sector.INNOVATIVE_DRUG, 1), 1e-12);
        assertEquals(0.0, capacity.factor(Sector.INNOVATIVE_DRUG, -3), 0.0, "a negative revenue counts as none");
        // CXO started with no revenue at all: the mean stays 1, so the factor is sqrt(revenue).
        assertEquals(2.0, capacity.factor(Sector.CXO, 4), 1e-12);
        // Elasticity 0 (TCM here): every firm alike.
        assertEquals(1.0, capacity.factor(Sector.TCM, 100), 0.0);
        // A sector without firms at the start: mean 1 as well.
        OpportunityCapacity empty = new OpportunityCapacity();
        empty.anchor(new Sector[0], new double[0], elasticities(0.5, 0), 0);
        assertEquals(3.0, empty.factor(Sector.INNOVATIVE_DRUG, 9), 1e-12);
    }

    @Test
    void aSectorOfElasticityZeroStaysAtOneWhateverItsCensus() {
        OpportunityCapacity capacity = new OpportunityCapacity();
        // Its firms are counted (no test of the sector in the sweep), but nothing reads that count:
        // not the size term, and not the level, even with a mean-size elasticity and growing firms.
        capacity.anchor(new Sector[] {Sector.TCM, Sector.TCM}, new double[] {1, 4}, elasticities(0.5, 0.5), 0.5);
        census(capacity, Sector.TCM, 9, 400);
        census(capacity, Sector.TCM, 16, 900);
        assertEquals(1.0, capacity.factor(Sector.TCM, 900), 0.0);
        assertEquals(1.0, capacity.factor(Sector.TCM, 0), 0.0);
    }

    @Test
    void theTotalIsTheFirmCountWhateverTheElasticity() {
        Sector[] sector = new Sector[5];
        Arrays.fill(sector, Sector.INNOVATIVE_DRUG);
        double[] size = {0.5, 2, 3, 10, 40};
        for (double e : new double[] {0.3, 1.0, 1.5}) {
            OpportunityCapacity capacity = new OpportunityCapacity();
            capacity.anchor(sector, size, elasticities(e, 0), 0);
            assertEquals(5.0, total(capacity, Sector.INNOVATIVE_DRUG, size), 1e-9, "elasticity " + e);
        }
    }

    @Test
    void growthOnlySharesOutOpportunitiesAtMeanSizeElasticityZero() {
        OpportunityCapacity capacity = new OpportunityCapacity();
        capacity.anchor(new Sector[] {Sector.INNOVATIVE_DRUG, Sector.INNOVATIVE_DRUG}, new double[] {1, 4}, elasticities(0.5, 0), 0);
        census(capacity, Sector.INNOVATIVE_DRUG, 1, 4);
        // Every firm grows ninefold: the total stays the firm count, the shares stay.
        census(capacity, Sector.INNOVATIVE_DRUG, 9, 36);
        assertEquals(2.0, total(capacity, Sector.INNOVATIVE_DRUG, 9, 36), 1e-12);
        assertEquals(4.0 / 3.0, capacity.factor(Sector.INNOVATIVE_DRUG, 36), 1e-12);
        // One firm grows: it takes opportunities from the other; the total stays 2.
        census(capacity, Sector.INNOVATIVE_DRUG, 9, 144);
        assertEquals(2.0, total(capacity, Sector.INNOVATIVE_DRUG, 9, 144), 1e-12);
        assertEquals(2 * 12.0 / 15.0, capacity.factor(Sector.INNOVATIVE_DRUG, 144), 1e-12);
    }

    @Test
    void theLevelFollowsTheMeanFirmAtItsElasticity() {
        OpportunityCapacity capacity = new OpportunityCapacity();
        capacity.anchor(new Sector[] {Sector.INNOVATIVE_DRUG, Sector.INNOVATIVE_DRUG}, new double[] {1, 4}, elasticities(0.5, 0), 0.5);
        assertEquals(2.0, total(capacity, Sector.INNOVATIVE_DRUG, 1, 4), 1e-12, "level 1 before the first census");
        // The first census fixes the start-year mean (2.5), even if it differs from the anchor's sample.
        census(capacity, Sector.INNOVATIVE_DRUG, 1, 4);
        assertEquals(2.0, total(capacity, Sector.INNOVATIVE_DRUG, 1, 4), 1e-12);
        // The mean firm grows ninefold: at elasticity 1/2 the total triples, as sqrt(revenue) /
        // the start-year mean of sqrt(revenue) would give.
        census(capacity, Sector.INNOVATIVE_DRUG, 9, 36);
        assertEquals(6.0, total(capacity, Sector.INNOVATIVE_DRUG, 9, 36), 1e-12);
        // A sector with no firm this month keeps last month's factors.
        census(capacity, Sector.INNOVATIVE_DRUG);
        assertEquals(6.0, total(capacity, Sector.INNOVATIVE_DRUG, 9, 36), 1e-12);
    }

    @Test
    void theSquareRootPathGivesThePowersBits() {
        // Most sectors' elasticity is 1/2: the factor takes the square root there, which must not
        // move a result of the power it replaces (ReplicationIdentityTest holds runs to their digests).
        SplitMix64 random = new SplitMix64(17);
        for (int i = 0; i < 1_000_000; i++) {
            double x = Math.exp(random.nextDouble() * 40 - 20);
            assertEquals(Double.doubleToRawLongBits(Math.pow(x, 0.5)), Double.doubleToRawLongBits(OpportunityCapacity.power(x, 0.5)), "at " + x);
            assertEquals(Math.pow(x, 0.3), OpportunityCapacity.power(x, 0.3), 0.0, "another elasticity takes the power");
        }
        assertEquals(0.0, OpportunityCapacity.power(0.0, 0.5), 0.0);
    }
}
