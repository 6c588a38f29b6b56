package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.model.spec.LocationSpec;
import org.highland.model.spec.ParkSpec;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The location choice of entrants: the start-year odds are the parks' entry weights (at any
 * scale, and in the sampled entries within sampling error); a cheaper park takes more entrants
 * than an otherwise equal one; a full park takes none; agglomeration rises with density.
 */
class ParkChoiceTest {
    private static final String QIANTANG = "Qiantang Pharmaceutical Port";

    @TempDir
    Path dir;

    @Test
    void theStartOddsOfEveryParkAreItsEntryWeightAtAnyScale() {
        for (double scale : new double[] {0.03, 0.1}) {
            World world = ModelRuns.start(Scenarios.defaults(), scale, 5, 0).world();
            for (int r = 0; r < world.regionCount(); r++) {
                Region region = world.region(r);
                double total = 1;
                for (int p = 0; p < region.parkCount() - 1; p++) {
                    total += region.park(p).spec.entryWeight();
                }
                for (int p = 0; p < region.parkCount(); p++) {
                    Park park = region.park(p);
                    double odds = park.isRemainder() ? 1 : park.spec.entryWeight();
                    assertEquals(odds / total, region.parkChoice().share(p), 1e-12, region.name + "/" + park.name);
                }
                assertEquals(region.parkChoice().startLogsum(), region.parkChoice().logsum(), 1e-12);
            }
        }
    }

    @Test
    void firstYearEntrantsFollowTheEntryWeightsWithinSamplingError() {
        Scenario scenario = Scenarios.defaults().withEndYear(2015);
        List<ReplicationResult> results = new ArrayList<>();
        double scale = 0.1;
        for (int k = 0; k < 8; k++) {
            results.add(HighlandSim.run(scenario, scale, 7, k));
        }
        World world = ModelRuns.start(scenario, scale, 7, 0).world();
        Region zhejiang = world.region("Zhejiang");
        double entrants = 0;
        for (ReplicationResult result : results) {
            entrants += result.value("enterprise_entries", "Zhejiang", 2015) * scale;
        }
        assertTrue(entrants > 500, "too few entrants to test: " + entrants);
        for (int p = 0; p < zhejiang.parkCount() - 1; p++) {
            Park park = zhejiang.park(p);
            double observed = 0;
            for (ReplicationResult result : results) {
                observed += result.value("enterprise_entries", "Zhejiang/park:" + park.name, 2015) * scale;
            }
            double expected = zhejiang.parkChoice().share(p);
            double sd = Math.sqrt(expected * (1 - expected) / entrants);
            assertTrue(Math.abs(observed / entrants - expected) < 3.5 * sd, String.format(Locale.ROOT,
                    "%s: share of 2015 entrants %.4f, start odds give %.4f (sd %.4f)", park.name, observed / entrants, expected, sd));
        }
    }

    @Test
    void aCheaperParkTakesMoreEntrantsThanAnEqualOneAndAFullParkNone() {
        Scenario scenario = ModelRuns.scenario(dir, "equal-parks", """
                time: {startYear: 2015, endYear: 2021}
                regions:
                  Zhejiang:
                    parks:
                      Shaoxing Binhai New Area: {initialFirmShare: 0.05, initialOutputShare: 0.08, capacityFirms: 1500,
                                                 platforms: 1, entryWeight: 0.07, rentMillion: 0.22}
                      Taizhou Pharmaceutical Base: {initialFirmShare: 0.05, initialOutputShare: 0.08, capacityFirms: 1500,
                                                    platforms: 1, entryWeight: 0.07, rentMillion: 0.22}
                      Hangzhou High-tech Zone: {capacityFirms: 0}
                policies:
                  cheaper: {type: park-investment, region: Zhejiang, park: Shaoxing Binhai New Area, startYear: 2016,
                            annualBudgetMillion: 100000, investmentMillion: 0, extraCapacityFirms: 0, extraPlatforms: 0,
                            rentSubsidyPerFirmMillion: 0.2}
                """);
        double cheap = 0;
        double dear = 0;
        for (int k = 0; k < 6; k++) {
            ReplicationResult result = HighlandSim.run(scenario, 0.05, 11, k);
            for (int year = 2016; year <= 2021; year++) {
                cheap += result.value("enterprise_entries", "Zhejiang/park:Shaoxing Binhai New Area", year);
                dear += result.value("enterprise_entries", "Zhejiang/park:Taizhou Pharmaceutical Base", year);
            }
            for (int year = 2015; year <= 2021; year++) {
                assertEquals(0.0, result.value("enterprise_entries", "Zhejiang/park:Hangzhou High-tech Zone", year),
                        "a full park took entrants in " + year);
                assertEquals(0.0, result.value("relocations_in", "Zhejiang/park:Hangzhou High-tech Zone", year),
                        "firms moved into a full park in " + year);
            }
        }
        assertTrue(cheap > 1.2 * dear, "subsidised park " + cheap + " entrants, equal park without subsidy " + dear);
    }

    @Test
    void utilityFallsWithRentAndRisesWithPlatformsAndDensity() {
        LocationSpec spec = Scenarios.defaults().location();
        double base = ParkChoice.attributeUtility(spec, 0.3, 2, 1.0);
        assertTrue(ParkChoice.attributeUtility(spec, 0.2, 2, 1.0) > base);
        assertTrue(ParkChoice.attributeUtility(spec, 0.3, 3, 1.0) > base);
        assertTrue(ParkChoice.attributeUtility(spec, 0.3, 2, 1.5) > base);
    }

    @Test
    void congestionRaisesRentConvexlyTowardsCapacity() {
        LocationSpec spec = Scenarios.defaults().location();
        double base = 0.3;
        assertEquals(base, Park.congestedRent(base, 0, spec), 1e-12);
        assertEquals(base * (1 + spec.congestionRentRise()), Park.congestedRent(base, 1, spec), 1e-12);
        assertEquals(base * (1 + spec.congestionRentRise()), Park.congestedRent(base, 1.5, spec), 1e-12);
        double low = Park.congestedRent(base, 0.5, spec) - Park.congestedRent(base, 0.4, spec);
        double high = Park.congestedRent(base, 0.95, spec) - Park.congestedRent(base, 0.85, spec);
        assertTrue(high > 3 * low, "rent should rise fastest near capacity: " + low + " vs " + high);
        assertEquals(1.0, Park.occupancy(0, 0), 0);
        assertEquals(0.0, Park.occupancy(50, Double.POSITIVE_INFINITY), 0);
    }

    @Test
    void agglomerationRisesWithDensityLikeItsLogAndIsZeroWhenEmpty() {
        assertEquals(0.0, Park.agglomeration(0, 1000), 0);
        assertEquals(Math.log(2), Park.agglomeration(1000, 1000), 1e-12);
        assertEquals(Math.log(1000), Park.agglomeration(1e6, 1000), 1e-3);
        double previous = -1;
        for (double density = 0; density <= 5000; density += 250) {
            double a = Park.agglomeration(density, 1000);
            assertTrue(a > previous, "not rising at " + density);
            previous = a;
        }
    }

    @Test
    void aParksGrowthBonusIsItsDensityTermAtFullScaleEquivalents() {
        LocationSpec spec = Scenarios.defaults().location();
        double[] bonus = new double[2];
        double[] scales = {0.05, 0.2};
        // Several population draws per scale: one draw of a thinned park of about 50 firms has a
        // Poisson spread of 14 %, as wide as the tolerance below.
        int draws = 6;
        for (int s = 0; s < 2; s++) {
          for (int k = 0; k < draws; k++) {
            World world = ModelRuns.start(Scenarios.defaults(), scales[s], 5, k).world();
            for (int r = 0; r < world.regionCount(); r++) {
                Region region = world.region(r);
                for (int p = 0; p < region.parkCount(); p++) {
                    Park park = region.park(p);
                    ParkSpec parkSpec = park.spec;
                    double expected = park.isRemainder() ? 0 : parkSpec.growthBonus() + spec.agglomerationElasticity()
                            * Math.log1p(park.firms() / scales[s] / spec.referenceDensityFirms());
                    assertEquals(expected, park.growthBonus(), 1e-12, region.name + "/" + park.name);
                }
            }
            Region zhejiang = world.region("Zhejiang");
            for (int p = 0; p < zhejiang.parkCount(); p++) {
                if (zhejiang.park(p).name.equals(QIANTANG)) {
                    bonus[s] += zhejiang.park(p).growthBonus() / draws;
                }
            }
          }
        }
        // The same density at full scale, whatever the thinning (up to the population draw).
        assertEquals(bonus[1], bonus[0], 0.1 * bonus[1]);
    }

    @Test
    void strongerAgglomerationRaisesTheOutputOfParkFirms() {
        double weak = 0;
        double strong = 0;
        for (int k = 0; k < 3; k++) {
            weak += qiantangOutput(0.0, k);
            strong += qiantangOutput(0.08, k);
        }
        assertTrue(strong > 1.05 * weak, "Qiantang output " + weak + " without, " + strong + " with agglomeration");
    }

    private double qiantangOutput(double elasticity, int replication) {
        Scenario scenario = ModelRuns.scenario(dir, "agglomeration", "time: {startYear: 2015, endYear: 2019}\n",
                "location.agglomerationElasticity=" + elasticity);
        return HighlandSim.run(scenario, 0.05, 13, replication)
                .value("biomedicine_industrial_output", "Zhejiang/park:" + QIANTANG, 2019);
    }
}
