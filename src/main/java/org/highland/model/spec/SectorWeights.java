package org.highland.model.spec;

import org.highland.model.Param;
import org.highland.model.Sector;

/** One non-negative number per sector (shares, weights or rates, as the owner says). */
public record SectorWeights(
        @Param(unit = "share", min = 0, max = 1e6) double innovativeDrug,
        @Param(unit = "share", min = 0, max = 1e6) double genericDrug,
        @Param(unit = "share", min = 0, max = 1e6) double medicalDevice,
        @Param(unit = "share", min = 0, max = 1e6) double cxo,
        @Param(unit = "share", min = 0, max = 1e6) double tcm,
        @Param(unit = "share", min = 0, max = 1e6) double healthService) {

    /** The values in {@link Sector} order. */
    public double[] toArray() {
        return new double[] {innovativeDrug, genericDrug, medicalDevice, cxo, tcm, healthService};
    }

    public double of(Sector sector) {
        return toArray()[sector.ordinal()];
    }

    public double sum() {
        return innovativeDrug + genericDrug + medicalDevice + cxo + tcm + healthService;
    }
}
