package org.highland.model.spec;

import org.highland.model.Param;

/** An industrial park inside a region. Firms outside every park are the region's remainder. */
public record ParkSpec(
        String city,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the region's 2015 firms located here")
        double initialFirmShare,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the region's 2015 biomedicine output produced here")
        double initialOutputShare,
        @Param(unit = "count", min = 0, max = 1e6, doc = "firms the park can host before congestion")
        double capacityFirms,
        @Param(unit = "count", min = 0, max = 20, doc = "shared platforms (CRO/CDMO, animal, GMP pilot)")
        double platforms,
        @Param(unit = "weight", min = 0, max = 1000, doc = "attractiveness to entrants relative to outside any park (1)")
        double entryWeight,
        @Param(unit = "share_per_year", min = -0.5, max = 0.5, doc = "extra revenue growth of firms here (agglomeration)")
        double growthBonus) {
}
