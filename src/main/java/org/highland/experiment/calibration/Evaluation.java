package org.highland.experiment.calibration;

/**
 * One evaluated candidate.
 *
 * @param index  its number, from 1, in the order the search proposed it
 * @param values parameter values in real units, in the order of the free parameters
 * @param loss   the calibration loss ({@code Validation.loss})
 * @param within calibration targets within tolerance
 */
public record Evaluation(int index, double[] values, double loss, int within) {
    public Evaluation {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
