package org.highland.experiment.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code calibration.csv}: every candidate a calibration evaluated, in order, as
 * {@code evaluation,<one column per parameter path>,loss,within}, appended and flushed as each
 * finishes so that a killed calibration leaves a log to resume from. Numbers are written with
 * {@link Double#toString(double)}, which reads back bit-identical: the resume relies on it.
 */
public final class CalibrationLog {
    public static final String FILE = "calibration.csv";

    private CalibrationLog() {
    }

    /** Creates the log with its header (replacing any file). */
    public static void create(Path file, List<FreeParameter> parameters) throws IOException {
        Files.writeString(file, header(parameters) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * The whole log with these evaluations, for a resume to rewrite it without a line a kill cut
     * short (through a temporary file, so the log on disk is the old one or the new one).
     */
    public static void write(Writer out, List<FreeParameter> parameters, List<Evaluation> evaluations)
            throws IOException {
        out.write(header(parameters) + "\n");
        for (Evaluation e : evaluations) {
            out.write(line(e));
        }
    }

    /** Appends one evaluation. */
    public static void append(Path file, Evaluation e) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            out.write(line(e));
        }
    }

    private static String line(Evaluation e) {
        StringBuilder line = new StringBuilder().append(e.index());
        for (double v : e.values()) {
            line.append(',').append(v);
        }
        return line.append(',').append(e.loss()).append(',').append(e.within()).append('\n').toString();
    }

    /**
     * Reads a log written for the same parameters; a last line cut short by a kill is dropped.
     *
     * @throws CalibrationException if the header names other parameters or a line is malformed
     */
    public static List<Evaluation> read(Path file, List<FreeParameter> parameters) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(header(parameters))) {
            throw new CalibrationException(file + ": its columns are not this calibration's parameters ("
                    + header(parameters) + "). Fix: resume with the same parameters, or start a new --out.");
        }
        // The text after the last line break is a line the kill interrupted (or empty).
        int complete = lines.length - 1;
        List<Evaluation> out = new ArrayList<>();
        int n = parameters.size();
        for (int i = 1; i < complete; i++) {
            String[] f = lines[i].split(",", -1);
            if (f.length != n + 3) {
                throw new CalibrationException(file + ":" + (i + 1) + ": expected " + (n + 3) + " fields");
            }
            double[] values = new double[n];
            try {
                for (int k = 0; k < n; k++) {
                    values[k] = Double.parseDouble(f[1 + k]);
                }
                out.add(new Evaluation(Integer.parseInt(f[0]), values, Double.parseDouble(f[n + 1]),
                        Integer.parseInt(f[n + 2])));
            } catch (NumberFormatException e) {
                throw new CalibrationException(file + ":" + (i + 1) + ": expected numbers, got " + e.getMessage()
                        + ". Fix: delete this line and the ones after it, then resume");
            }
        }
        return out;
    }

    private static String header(List<FreeParameter> parameters) {
        StringBuilder h = new StringBuilder("evaluation");
        for (FreeParameter p : parameters) {
            h.append(',').append(p.path());
        }
        return h.append(",loss,within").toString();
    }
}
