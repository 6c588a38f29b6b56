package org.highland.model.random;

/**
 * A 64-bit SplitMix generator: 8 bytes of state, so every firm can own one. A Mersenne Twister
 * (2.5 KB of state) per firm would exceed the heap budget; a shared stream would let one firm's
 * decisions shift every other firm's draws and spoil common random numbers between variants.
 */
public final class SplitMix64 implements Uniform {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The SplitMix64 finaliser: a strong 64-bit mixing function, used to derive seeds too. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * TWO_TO_MINUS_53;
    }

    /** Box-Muller without caching the second variate, so each call consumes exactly two draws. */
    @Override
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
