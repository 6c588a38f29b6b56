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

    /** Restarts the generator from {@code seed}: it then draws what a {@code new SplitMix64(seed)} draws. */
    public void reseed(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state = advance(state);
        return mix(state);
    }

    @Override
    public double nextDouble() {
        return unit(nextLong());
    }

    /** Box-Muller without caching the second variate, so each call consumes exactly two draws. */
    @Override
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return gaussian(u1, u2);
    }

    /**
     * The state after one step. With {@link #mix}, {@link #unit} and {@link #gaussian} an owner
     * can keep the 8 bytes of state in its own object (no second object to reach per draw) and
     * draw exactly what a SplitMix64 with that state draws.
     */
    public static long advance(long state) {
        return state + GOLDEN_GAMMA;
    }


    /** A uniform on [0, 1) from the 53 high bits of a 64-bit output. */
    public static double unit(long output) {
        return (output >>> 11) * TWO_TO_MINUS_53;
    }

    /** A standard normal from two uniforms (Box-Muller, the cosine branch). */
    public static double gaussian(double u1, double u2) {
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
