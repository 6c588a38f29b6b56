package org.highland.experiment.validation;

/**
 * A published figure with its simulated counterpart, or with the reason it is not modelled.
 *
 * @param figure  the published figure
 * @param mapping how to compute it from a run; null when not modelled
 * @param reason  why it is not modelled, or a note on the mapping
 */
public record Target(Figure figure, TargetMapping mapping, String reason) {
    /** Last year whose figures may enter calibration; later ones are only for validation. */
    public static final int LAST_CALIBRATION_YEAR = 2021;

    public boolean modelled() {
        return mapping != null;
    }

    /** Modelled, dated no later than {@link #LAST_CALIBRATION_YEAR}, and with a positive weight. */
    public boolean calibration() {
        return modelled() && figure.year() <= LAST_CALIBRATION_YEAR && mapping.weight() > 0
                && !"policy".equals(figure.scope()) && !"target".equals(figure.scope());
    }

    public String id() {
        return figure.id();
    }
}
