package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.highland.model.spec.LocationSpec;
import org.highland.model.spec.ParkSpec;
import org.highland.model.spec.RouteSpec;
import org.highland.model.spec.SectorWeights;
import org.highland.model.spec.StageSpec;
import org.highland.model.spec.TaxSpec;
import org.highland.model.spec.TimeSpec;
import org.junit.jupiter.api.Test;

/**
 * A park's and a route's arithmetic against hand-computed values: occupancy, congestion rent,
 * agglomeration, the platforms' stage-cost factor, room and vacancy; a route's reach
 * probabilities, expected cost and monthly decline; and the small derived numbers of the specs.
 */
class ParkAndRouteRulesTest {
    /** Congestion rise 2 with power 2, 5 % per platform capped at 30 %, moving cost 3 M over 6 years at -2 per M. */
    private static final LocationSpec LOCATION = new LocationSpec(0.5, 2.0, 2.0, 0.05, 0.3, 0.03, 1000,
            -2.0, 0.1, 0.5, 1.0, 0.5, 0.003, 3.0, 6.0, 12.0);

    @Test
    void occupancyAndCongestionRent() {
        assertEquals(0.0, Park.occupancy(50, Double.POSITIVE_INFINITY), 0.0, "outside any park");
        assertEquals(1.0, Park.occupancy(0, 0), 0.0, "a park without room");
        assertEquals(0.25, Park.occupancy(5, 20), 0.0);
        // 1.5 x (1 + 2 x 0.5^2) = 2.25; occupancy above 1 counts as 1: 1.5 x 3; below 0 as 0.
        assertEquals(2.25, Park.congestedRent(1.5, 0.5, LOCATION), 1e-12);
        assertEquals(4.5, Park.congestedRent(1.5, 1.7, LOCATION), 1e-12);
        assertEquals(1.5, Park.congestedRent(1.5, -0.3, LOCATION), 1e-12);
    }

    @Test
    void agglomerationAndPlatformSavings() {
        // ln(1 + 3000 / 1000) = ln 4; an empty (or negative) density adds nothing.
        assertEquals(Math.log(4), Park.agglomeration(3000, 1000), 1e-12);
        assertEquals(0.0, Park.agglomeration(-5, 1000), 0.0);
        // 1 - 0.05 x 4 = 0.8; 10 platforms would save 50 %, capped at 30 %; none saves nothing.
        assertEquals(0.8, Park.stageCostFactor(4, LOCATION), 1e-12);
        assertEquals(0.7, Park.stageCostFactor(10, LOCATION), 1e-12);
        assertEquals(1.0, Park.stageCostFactor(-2, LOCATION), 0.0);
        // Moving: 2 x 3 / 6 = 1 utility; to another region 2 x 12 / 6 = 4.
        assertEquals(1.0, LOCATION.movingCostUtility(), 1e-12);
        assertEquals(4.0, LOCATION.regionMoveUtility(), 1e-12);
    }

    @Test
    void aParksRoomAndDensityAtModelScale() {
        ParkSpec spec = new ParkSpec("Hangzhou", 0.2, 0.3, 400, 3, 1.0, 1.2, 0.01);
        Park park = new Park(0, "medicine port", spec, 0.05);
        assertEquals(20, park.capacity(), 1e-12, "400 places at scale 0.05");
        assertEquals(3, park.platforms(), 0.0);
        assertEquals("Hangzhou", park.city());
        assertFalse(park.isRemainder());
        park.firms = 19;
        assertTrue(park.hasRoom());
        assertEquals(380, park.density(0.05), 1e-9, "19 firms stand for 380");
        assertEquals(20, park.vacancy(0.05), 1e-9, "one free place stands for 20");
        park.firms = 20;
        assertFalse(park.hasRoom(), "full at capacity");
        park.invest(5, 2);
        assertEquals(25, park.capacity(), 1e-12);
        assertEquals(5, park.platforms(), 0.0);
        assertTrue(park.hasRoom());

        Park outside = new Park(1, "outside any park", null, 0.05);
        assertTrue(outside.isRemainder());
        assertNull(outside.city());
        assertEquals(0, outside.platforms(), 0.0);
        assertTrue(Double.isInfinite(outside.capacity()));
        outside.firms = 1000;
        assertTrue(outside.hasRoom());
    }

    @Test
    void aRouteCompilesReachCostAndDecline() {
        List<StageSpec> stages = List.of(
                new StageSpec(Stage.DISCOVERY, 0.5, 12, 0.3, 1.0, 0),
                new StageSpec(Stage.PHASE1, 0.4, 10, 0.3, 2.0, 1),
                new StageSpec(Stage.PHASE2, 0.25, 20, 0.3, 3.0, 1));
        // Post-exclusivity decline 0.19 a year: 0.81^(1/12) a month.
        RouteSpec spec = new RouteSpec(stages, 1000, 1.0, 30.5, 120, 0.19, 10, 0.3, 1.0);
        Route route = new Route(ProjectKind.INNOVATIVE_DRUG, spec, 0.8);
        assertEquals(3, route.stageCount());
        assertEquals(Stage.PHASE1, route.stage(1));
        assertEquals(1.0, route.reachProbability(0), 0.0);
        assertEquals(0.5, route.reachProbability(1), 1e-15);
        assertEquals(0.2, route.reachProbability(2), 1e-15);
        assertEquals(0.05, route.approvalProbability, 1e-15);
        // 12 x 1 + 0.5 x 10 x 2 + 0.2 x 20 x 3 = 12 + 10 + 12 = 34.
        assertEquals(34, route.expectedCostMillion, 1e-12);
        assertEquals(30, route.lastRampMonth);
        assertEquals(30.5, route.rampMonths, 0.0);
        assertEquals(120, route.exclusivityMonths, 0.0);
        assertEquals(Math.pow(0.81, 1.0 / 12), route.monthlyPostExclusivityFactor, 1e-15);
        assertEquals(20, route.meanMonths(2), 0.0);
        assertEquals(3.0, route.costPerMonth(2), 0.0);
        assertEquals(1.0, route.trialRegistrations[1], 0.0);
        assertEquals(0.25, route.successProbability[2], 0.0);
        assertEquals(0.3, route.durationCv[0], 0.0);
    }

    @Test
    void theSpecsDerivedNumbers() {
        TimeSpec time = new TimeSpec(2015, 2035);
        assertEquals(21, time.years());
        assertEquals(252, time.months());
        assertEquals(10, new TaxSpec(0.25, 0.15, 5, 9.5, 2018).maxCarryYears(), "9.5 years rounds up");
        assertEquals(6, new TaxSpec(0.25, 0.15, 5.2, 3, 2018).maxCarryYears());
        SectorWeights weights = new SectorWeights(1, 2, 4, 8, 16, 32);
        assertEquals(63, weights.sum(), 0.0, "each sector counted once");
        assertEquals(8, weights.of(Sector.CXO), 0.0);
    }
}
