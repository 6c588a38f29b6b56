package org.highland.model.random;

/** A source of uniform and standard normal variates; the two generators the model uses share it. */
public interface Uniform {
    /** Uniform on [0, 1). */
    double nextDouble();

    /** Standard normal. */
    double nextGaussian();
}
