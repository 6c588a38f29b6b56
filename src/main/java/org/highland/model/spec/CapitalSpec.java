package org.highland.model.spec;

import java.util.List;
import org.highland.model.Param;
import org.highland.model.Retired;

/**
 * Venture capital: how much flows into the four regions (a national cycle), how it is shared
 * between them (by the value of their pipelines), to which firms, and what a distressed firm's
 * pipeline fetches when it is sold.
 */
@Retired(name = "innovatorWeight", advice = "the seed weight is now a share of a new innovative-drug project's value:"
        + " set innovatorProjectShare to the old weight divided by that value (10.5 M yuan at the default"
        + " innovative-drug route, 21.2 at the baseline's: 15 becomes 1.4254 at the default route and 0.707 at"
        + " the baseline's); docs/ODD.md 7.4")
@Retired(name = "weightsDiscountRatePerYear", advice = "it now states the revenue weight alone: rename it to"
        + " revenueWeightDiscountRatePerYear (the seed weight follows the firms' rate through the project's value)")
public record CapitalSpec(
        @Param(unit = "million_yuan", min = 0, max = 1e5, doc = "median financing round")
        double dealMedianMillion,
        @Param(unit = "log_sd", min = 0, max = 5, doc = "lognormal sd of a round")
        double dealSigma,
        /** National cycle by year, held at the last listed value after the data end (source in defaults.yaml). */
        List<CycleYear> nationalCycle,
        @Param(unit = "elasticity", min = 0, max = 3, doc = "response of a region's share of the national pool to its pipeline value relative to the start (assumption, plausible 0-1.5)")
        double valueElasticity,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "investor preference per million yuan of expected value of a project in discovery or IND filing (and of a seed firm's value, innovatorProjectShare)")
        double discoveryWeight,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "investor preference per million yuan of expected value of a project in phase I-III or NDA")
        double clinicalWeight,
        @Param(unit = "share", min = 0, max = 100, doc = "allocation weight of an innovative-drug firm before any project (seed rounds), as a multiple (it may exceed 1) of a new innovative-drug project's preferred value: the expected value at discovery of an opportunity of median quality before policy support, times discoveryWeight; so it follows the route's sales, margin, odds and durations and the firms' discount rate, as the pipelines' weights do")
        double innovatorProjectShare,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "allocation weight per million yuan of annual revenue")
        double revenueWeight,
        @Param(unit = "share_per_year", min = 0.05, max = 0.20, doc = "discount rate at which revenueWeight is stated: at another firms.discountRatePerYear it scales as a marketed product's sales do, as the pipelines' values do (a unit, not a behaviour)")
        double revenueWeightDiscountRatePerYear,
        @Param(unit = "share", min = 0, max = 2, doc = "price of a distressed firm as a share of its pipeline value (assumption, plausible 0.1-0.8)")
        double acquisitionPriceShare) {
}
