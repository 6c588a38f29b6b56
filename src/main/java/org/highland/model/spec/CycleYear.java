package org.highland.model.spec;

import org.highland.model.Param;

/** One year of the national venture cycle: the four regions' pool relative to the start year. */
public record CycleYear(
        @Param(unit = "year", min = 2000, max = 2100, doc = "calendar year the index applies to (until the next listed year)")
        int year,
        @Param(unit = "index", min = 0, max = 1000, doc = "national biomedical VC/PE investment relative to the first listed year")
        double index) {
}
