package org.highland.model.spec;

import org.highland.model.Param;

/** An industrial park inside a region. Firms outside every park are the region's remainder. */
public record ParkSpec(
        String city,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the region's 2015 firms located here")
        double initialFirmShare,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the region's 2015 biomedicine output produced here")
        double initialOutputShare,
        @Param(unit = "count", min = 0, max = 1e6, doc = "firms the park can host (full scale); rent rises towards it and a full park takes nobody")
        double capacityFirms,
        @Param(unit = "count", min = 0, max = 20, doc = "shared platforms (CRO/CDMO, animal, GMP pilot)")
        double platforms,
        @Param(unit = "weight", min = 0, max = 1000, doc = "start-year odds of an entrant choosing this park against outside any park (1): exp of the park's alternative-specific constant")
        double entryWeight,
        @Param(unit = "million_yuan_per_firm_year", min = 0, max = 100, doc = "rent of a firm's site in the park before congestion and subsidy")
        double rentMillion,
        @Param(unit = "share_per_year", min = -0.5, max = 0.5, doc = "park-specific revenue growth on top of the density-driven agglomeration term")
        double growthBonus) {
}
