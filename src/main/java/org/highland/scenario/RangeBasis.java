package org.highland.scenario;

import java.util.Locale;

/**
 * Why a parameter has (or lacks) a plausible range. Behavioural parameters (decision rules,
 * elasticities, weights, durations, success probabilities) carry a range and say where it comes
 * from; structural inputs and figures of the documents carry none, because sensitivity analysis
 * of a policy's effect varies how agents behave, not the scenario's own inputs.
 */
public enum RangeBasis {
    /** Behavioural, range from a published source named in the row. */
    SOURCE(true),
    /** Behavioural, range assumed (no published spread); the row says what it rests on. */
    ASSUMPTION(true),
    /** Structural or scenario input (years, budgets, policy design, starting composition): no range. */
    INPUT(false),
    /** A figure of the documents or one solved from them (a starting stock): no range. */
    DATA(false);

    private final boolean behavioural;

    RangeBasis(boolean behavioural) {
        this.behavioural = behavioural;
    }

    /** Whether rows of this basis carry a range. */
    public boolean behavioural() {
        return behavioural;
    }

    /** The word used in the CSV file and in {@code params}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The basis for a word of the CSV file, or null. */
    static RangeBasis of(String word) {
        for (RangeBasis b : values()) {
            if (b.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        return null;
    }
}
