package org.highland.model.spec;

import java.util.List;
import org.highland.model.Param;

/**
 * Venture capital: how much flows into the four regions (a national cycle), how it is shared
 * between them (by the value of their pipelines), to which firms, and what a distressed firm's
 * pipeline fetches when it is sold.
 */
public record CapitalSpec(
        @Param(unit = "million_yuan", min = 0, max = 1e5, doc = "median financing round")
        double dealMedianMillion,
        @Param(unit = "log_sd", min = 0, max = 5, doc = "lognormal sd of a round")
        double dealSigma,
        /** National cycle by year, held at the last listed value after the data end (source in defaults.yaml). */
        List<CycleYear> nationalCycle,
        @Param(unit = "elasticity", min = 0, max = 3, doc = "response of a region's share of the national pool to its pipeline value relative to the start (assumption, plausible 0-1.5)")
        double valueElasticity,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "investor preference per million yuan of expected value of a project in discovery or IND filing")
        double discoveryWeight,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "investor preference per million yuan of expected value of a project in phase I-III or NDA")
        double clinicalWeight,
        @Param(unit = "weight", min = 0, max = 1e5, doc = "allocation weight of an innovative-drug firm before any project (seed rounds), in million yuan of preferred value")
        double innovatorWeight,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "allocation weight per million yuan of annual revenue")
        double revenueWeight,
        @Param(unit = "share_per_year", min = 0.05, max = 0.20, doc = "discount rate at which innovatorWeight and revenueWeight are stated: at another firms.discountRatePerYear they scale as a new innovative-drug project's value (innovatorWeight) and a marketed product's sales (revenueWeight) do, as the pipelines' values do (a unit, not a behaviour)")
        double weightsDiscountRatePerYear,
        @Param(unit = "share", min = 0, max = 2, doc = "price of a distressed firm as a share of its pipeline value (assumption, plausible 0.1-0.8)")
        double acquisitionPriceShare) {
}
