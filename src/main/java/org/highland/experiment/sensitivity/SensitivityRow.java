package org.highland.experiment.sensitivity;

/**
 * One line of sensitivity.csv: a factor's indices for one output, NaN where the method does not
 * give them (Morris: mu*, mu, sigma; Sobol: S1 and ST), intervals at 95 %.
 *
 * @param rank        1 for the factor that matters most for this output (by mu* or ST)
 * @param muStarNoise Morris: replication-noise standard error of one elementary effect, averaged
 *                    over the trajectories; a mu* within about twice it cannot be told from noise
 *                    (NaN with one replication per point, and for Sobol)
 */
public record SensitivityRow(String output, String factor, String method, int rank, Interval muStar, double mu,
                             double sigma, Interval first, Interval total, double muStarNoise) {
    public static final String HEADER = "output,factor,method,rank,mu_star,mu_star_low,mu_star_high,mu,sigma,"
            + "s1,s1_low,s1_high,st,st_low,st_high,mu_star_noise_se";

    /** Morris: whether mu* exceeds twice its noise standard error (true when the noise is unknown). */
    public boolean aboveNoise() {
        return !SamplingNotes.withinNoise(muStar.value(), muStarNoise);
    }

    /** The index the rank is by. */
    public double key() {
        return Double.isNaN(total.value()) ? muStar.value() : total.value();
    }
}
