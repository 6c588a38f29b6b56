package org.highland.experiment.validation;

/**
 * The simulated counterpart of a figure, as given in targets.csv.
 *
 * @param metric    simulated metric name (see {@code run.Metrics})
 * @param area      area key: {@code Zhejiang}, {@code Zhejiang/city:Hangzhou}, {@code Zhejiang/park:...}
 * @param year      year read
 * @param derived   value, cagr or ratio
 * @param baseYear  first year of a cagr (0 otherwise)
 * @param refArea   denominator area of a ratio (empty otherwise)
 * @param tolerance relative tolerance, e.g. 0.10 for ±10 %
 * @param weight    weight in the calibration loss (0 = validation only)
 * @param headline  one of the six headline figures of the model brief (never an identity)
 * @param basis     what agreement can prove: identity, calibrated, earlier_fit or out_of_sample
 * @param figureId  the figure of baseline-figures.csv the target is compared with: the target's
 *                  own id, or for an extra row such as a flow bound the figure it names
 */
public record TargetMapping(String metric, String area, int year, Derivation derived, int baseYear,
                            String refArea, double tolerance, double weight, boolean headline, Basis basis,
                            String figureId) {
    /** A copy with another basis (a calibration relabels the targets it holds out). */
    public TargetMapping withBasis(Basis newBasis) {
        return new TargetMapping(metric, area, year, derived, baseYear, refArea, tolerance, weight, headline, newBasis,
                figureId);
    }
}
