package org.highland.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code calibration-ensemble.csv}: the candidates of a calibration whose loss lies within a margin
 * of the best, {@code loss <= best x (1 + margin)}, one row per distinct parameter vector (columns:
 * the parameter paths, then {@code loss}). All candidates ran with the same seed and replications
 * (common random numbers), so their losses compare like with like; the set is a plain, stated
 * approximation of the parameter uncertainty the figures leave, not a posterior. Where a
 * confirmation re-scored some candidates, each of them is judged by its confirmed loss against the
 * chosen candidate's instead, and the chosen one is always a member: the search's best few losses
 * are mostly its luckiest, and an ensemble holding the candidates the confirmation rejected, but
 * not the one it shipped, would draw replications from values the fit turned down.
 */
public final class CalibrationEnsemble {
    public static final String FILE = "calibration-ensemble.csv";
    /** Default margin: within 10 % of the best loss. */
    public static final double DEFAULT_MARGIN = 0.10;

    private CalibrationEnsemble() {
    }

    /** The distinct candidates within the margin of the best, in the order the search found them. */
    public static List<Evaluation> select(List<Evaluation> evaluations, double margin) {
        if (!(margin >= 0)) {
            throw new CalibrationException("ensemble margin " + margin + ": expected 0 or more. Fix: e.g. 0.1.");
        }
        double best = evaluations.stream().mapToDouble(Evaluation::loss).min().orElse(Double.NaN);
        Set<List<Double>> seen = new HashSet<>();
        List<Evaluation> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            if (e.loss() <= best * (1 + margin) && seen.add(Arrays.stream(e.values()).boxed().toList())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * As {@link #select(List, double)}, with the confirmation's verdicts ({@code confirmed}: best
     * confirmed first, the first being the chosen candidate; empty without a confirmation): a
     * re-scored candidate is a member when its confirmed loss is within the margin of the chosen
     * one's, whatever its search loss; the others as without a confirmation.
     */
    public static List<Evaluation> select(List<Evaluation> evaluations, double margin, List<Confirmation> confirmed) {
        List<Evaluation> bySearch = select(evaluations, margin);
        if (confirmed.isEmpty()) {
            return bySearch;
        }
        double chosen = confirmed.get(0).confirmed().loss();
        Set<List<Double>> confirmedKeep = new HashSet<>();
        Set<List<Double>> confirmedDrop = new HashSet<>();
        for (Confirmation c : confirmed) {
            (c.confirmed().loss() <= chosen * (1 + margin) ? confirmedKeep : confirmedDrop).add(key(c.evaluation()));
        }
        Set<List<Double>> searchKeep = new HashSet<>();
        bySearch.forEach(e -> searchKeep.add(key(e)));
        Set<List<Double>> seen = new HashSet<>();
        List<Evaluation> out = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<Double> k = key(e);
            boolean member = confirmedKeep.contains(k) || (searchKeep.contains(k) && !confirmedDrop.contains(k));
            if (member && seen.add(k)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Double> key(Evaluation e) {
        return Arrays.stream(e.values()).boxed().toList();
    }

    /** Writes the file; numbers by {@link Double#toString(double)}, which reads back exactly. */
    public static void write(Path file, List<FreeParameter> parameters, List<Evaluation> members) throws IOException {
        write(file, parameters, members, Map.of());
    }

    /**
     * As {@link #write(Path, List, List)}, with {@code fixed} parameters the calibration held at a
     * value without searching them (a left-out region's transferred defaults) as columns of their
     * own, the same in every row: a run drawing from the ensemble then runs with them as the fit did.
     */
    public static void write(Path file, List<FreeParameter> parameters, List<Evaluation> members,
                             Map<String, Double> fixed) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (FreeParameter p : parameters) {
            sb.append(p.path()).append(',');
        }
        for (String path : fixed.keySet()) {
            sb.append(path).append(',');
        }
        sb.append("loss\n");
        for (Evaluation e : members) {
            for (double v : e.values()) {
                sb.append(v).append(',');
            }
            for (double v : fixed.values()) {
                sb.append(v).append(',');
            }
            sb.append(e.loss()).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Reads an ensemble file.
     *
     * @throws CalibrationException if it is missing, empty or malformed, naming every row that is
     *                              not well formed
     */
    public static ParameterEnsemble read(Path file) {
        return table(file).ensemble();
    }

    /**
     * An ensemble file as read: its columns, the vectors of its well-formed rows, and what is wrong
     * with each of the others, so that a caller can report those together with the problems of
     * its columns against a scenario.
     *
     * @param paths    the parameter paths, the columns before {@code loss}
     * @param vectors  the values of each well-formed row, in file order
     * @param problems for every other row, by file and line, what is wrong with it
     */
    public record Table(List<String> paths, List<double[]> vectors, List<String> problems) {
        public Table {
            paths = List.copyOf(paths);
            vectors = List.copyOf(vectors);
            problems = List.copyOf(problems);
        }

        /**
         * The ensemble.
         *
         * @throws CalibrationException naming every row that is not well formed, one a line
         */
        public ParameterEnsemble ensemble() {
            if (!problems.isEmpty()) {
                throw new CalibrationException(String.join("\n", problems));
            }
            return new ParameterEnsemble(paths, vectors);
        }
    }

    /**
     * Reads an ensemble file's columns and rows, each row that is not well formed a problem of
     * its line.
     *
     * @throws CalibrationException if it is missing, has no rows, or its header does not end with
     *                              {@code loss}
     */
    public static Table table(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CalibrationException.unreadable(file, "a calibration ensemble", e,
                    "name the " + FILE + " a calibration wrote");
        }
        if (lines.stream().filter(l -> !l.isBlank()).count() < 2) {
            throw new CalibrationException(file + ": no parameter vectors. Fix: name the " + FILE
                    + " a calibration wrote.");
        }
        int first = 0;
        while (lines.get(first).isBlank()) {
            first++;
        }
        String[] header = lines.get(first).split(",", -1);
        int n = header.length - 1;
        if (n < 1 || !header[n].equals("loss")) {
            throw new CalibrationException(file + ": expected columns <parameter paths>,loss; got " + lines.get(first));
        }
        List<double[]> vectors = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            if (f.length != n + 1) {
                problems.add(file + ":" + (i + 1) + ": expected " + (n + 1) + " fields");
                continue;
            }
            double[] v = new double[n];
            try {
                for (int k = 0; k < n; k++) {
                    v[k] = Double.parseDouble(f[k]);
                }
            } catch (NumberFormatException e) {
                problems.add(file + ":" + (i + 1) + ": not a number: " + e.getMessage());
                continue;
            }
            vectors.add(v);
        }
        return new Table(List.of(Arrays.copyOf(header, n)), vectors, problems);
    }
}
