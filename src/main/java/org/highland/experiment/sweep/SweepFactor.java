package org.highland.experiment.sweep;

import java.io.Serializable;
import java.util.Arrays;
import org.highland.scenario.SignificantDigits;

/**
 * A factor of an experiment: a scenario value by its {@code --set} path, varied over a range
 * {@code [low, high]} or over a list of levels. Designs work on the unit interval; a factor maps a
 * unit position to its value (linearly over a range, to the nearest of evenly spaced levels).
 *
 * @param path   scenario path as used by {@code --set}
 * @param low    lower end of the range (the smallest level for levels)
 * @param high   upper end of the range (the largest level for levels)
 * @param levels the levels in the order given, or null for a range
 */
public record SweepFactor(String path, double low, double high, double[] levels) implements Serializable {
    /** A factor over a range. */
    public static SweepFactor range(String path, double low, double high) {
        return new SweepFactor(path, low, high, null);
    }

    /** A factor over a list of levels. */
    public static SweepFactor levels(String path, double[] levels) {
        double[] copy = levels.clone();
        return new SweepFactor(path, Arrays.stream(copy).min().orElse(0), Arrays.stream(copy).max().orElse(0), copy);
    }

    public boolean hasLevels() {
        return levels != null;
    }

    /**
     * The value at a unit position: linear over a range (to 12 significant digits, so that points.csv
     * shows the value simulated without floating-point noise), the level nearest for levels.
     */
    public double at(double unit) {
        if (levels == null) {
            return SignificantDigits.round(low + unit * (high - low));
        }
        int i = (int) Math.round(unit * (levels.length - 1));
        return levels[Math.max(0, Math.min(levels.length - 1, i))];
    }

    /**
     * Where the value a unit position gives lies in the factor's range, 0 at low and 1 at high: the
     * position itself over a range; over levels, that of the level taken (0 when all levels are
     * equal). A design's step is measured in these units, since quantizing onto levels can turn one
     * step of a Morris grid into two of the factor's levels, one, or none.
     */
    public double rangePosition(double unit) {
        if (levels == null) {
            return unit;
        }
        return high == low ? 0 : (at(unit) - low) / (high - low);
    }

    /** The unit position of a value (the inverse of {@link #at(double)}); for levels, of its index. */
    public double unit(double value) {
        if (levels == null) {
            return (value - low) / (high - low);
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == value) {
                return levels.length == 1 ? 0 : i / (double) (levels.length - 1);
            }
        }
        throw new IllegalArgumentException(path + ": " + value + " is not one of its levels");
    }

    /** The factor's levels on a grid of {@code size} steps: its own levels, or evenly spaced over the range. */
    public double[] gridUnits(int size) {
        int n = levels != null ? levels.length : size;
        double[] units = new double[n];
        for (int i = 0; i < n; i++) {
            units[i] = n == 1 ? 0.5 : i / (double) (n - 1);
        }
        return units;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepFactor f && f.path.equals(path) && Double.compare(f.low, low) == 0
                && Double.compare(f.high, high) == 0 && Arrays.equals(f.levels, levels);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(levels) + Double.hashCode(low) * 7 + Double.hashCode(high);
    }

    @Override
    public String toString() {
        return path + (levels == null ? "[" + low + ", " + high + "]" : Arrays.toString(levels));
    }
}
