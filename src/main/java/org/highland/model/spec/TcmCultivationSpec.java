package org.highland.model.spec;

import org.highland.model.Param;

/** Region-level TCM cultivation: planting area, harvest and farm-gate value. */
public record TcmCultivationSpec(
        @Param(unit = "mu", min = 0, max = 1e9, doc = "planting area at the start")
        double plantingAreaMu,
        @Param(unit = "tonne_per_mu", min = 0, max = 100, doc = "harvest per mu at the start")
        double yieldTonnesPerMu,
        @Param(unit = "yuan_per_tonne", min = 0, max = 1e8, doc = "farm-gate price at the start")
        double priceYuanPerTonne,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of planting area")
        double areaGrowth,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of yield per mu")
        double yieldGrowth,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of price per tonne")
        double priceGrowth) {
}
