package org.highland.experiment.screening;

/**
 * How much one factor moves a policy's effect on one output. One-at-a-time rows fill the
 * {@code effect*} and {@code swing} fields; Morris rows fill {@code muStar}, {@code mu},
 * {@code sigma}; the others are NaN.
 *
 * @param factor        parameter path
 * @param output        output label {@code metric:area:year}
 * @param method        {@code oat} or {@code morris}
 * @param low           lower end of the factor's range
 * @param high          upper end of the factor's range
 * @param effectNominal effect with every factor at its nominal value (OAT)
 * @param effectAtLow   effect with this factor at low, the others nominal (OAT)
 * @param effectAtHigh  effect with this factor at high, the others nominal (OAT)
 * @param swing         {@code effectAtHigh - effectAtLow} (OAT)
 * @param muStar        mean absolute elementary effect, per full range of the factor (Morris)
 * @param mu            mean elementary effect, signed (Morris)
 * @param sigma         standard deviation of the elementary effects (n - 1; Morris)
 * @param trajectories  elementary effects behind mu* (Morris); 1 for OAT
 * @param noise         Monte Carlo standard error of what ranks the factor: of the swing (OAT)
 *                      or, averaged over the trajectories, of one elementary effect (Morris), each
 *                      from the per-replication changes between the two points, which share their
 *                      streams ({@link PointEffect#changeSe}). A swing or mu* within
 *                      about twice this is indistinguishable from simulation noise; 0 for an exact
 *                      model, NaN with one replication
 * @param rank          1 = moves this output's effect most (by |swing| or mu*), ties in factor order
 * @param muStarLow     lower end of mu*'s 95 % percentile bootstrap interval over the trajectories
 *                      (Morris; NaN for OAT)
 * @param muStarHigh    upper end of that interval
 */
public record ScreeningRow(String factor, String output, String method, double low, double high,
                           double effectNominal, double effectAtLow, double effectAtHigh, double swing,
                           double muStar, double mu, double sigma, int trajectories, double noise, int rank,
                           double muStarLow, double muStarHigh) {
    /** Whether the ranking measure exceeds twice its Monte Carlo standard error. */
    public boolean aboveNoise() {
        return !(noise >= 0) || importance() > 2 * noise;
    }

    /** The measure ranks are based on. */
    public double importance() {
        return "oat".equals(method) ? Math.abs(swing) : muStar;
    }

    ScreeningRow withRank(int r) {
        return new ScreeningRow(factor, output, method, low, high, effectNominal, effectAtLow, effectAtHigh, swing,
                muStar, mu, sigma, trajectories, noise, r, muStarLow, muStarHigh);
    }
}
