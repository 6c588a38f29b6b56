package org.highland.model;

/** Talent tiers; LEADING is the paper's count of provincial biomedicine talents. */
public enum TalentTier {
    LEADING, SENIOR_RD, SKILLED;

    public static final int COUNT = values().length;
}
