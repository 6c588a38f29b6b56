package org.highland.model;

/** What a development project aims to bring to market; each kind follows its own route. */
public enum ProjectKind {
    INNOVATIVE_DRUG, GENERIC_DRUG, CLASS3_DEVICE, OTHER_DEVICE, TCM_PRODUCT;

    public static final int COUNT = values().length;

    /** Drug kinds register their trials in the national drug clinical-trial registry. */
    public boolean drug() {
        return this == INNOVATIVE_DRUG || this == GENERIC_DRUG || this == TCM_PRODUCT;
    }
}
