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
}
