package org.highland.experiment.screening;

import org.highland.scenario.SignificantDigits;
/**
 * A parameter varied by a screen, over its plausible range.
 *
 * @param path    scenario path as used by {@code --set}
 * @param low     lower end of the range
 * @param high    upper end of the range (above {@code low})
 * @param nominal the scenario's own value (the centre of a one-at-a-time screen)
 */
public record Factor(String path, double low, double high, double nominal) {
    public Factor {
        if (path == null || path.isBlank() || !(high > low)) {
            throw new IllegalArgumentException("factor '" + path + "': needs a path and low < high (got "
                    + low + ", " + high + ")");
        }
    }

    /** The value at a point of the unit interval, 0 at low and 1 at high (to 12 significant digits). */
    public double at(double unit) {
        return SignificantDigits.round(low + unit * (high - low));
    }

    /** The position of a value on the unit interval. */
    public double unit(double value) {
        return (value - low) / (high - low);
    }
}
