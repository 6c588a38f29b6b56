package org.highland.experiment.screening;

/**
 * A policy's effect as a function of the factors: for one point (a value per factor, in factor
 * order) the effect on each output, in output order, with its standard error. A pure function of
 * the point, so a design gives the same numbers whatever the order or threads in which it is
 * evaluated.
 */
@FunctionalInterface
public interface EffectModel {
    PointEffect effects(double[] point);
}
