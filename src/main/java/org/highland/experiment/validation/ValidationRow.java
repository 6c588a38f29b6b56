package org.highland.experiment.validation;

/**
 * A target compared with a run.
 *
 * @param target   the target (modelled)
 * @param simMean  mean over replications of the simulated quantity
 * @param simP05   5th percentile over replications
 * @param simP95   95th percentile over replications
 * @param relError (simMean - target) / |target|; NaN when the run did not produce the quantity
 * @param within   whether simMean meets the figure's relation within the tolerance; false when
 *                 the run did not simulate the target (see {@link #simulated()}), which is no miss
 */
public record ValidationRow(Target target, double simMean, double simP05, double simP95, double relError,
                            boolean within) {
    /** Whether the run produced a value for the target: false when it ended before the target's year. */
    public boolean simulated() {
        return !Double.isNaN(simMean);
    }
}
