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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            return of(parse(r, BUILT_IN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CalibrationPlan load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(parse(r, file.toString()));
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

    static List<FreeParameter> parse(Reader in, String name) throws IOException {
        List<FreeParameter> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : CommentedCsv.rows(in)) {
            try {
                FreeParameter p = new FreeParameter(column(row, "path"), Double.parseDouble(column(row, "min")),
                        Double.parseDouble(column(row, "max")));
                if (!seen.add(p.path())) {
                    throw new CalibrationException(p.path() + " is listed twice");
                }
                out.add(p);
            } catch (RuntimeException e) {
                throw new CalibrationException(name + ", data row " + (out.size() + 1) + " (" + row + "): "
                        + e.getMessage() + ". Fix: each row is path,min,max,note; comment lines start with #", e);
            }
        }
        if (out.isEmpty()) {
            throw new CalibrationException(name + ": no free parameters");
        }
        return out;
    }

    private static String column(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is missing or empty");
        }
        return value.strip();
    }
}
