package org.highland.model.spec;

import org.highland.model.Param;

/**
 * Region-level elderly-care provision: institutions and beds, and what an operator weighs before
 * opening one (docs/ODD.md, elderly-care investment).
 */
public record ElderlyCareSpec(
        @Param(unit = "count", min = 0, max = 1e7, doc = "elderly-care institutions at the start")
        double institutions,
        @Param(unit = "count", min = 0, max = 1e5, doc = "beds per institution at the start")
        double bedsPerInstitution,
        @Param(unit = "share", min = 0, max = 1, doc = "share of institutions run privately")
        double privateShare,
        @Param(unit = "share", min = 0, max = 1, doc = "share of beds that are nursing beds")
        double nursingBedShare,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of the number of institutions without support: the openings potential is anchored to it")
        double institutionGrowth,
        @Param(unit = "share_per_year", min = 0, max = 1, doc = "share of institutions that close each year: openings are the net growth plus closures, and only openings respond to support (assumption 0.01-0.08)")
        double closureRate,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of beds per institution")
        double bedsPerInstitutionGrowth,
        @Param(unit = "yuan_per_bed_month", min = 0, max = 1e5, doc = "fee per occupied bed and month (assumption 1,500-5,000)")
        double monthlyFeeYuan,
        @Param(unit = "share", min = 0, max = 1, doc = "bed occupancy (Beijing 2016: 53 % of registered beds in use, Zhu and Qiao 2018; assumption 0.4-0.7)")
        double occupancy,
        @Param(unit = "yuan_per_bed_year", min = 0, max = 1e6, doc = "operating cost per bed and year: carers, food, utilities (assumption 8,000-20,000)")
        double operatingCostYuanPerBed,
        @Param(unit = "yuan_per_bed", min = 0, max = 1e7, doc = "construction cost per new bed (assumption 30,000-150,000)")
        double constructionCostYuanPerBed,
        @Param(unit = "year", min = 1, max = 100, doc = "years a bed earns its margin (assumption 10-30)")
        double bedLifeYears,
        @Param(unit = "yuan_per_bed", min = 1, max = 1e7, doc = "logit scale of the opening decision: the NPV per bed that moves the log-odds of opening by one (assumption 10,000-100,000)")
        double investmentScaleYuanPerBed) {
}
