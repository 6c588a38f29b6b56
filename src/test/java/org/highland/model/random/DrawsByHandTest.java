package org.highland.model.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The samplers on given uniforms and normals, against values worked out by hand from their
 * definitions: which branch a boundary value takes and what one step of each algorithm returns.
 * {@link DrawsTest} checks the distributions; this checks the arithmetic a distribution test is
 * too blunt to see (a boundary moved by one, a sign, a draw consumed or not).
 */
class DrawsByHandTest {
    /** Hands out the values given, in order; a draw beyond them fails the test. */
    private static final class Scripted implements Uniform {
        private final Deque<Double> uniforms = new ArrayDeque<>();
        private final Deque<Double> normals = new ArrayDeque<>();

        Scripted uniforms(double... values) {
            for (double v : values) {
                uniforms.add(v);
            }
            return this;
        }

        Scripted normals(double... values) {
            for (double v : values) {
                normals.add(v);
            }
            return this;
        }

        @Override
        public double nextDouble() {
            if (uniforms.isEmpty()) {
                throw new AssertionError("one uniform draw too many");
            }
            return uniforms.poll();
        }

        @Override
        public double nextGaussian() {
            if (normals.isEmpty()) {
                throw new AssertionError("one normal draw too many");
            }
            return normals.poll();
        }

        int left() {
            return uniforms.size() + normals.size();
        }
    }

    @Test
    void categoricalGivesALandingExactlyOnABoundaryToTheNextCategory() {
        // u = 0.5 of a total weight 1: x = 0.5 - 0.5 = 0 after the first, which is not below 0.
        assertEquals(1, Draws.categorical(new Scripted().uniforms(0.5), new double[] {0.5, 0.5}));
        assertEquals(0, Draws.categorical(new Scripted().uniforms(0.49), new double[] {0.5, 0.5}));
        assertEquals(2, Draws.categorical(new Scripted().uniforms(0.75), new double[] {1, 1, 2}));
    }

    @Test
    void permutationIsFisherYatesFromTheTop() {
        // n = 4: i = 3 swaps with floor(0.5 x 4) = 2 -> 0 1 3 2; i = 2 with floor(0 x 3) = 0 -> 3 1 0 2;
        // i = 1 with floor(0.9 x 2) = 1 (itself).
        assertArrayEquals(new int[] {3, 1, 0, 2}, Draws.permutation(4, new Scripted().uniforms(0.5, 0.0, 0.9)));
        // u just below 1 picks the last position, never one past it.
        assertArrayEquals(new int[] {0, 1, 2}, Draws.permutation(3, new Scripted().uniforms(0.999, 0.999)));
    }

    @Test
    void roundRandomAddsOneOnlyBelowTheFraction() {
        assertEquals(2, Draws.roundRandom(new Scripted().uniforms(0.5), 2.5), "0.5 is not below 0.5");
        assertEquals(3, Draws.roundRandom(new Scripted().uniforms(0.49), 2.5));
    }

    @Test
    void poissonOfNothingDrawsNothingAndAboveFiveHundredIsNormal() {
        Scripted none = new Scripted();
        assertEquals(0, Draws.poisson(none, 0));
        assertEquals(0, Draws.poisson(none, -1));
        // mean 900 and z = 1: 900 + 30 = 930; at exactly 500 the product method is still used.
        assertEquals(930, Draws.poisson(new Scripted().normals(1.0), 900));
        assertEquals(870, Draws.poisson(new Scripted().normals(-1.0), 900));
        Scripted product = new Scripted().uniforms(0.0);
        assertEquals(0, Draws.poisson(product, 500), "one uniform of 0 ends the product at once");
        // mean 1: limit e^-1 = 0.368; 0.9 x 0.5 = 0.45 > limit, x 0.5 = 0.225 below: k - 1 = 2.
        assertEquals(2, Draws.poisson(new Scripted().uniforms(0.9, 0.5, 0.5), 1.0));
    }

    @Test
    void poissonOfASmallMeanEndsWithoutAnExpOnlyWhereTheProductMethodGivesZero() {
        // Uniforms at and a few ulps around e^(-mean), 1 - mean and the early exit's bound, for
        // means from the smallest to beyond 1 (where the bound is below every uniform).
        double[] means = {Double.MIN_VALUE, 1e-300, 1e-17, 1e-16, 5e-16, 1e-15, 3e-15, 1e-9, 0.03, 0.5, 1.0, 1.5};
        for (double mean : means) {
            for (double edge : new double[] {Math.exp(-mean), 1.0 - mean, 1.0 - mean - 1e-15}) {
                double u = edge;
                for (int step = 0; step < 8; step++) {
                    u = Math.nextDown(u);
                }
                for (int step = 0; step < 16; step++, u = Math.nextUp(u)) {
                    if (!(u >= 0 && u < 1)) {
                        continue;
                    }
                    Scripted fast = new Scripted().uniforms(u, 0.5, 0.5, 0.0);
                    Scripted product = new Scripted().uniforms(u, 0.5, 0.5, 0.0);
                    String at = "mean " + mean + ", first uniform " + u;
                    assertEquals(productPoisson(product, mean), Draws.poisson(fast, mean), at);
                    assertEquals(product.left(), fast.left(), "draws consumed at " + at);
                }
            }
        }
    }

    /** Poisson by the product of uniforms, as Draws.poisson counts it below a mean of 500. */
    private static int productPoisson(Uniform r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    @Test
    void poissonByInversionFollowsTheCumulativeProbabilities() {
        // mean 2: P(X <= 2) = 5 e^-2 = 0.677, P(X <= 3) = 19/3 e^-2 = 0.857.
        assertEquals(2, Draws.poissonInverse(0.6, 2));
        assertEquals(3, Draws.poissonInverse(0.8, 2));
        assertEquals(4, Draws.poissonInverse(0.86, 2));
        // u exactly P(X = 0) stays at 0: the count is the first k with u <= P(X <= k).
        assertEquals(0, Draws.poissonInverse(Math.exp(-0.7), 0.7));
        assertEquals(0, Draws.poissonInverse(0.99, 0));
        // mean 900, u = 0.5: the normal approximation's median, 900.
        assertEquals(900, Draws.poissonInverse(0.5, 900));
        // u = 0.9: 900 + 30 x 1.28155 = 938.4; and at exactly 500 still the sum of probabilities,
        // whose 0.99 quantile (553) lies one above the normal approximation's (552).
        assertEquals(938, Draws.poissonInverse(0.9, 900));
        assertEquals(553, Draws.poissonInverse(0.99, 500));
    }

    @Test
    void gammaTakesOneMarsagliaTsangStep() {
        // mean 4, cv 0.5: shape 4, scale 1, d = 11/3, c = 1/sqrt(33); x = 0.5 gives
        // v = (1 + 0.5/sqrt(33))^3 = 1.28449; log(1 - 0.5) = -0.693 is below
        // x^2/2 + d - d v + d log v = -0.00015, so d v = 4.709845 is accepted.
        Scripted r = new Scripted().normals(0.5).uniforms(0.5);
        assertEquals(4.709844852977945, Draws.gamma(r, 4, 0.5), 1e-9);
        assertEquals(0, r.left());
        // cv 1 (shape exactly 1) needs no boost: x = 0, u = 0.5 accepts v = 1 and returns d x scale
        // = 2/3 x 3 = 2.
        assertEquals(2.0, Draws.gamma(new Scripted().normals(0.0).uniforms(0.5), 3, 1.0), 1e-12);
        // A rejected candidate (v <= 0 for x = -10) is followed by a fresh pair.
        assertEquals(2.0, Draws.gamma(new Scripted().normals(-10.0, 0.0).uniforms(0.5), 3, 1.0), 1e-12);
        assertEquals(7.5, Draws.gamma(new Scripted(), 7.5, 0));
    }

    @Test
    void aSpellInProgressOfAFixedLengthIsThatLength() {
        assertEquals(12.0, Draws.gammaInProgress(new Scripted(), 12, 0));
    }

    @Test
    void lognormalAboveInvertsTheUpperTail() {
        // threshold 1 with sigma 1: half the mass lies above; u = 0.5 maps to the 0.75 quantile,
        // exp(0.6744898) = 1.963031.
        assertEquals(1.963031084158257, Draws.lognormalAbove(new Scripted().uniforms(0.5), 1.0, 1.0), 1e-9);
        // u = 0 maps to the threshold itself.
        assertEquals(1.0, Draws.lognormalAbove(new Scripted().uniforms(0.0), 1.0, 1.0), 1e-9);
        assertEquals(1.0, Draws.lognormalShareAbove(1.0, 0.0));
        assertEquals(0.5, Draws.lognormalShareAbove(2.0, 1.0), 1e-15);
        // threshold e with sigma 2: 1 - Phi(1 / 2) = 0.3085375.
        assertEquals(0.3085375387259869, Draws.lognormalShareAbove(2.0, Math.E), 1e-12);
        // median 2 times exp(sigma z) with z = 1 and sigma 1: 2e.
        assertEquals(2 * Math.E, Draws.lognormal(new Scripted().normals(1.0), 2, 1.0), 1e-12);
    }
}
