package org.highland.model.spec;

import org.highland.model.Param;

/** Base preference of a sector's firms for each project kind (0 = never starts that kind). */
public record KindWeights(
        @Param(unit = "weight", min = 0, max = 1000) double innovativeDrug,
        @Param(unit = "weight", min = 0, max = 1000) double genericDrug,
        @Param(unit = "weight", min = 0, max = 1000) double class3Device,
        @Param(unit = "weight", min = 0, max = 1000) double otherDevice,
        @Param(unit = "weight", min = 0, max = 1000) double tcmProduct) {

    /** The weights in {@link org.highland.model.ProjectKind} order. */
    public double[] toArray() {
        return new double[] {innovativeDrug, genericDrug, class3Device, otherDevice, tcmProduct};
    }
}
