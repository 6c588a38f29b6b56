package org.highland.model.spec;

import org.highland.model.Param;

/** Venture capital: how much flows into a region and to which firms. */
public record CapitalSpec(
        @Param(unit = "million_yuan", min = 0, max = 1e5, doc = "median financing round")
        double dealMedianMillion,
        @Param(unit = "log_sd", min = 0, max = 5, doc = "lognormal sd of a round")
        double dealSigma,
        @Param(unit = "year", min = 0.1, max = 1000, doc = "e-folding time of the decay of each region's venture trend")
        double trendDecayYears,
        @Param(unit = "elasticity", min = 0, max = 5, doc = "response of regional venture volume to its clinical pipeline relative to the start")
        double pipelineElasticity,
        @Param(unit = "weight", min = 0, max = 1000, doc = "allocation weight of a project in discovery")
        double discoveryWeight,
        @Param(unit = "weight", min = 0, max = 1000, doc = "allocation weight of a project in phase I, II or III")
        double clinicalWeight,
        @Param(unit = "weight", min = 0, max = 1000, doc = "allocation weight of an innovative-drug firm before any project (seed rounds)")
        double innovatorWeight,
        @Param(unit = "weight_per_million_yuan", min = 0, max = 1000, doc = "allocation weight per million yuan of annual revenue")
        double revenueWeight) {
}
