package org.highland.experiment.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.validation.CommentedCsv;

/**
 * What to fit and how hard to search: the free parameters (from a CSV file
 * {@code path,min,max,note}, by default {@value #BUILT_IN}) and the search settings.
 *
 * @param parameters   the free parameters, in file order
 * @param budget       candidates to evaluate
 * @param replications replications per candidate
 * @param seed         seed of the optimiser
 * @param sigma        initial CMA-ES step on the unit cube
 * @param population   candidates per generation (0: CMA-ES default)
 */
public record CalibrationPlan(List<FreeParameter> parameters, int budget, int replications, long seed,
                              double sigma, int population) {
    public static final String BUILT_IN = "highland/calibration-parameters.csv";
    public static final int DEFAULT_BUDGET = 200;
    public static final int DEFAULT_REPLICATIONS = 3;
    public static final long DEFAULT_SEED = 20261123L;
    public static final double DEFAULT_SIGMA = 0.15;

    public CalibrationPlan {
        parameters = List.copyOf(parameters);
    }

    public static CalibrationPlan builtIn() {
        InputStream in = CalibrationPlan.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BUILT_IN);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return of(parse(r, BUILT_IN).orThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a file of free parameters, the well-formed ones and what is wrong with each of
     * the others, so that a caller can report those together with the problems of the well-formed
     * rows against a scenario ({@link ScenarioValues#problems}).
     *
     * @throws CalibrationException if the file cannot be read, or has no rows at all
     */
    public static Rows read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw CalibrationException.unreadable(file, "a CSV of free parameters (path,min,max,note)", e,
                    "check the path, or leave out --parameters for the built-in free parameters");
        }
    }

    public static CalibrationPlan of(List<FreeParameter> parameters) {
        return new CalibrationPlan(parameters, DEFAULT_BUDGET, DEFAULT_REPLICATIONS, DEFAULT_SEED, DEFAULT_SIGMA, 0);
    }

    /** A copy with the given settings where not null. */
    public CalibrationPlan with(Integer newBudget, Integer newReplications, Long newSeed) {
        return new CalibrationPlan(parameters, newBudget != null ? newBudget : budget,
                newReplications != null ? newReplications : replications, newSeed != null ? newSeed : seed,
                sigma, population);
    }

    /**
     * The rows of a free-parameter table: the free parameters of the well-formed ones, in file order.
     *
     * @param parameters the free parameters, each with the line it was read from
     * @param problems   for every other row, what is wrong with it: file and line, what was
     *                   expected and the fix
     */
    public record Rows(List<FreeParameter> parameters, List<RowProblem> problems) {
        public Rows {
            parameters = List.copyOf(parameters);
            problems = List.copyOf(problems);
        }

        /**
         * The free parameters.
         *
         * @throws CalibrationException naming every row that is not well formed
         */
        public List<FreeParameter> orThrow() {
            if (!problems.isEmpty()) {
                throw new CalibrationException(RowProblem.report(problems));
            }
            return parameters;
        }
    }

    /**
     * The free parameters of a table, each with the line it was read from, and a problem for every
     * row that cannot be one (columns missing, not numbers, min not below max, or a path listed a
     * second time), each by its file and line, what was expected and the fix.
     *
     * @throws CalibrationException if the table has no rows at all
     */
    static Rows parse(Reader in, String name) throws IOException {
        List<FreeParameter> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CommentedCsv.NumberedRow row : CommentedCsv.numberedRows(in)) {
            String where = name + ":" + row.line() + ": ";
            List<String> missing = new ArrayList<>();
            for (String column : List.of("path", "min", "max")) {
                if (text(row, column).isEmpty()) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new RowProblem(row.line(), where + "expected path,min,max,note, but "
                        + (missing.size() == 1 ? "column " + missing.get(0) + " is"
                        : "columns " + String.join(", ", missing) + " are") + " missing or empty. Fix: write e.g."
                        + " firms.shortageDelay,0.25,0.75,why; comment lines start with #."));
                continue;
            }
            String path = text(row, "path");
            String min = text(row, "min");
            String max = text(row, "max");
            double low = number(min);
            double high = number(max);
            Integer first = seen.putIfAbsent(path, row.line());
            if (first != null) {
                problems.add(new RowProblem(row.line(), where + path + ": listed twice (first on line " + first
                        + "). Fix: keep one row for it."));
            } else if (!Double.isFinite(low) || !Double.isFinite(high)) {
                problems.add(new RowProblem(row.line(), where + path + ": expected min and max as numbers, got '" + min
                        + "', '" + max + "'. Fix: write e.g. " + path + ",0.1,0.3,why."));
            } else if (!(low < high)) {
                problems.add(new RowProblem(row.line(), where + path + ": expected min < max, got " + min + ", " + max
                        + ". Fix: " + (low > high ? "swap the ends: " + path + "," + max + "," + min
                        : "give a range of positive width") + "."));
            } else {
                out.add(new FreeParameter(path, low, high, name, row.line()));
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            throw new CalibrationException(name + ": no free parameters. Fix: give one a row, path,min,max,note.");
        }
        return new Rows(out, problems);
    }

    private static String text(CommentedCsv.NumberedRow row, String column) {
        String value = row.columns().get(column);
        return value == null ? "" : value.strip();
    }

    /** The number written, or NaN for text that is none. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
