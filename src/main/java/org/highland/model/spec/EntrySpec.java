package org.highland.model.spec;

import org.highland.model.Param;

/** How new firms appear; where they go is {@link LocationSpec}. */
public record EntrySpec(
        @Param(unit = "million_yuan", min = 0, max = 1e5, doc = "median registered capital of an entrant; Hangzhou 2018: 8.569 B yuan over 1003 firms")
        double registeredCapitalMedianMillion,
        @Param(unit = "log_sd", min = 0, max = 5, doc = "lognormal sd of registered capital")
        double registeredCapitalSigma,
        @Param(unit = "share", min = 0, max = 1, doc = "share of registered capital paid in as starting cash")
        double paidInShare,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e5, doc = "median first-year revenue of an entrant")
        double revenueMedianMillion,
        @Param(unit = "log_sd", min = 0, max = 5, doc = "lognormal sd of an entrant's revenue")
        double revenueSigma,
        @Param(unit = "year", min = 0, max = 20, doc = "years of early financing a founder counts on: the expected financing a year, times these years, enters the entry utility at the location choice's rent utility per million yuan (assumption 1-5: the young-firm years of seed and early rounds)")
        double earlyFinancingYears) {
}
