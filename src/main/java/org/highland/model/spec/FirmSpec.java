package org.highland.model.spec;

import org.highland.model.Param;

/** Decision rules shared by all firms. */
public record FirmSpec(
        @Param(unit = "share_per_year", min = 0.05, max = 0.20, doc = "discount rate firms apply to a project's expected cash flows (cost of capital of biotech project valuation, typically 10-15 %)")
        double discountRatePerYear,
        @Param(unit = "share", min = 0, max = 1, doc = "share of a route's log-sd of peak sales (peakSalesSigma) the firm knows when deciding: an opportunity's quality has log-sd share x peakSalesSigma, the rest, peakSalesSigma x sqrt(1 - share^2), is revealed at launch (assumption)")
        double knownQualityShare,
        @Param(unit = "elasticity", min = 0, max = 1.5, doc = "elasticity of a region and sector's opportunities per firm with respect to its firms' mean revenue relative to the start year: 0 = firm size only shares out the region's opportunities among its firms; the sector's opportunitySizeElasticity = opportunities grow with the mean firm (assumption: research productivity falls as R&D grows, Bloom et al. 2020)")
        double opportunityMeanSizeElasticity,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "initial growth of the arrival rate of project opportunities (drug review reform from 2015; calibrated)")
        double innovationTrend,
        @Param(unit = "year", min = 0.1, max = 1000, doc = "e-folding time of the innovation trend's decay")
        double innovationTrendDecayYears,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of project starts in the years before the start year: the pipeline under way at the start is thinner in the later stages (calibrated)")
        double pipelineGrowthBeforeStart,
        @Param(unit = "share", min = 0, max = 2, doc = "long-run organic growth as a share of the start-year rate (industries mature)")
        double longRunGrowthShare,
        @Param(unit = "year", min = 0.1, max = 1000, doc = "e-folding time of the convergence to long-run growth")
        double growthConvergenceYears,
        @Param(unit = "month", min = 1, max = 1200, doc = "e-folding time of a firm's growth deviation from its sector trend")
        double growthPersistenceMonths,
        @Param(unit = "month", min = 1, max = 120, doc = "months of negative cash before a firm exits")
        double exitGraceMonths,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e4, doc = "revenue above which a firm counts as 'output above 20 million yuan'")
        double largeFirmRevenueMillion,
        @Param(unit = "share", min = 0, max = 1, doc = "high-tech certification: R&D share of revenue required of small firms (<50 M)")
        double hightechRdShareSmall,
        @Param(unit = "share", min = 0, max = 1, doc = "high-tech: R&D share required of mid-sized firms (50-200 M)")
        double hightechRdShareMid,
        @Param(unit = "share", min = 0, max = 1, doc = "high-tech: R&D share required of large firms (>200 M)")
        double hightechRdShareLarge,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e5, doc = "revenue that makes a firm eligible to list")
        double listingRevenueMillion,
        @Param(unit = "count", min = 0, max = 100, doc = "clinical projects that make an innovative-drug firm eligible to list without revenue (STAR market)")
        double listingClinicalProjects,
        @Param(unit = "month", min = 1, max = 240, doc = "mean months from eligibility to listing")
        double listingDelayMonths,
        @Param(unit = "million_yuan", min = 0, max = 1e5, doc = "median cash raised at listing")
        double ipoRaiseMillion,
        @Param(unit = "ratio", min = 0, max = 1, doc = "stretch of a firm's discovery and clinical stages per unit of its staff shortage (1 - fill of senior R&D; of the scarcer of senior and leading in clinical phases)")
        double shortageDelay) {
}
