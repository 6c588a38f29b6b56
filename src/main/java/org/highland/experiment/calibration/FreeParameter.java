package org.highland.experiment.calibration;

/**
 * A parameter the documents do not give, fitted by calibration within a range.
 *
 * @param path path of the scenario as used by {@code --set}, e.g. {@code regions.Zhejiang.entryPerYear}
 * @param min  smallest value tried
 * @param max  largest value tried
 * @param file the file it was read from, for messages; null when not read from a file
 * @param line the line of {@code file} it was read from (from 1); 0 when not read from a file
 */
public record FreeParameter(String path, double min, double max, String file, int line) {
    public FreeParameter {
        if (path == null || path.isBlank() || !(min < max)) {
            throw new CalibrationException("free parameter '" + path + "': needs a path and min < max (got "
                    + min + ", " + max + ")");
        }
    }

    /** A free parameter not read from a file. */
    public FreeParameter(String path, double min, double max) {
        this(path, min, max, null, 0);
    }

    /** {@code "file:line: "} where it was read, or nothing: the start of a message about it. */
    public String where() {
        return file == null ? "" : file + ":" + line + ": ";
    }

    /** A problem of its row: the message, which starts with {@link #where()}, at its line. */
    public RowProblem problem(String message) {
        return new RowProblem(line, where() + message);
    }

    /** The value on the unit interval the optimiser searches, 0 at min and 1 at max. */
    public double unit(double value) {
        return (value - min) / (max - min);
    }

    /** The value at a point of the unit interval. */
    public double value(double unit) {
        return min + unit * (max - min);
    }
}
