package org.highland.model.spec;

import org.highland.model.Param;

/** Region-level elderly-care provision: institutions and beds. */
public record ElderlyCareSpec(
        @Param(unit = "count", min = 0, max = 1e7, doc = "elderly-care institutions at the start")
        double institutions,
        @Param(unit = "count", min = 0, max = 1e5, doc = "beds per institution at the start")
        double bedsPerInstitution,
        @Param(unit = "share", min = 0, max = 1, doc = "share of institutions run privately")
        double privateShare,
        @Param(unit = "share", min = 0, max = 1, doc = "share of beds that are nursing beds")
        double nursingBedShare,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of the number of institutions")
        double institutionGrowth,
        @Param(unit = "share_per_year", min = -0.5, max = 1, doc = "growth of beds per institution")
        double bedsPerInstitutionGrowth) {
}
