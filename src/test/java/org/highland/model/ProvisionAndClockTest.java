package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.highland.model.spec.ElderlyCareSpec;
import org.highland.model.spec.FirmSpec;
import org.highland.model.spec.TcmCultivationSpec;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The world's clock (year, month of the year, the innovation and growth levels) and the
 * provision outside the firms (herb area, yield and price, care institutions and beds), which
 * start growing at their annual trends, a twelfth root a month, the year after the start.
 */
class ProvisionAndClockTest {
    @Test
    void theClockSetsTheYearAndTheTrendLevels() {
        World world = new World(Scenarios.defaults().model(), 0.1, 1, 0);
        FirmSpec firms = world.firmSpec();
        world.beginMonth(30);
        assertEquals(world.time.startYear() + 2, world.year());
        assertEquals(6, world.monthOfYear());
        assertEquals(30, world.month());
        assertEquals(Trend.level(firms.innovationTrend(), firms.innovationTrendDecayYears(), 2.5), world.innovationLevel, 1e-15);
        double share = firms.longRunGrowthShare();
        assertEquals(share + (1 - share) * Math.exp(-2.5 / firms.growthConvergenceYears()), world.growthLevel, 1e-15);
    }

    @Test
    void provisionGrowsAtItsTrendsFromTheSecondYear() {
        World world = new World(Scenarios.defaults().model(), 0.1, 1, 0);
        ProvisionProcess provision = new ProvisionProcess(world);
        Region region = world.region("Zhejiang");
        TcmCultivationSpec tcm = region.spec.tcmCultivation();
        ElderlyCareSpec care = region.spec.elderlyCare();
        world.beginMonth(11);
        provision.step(null);
        assertEquals(tcm.plantingAreaMu(), region.tcmPlantingAreaMu(), 0.0, "the start year keeps the spec's levels");
        assertEquals(care.institutions(), region.elderlyInstitutions(), 0.0);

        world.beginMonth(12);
        provision.step(null);
        // Without subsidies growers and operators follow the trends.
        double area = tcm.plantingAreaMu() * Math.pow(1 + tcm.areaGrowth(), 1.0 / 12);
        double yield = tcm.yieldTonnesPerMu() * Math.pow(1 + tcm.yieldGrowth(), 1.0 / 12);
        double price = tcm.priceYuanPerTonne() * Math.pow(1 + tcm.priceGrowth(), 1.0 / 12);
        assertEquals(area, region.tcmPlantingAreaMu(), 1e-9 * area);
        assertEquals(area * yield, region.tcmOutputTonnes(), 1e-9 * area * yield);
        assertEquals(area * yield * price / 1e9, region.tcmAgriculturalValueBillion(), 1e-9 * area * yield * price / 1e9);
        double institutions = care.institutions() * Math.pow(1 + care.institutionGrowth(), 1.0 / 12);
        double beds = care.bedsPerInstitution() * Math.pow(1 + care.bedsPerInstitutionGrowth(), 1.0 / 12);
        assertEquals(institutions, region.elderlyInstitutions(), 1e-9 * institutions);
        assertEquals(institutions * beds, region.elderlyBeds(), 1e-9 * institutions * beds);
    }
}
