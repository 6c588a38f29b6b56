package org.highland.model.spec;

import org.highland.model.Param;

/**
 * Region-level TCM cultivation: planting area, harvest and farm-gate value, and what growers
 * weigh when a field's use comes up for review (docs/ODD.md, TCM land use).
 */
public record TcmCultivationSpec(
        @Param(unit = "mu", min = 0, max = 1e9, doc = "planting area at the start")
        double plantingAreaMu,
        @Param(unit = "tonne_per_mu", min = 0, max = 100, doc = "harvest per mu at the start")
        double yieldTonnesPerMu,
        @Param(unit = "yuan_per_tonne", min = 0, max = 1e8, doc = "farm-gate price at the start")
        double priceYuanPerTonne,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of planting area without support: the net conversion the no-policy margins yield (the land-use decision is anchored to it)")
        double areaGrowth,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of yield per mu")
        double yieldGrowth,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of price per tonne")
        double priceGrowth,
        @Param(unit = "yuan_per_mu_year", min = 0, max = 1e5, doc = "cultivation cost of TCM herbs per mu and year, labour included (trade sources: Atractylodes 6,750-9,050 yuan per mu over an 18-24-month cycle, Jiangsu/Zhejiang 2023; assumption 3,000-8,000)")
        double cultivationCostYuanPerMu,
        @Param(unit = "yuan_per_mu_year", min = -1e4, max = 1e4, doc = "net profit per mu of the alternative crop, grain (National Compilation of Agricultural Cost and Benefit Data: three-grain average 2015-2020 about -24 yuan, yearly -86 to +47)")
        double grainMarginYuanPerMu,
        @Param(unit = "share_per_year", min = 0, max = 1, doc = "share of the herb area (and of its candidate farmland) whose use is reviewed each year (assumption 0.05-0.3: herbs are 1-3-year crops, land leases 3-10 years)")
        double landReviewShare,
        @Param(unit = "yuan_per_mu_year", min = 1, max = 1e6, doc = "logit scale of the land-use choice: the margin gap that moves the log-odds of herbs by one (assumption 1,000-10,000)")
        double landUseScaleYuanPerMu) {
}
