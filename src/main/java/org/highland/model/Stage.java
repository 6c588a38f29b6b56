package org.highland.model;

/** Development stages. A route uses a subset, in this order; APPROVED and FAILED are terminal. */
public enum Stage {
    DISCOVERY, IND, PHASE1, PHASE2, PHASE3, NDA, APPROVED, FAILED;

    public static final int COUNT = values().length;

    public boolean clinical() {
        return this == PHASE1 || this == PHASE2 || this == PHASE3;
    }
}
