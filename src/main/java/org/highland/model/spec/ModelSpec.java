package org.highland.model.spec;

import java.util.Map;

/** Everything the model reads, apart from the policies. */
public record ModelSpec(
        TimeSpec time,
        Map<String, RegionSpec> regions,
        SectorsSpec sectors,
        RoutesSpec routes,
        FirmSpec firms,
        EntrySpec entry,
        TalentSpec talent,
        CapitalSpec capital,
        TaxSpec tax,
        LocationSpec location) {
}
