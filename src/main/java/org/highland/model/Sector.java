package org.highland.model;

/** The six sectors of the life and health industry an enterprise belongs to. */
public enum Sector {
    INNOVATIVE_DRUG, GENERIC_DRUG, MEDICAL_DEVICE, CXO, TCM, HEALTH_SERVICE;

    public static final int COUNT = values().length;

    /** Counted in "biomedicine industrial output" (manufacturing and CXO, not services). */
    public boolean biomedicine() {
        return this != HEALTH_SERVICE;
    }

    /** A pharmaceutical manufacturer, the population of the R&D-intensity statistic. */
    public boolean pharmaceutical() {
        return this == INNOVATIVE_DRUG || this == GENERIC_DRUG || this == TCM;
    }
}
