package org.highland.experiment.calibration;

import java.util.List;
import org.highland.run.ReplicationResult;

/** Runs the model for one candidate of free-parameter values. */
@FunctionalInterface
public interface Simulator {
    List<ReplicationResult> simulate(double[] values);
}
