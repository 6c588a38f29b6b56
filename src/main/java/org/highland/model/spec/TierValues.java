package org.highland.model.spec;

import org.highland.model.Param;

/** One number per talent tier, in the unit its owner gives ({@link org.highland.model.Doc#unit}). */
public record TierValues(
        @Param(unit = "as_owner", min = 0, max = 1e9) double leading,
        @Param(unit = "as_owner", min = 0, max = 1e9) double seniorRd,
        @Param(unit = "as_owner", min = 0, max = 1e9) double skilled) {

    /** The values in {@link org.highland.model.TalentTier} order. */
    public double[] toArray() {
        return new double[] {leading, seniorRd, skilled};
    }
}
