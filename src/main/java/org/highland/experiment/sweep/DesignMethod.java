package org.highland.experiment.sweep;

import java.util.Locale;

/** How an experiment places its points in the factor space. */
public enum DesignMethod {
    /** Full factorial: every combination of the factors' levels (size levels per range factor). */
    GRID,
    /** Latin hypercube: size points, one in each of size strata per factor. */
    LHS,
    /** Saltelli's scheme on a Sobol sequence: size base samples give size (k + 2) points. */
    SOBOL,
    /** Morris trajectories: size trajectories of k + 1 points each on a grid of levels. */
    MORRIS;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
