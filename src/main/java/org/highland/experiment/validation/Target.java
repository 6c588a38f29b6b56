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

    /**
     * Could enter a calibration loss: modelled, dated no later than {@link #LAST_CALIBRATION_YEAR},
     * with a positive weight, an observation (not a policy input or goal) and not an identity.
     */
    public boolean fittable() {
        return modelled() && figure.year() <= LAST_CALIBRATION_YEAR && mapping.weight() > 0
                && !"policy".equals(figure.scope()) && !"target".equals(figure.scope())
                && mapping.basis() != Basis.IDENTITY;
    }

    /** Enters the loss: fittable and labelled {@code calibrated}. */
    public boolean calibration() {
        return fittable() && mapping.basis() == Basis.CALIBRATED;
    }

    /** The basis, or null when not modelled. */
    public Basis basis() {
        return modelled() ? mapping.basis() : null;
    }

    /** A copy with another basis (modelled targets only). */
    public Target withBasis(Basis basis) {
        return new Target(figure, mapping.withBasis(basis), reason);
    }

    /** Whether the figure belongs to the region: its own region, or an area or reference area inside it. */
    public boolean concerns(String region) {
        if (region.equals(figure.region())) {
            return true;
        }
        return modelled() && (inRegion(mapping.area(), region) || inRegion(mapping.refArea(), region));
    }

    private static boolean inRegion(String area, String region) {
        return area.equals(region) || area.startsWith(region + "/");
    }

    public String id() {
        return figure.id();
    }
}
