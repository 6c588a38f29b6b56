package org.highland.experiment.validation;

import java.util.Locale;

/**
 * What agreement with a target can prove, given how the shipped parameters were obtained.
 */
public enum Basis {
    /**
     * A parameter or initial value is solved or back-cast from this figure, or the figure is a
     * function of such figures (see identities.csv): agreement checks the solver, not the model.
     */
    IDENTITY,
    /** The figure enters the calibration loss. */
    CALIBRATED,
    /**
     * The figure is kept out of the latest loss but entered the loss of an earlier fit whose values
     * the scenario still carries (see earlier-fits.csv): agreement is not evidence, and neither is
     * disagreement a clean test.
     */
    EARLIER_FIT,
    /** The figure never entered any loss that produced the shipped parameters. */
    OUT_OF_SAMPLE;

    /**
     * Parses the {@code basis} column of targets.csv ({@code identity}, {@code calibrated},
     * {@code earlier_fit}, {@code out_of_sample}).
     */
    public static Basis parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("column basis is empty; expected identity, calibrated, earlier_fit"
                    + " or out_of_sample");
        }
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
