package org.highland.model;

/**
 * A growth trend that fades: the rate starts at {@code g} per year and decays with e-folding time
 * {@code tau}, so the level after {@code t} years is exp(g tau (1 - exp(-t / tau))). Early booms
 * (venture capital, the post-2015 innovation wave) then level off instead of compounding to 2035.
 */
public final class Trend {
    private Trend() {
    }

    public static double level(double growth, double decayYears, double years) {
        double rate = Math.log1p(growth);
        return Math.exp(rate * decayYears * (1.0 - Math.exp(-years / decayYears)));
    }

    /**
     * The least upper bound of the level over all years: (1 + g)^tau, which a rising trend
     * approaches; 1, the start, for a falling or flat one. It rises with the growth and, for a
     * rising trend, with the decay time, so over a box of both it is highest at their tops.
     */
    public static double bound(double growth, double decayYears) {
        return growth > 0 ? Math.exp(Math.log1p(growth) * decayYears) : 1.0;
    }
}
