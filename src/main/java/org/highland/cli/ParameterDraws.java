package org.highland.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.calibration.CalibrationEnsemble;
import org.highland.experiment.calibration.CalibrationException;
import org.highland.experiment.calibration.ParameterEnsemble;
import org.highland.experiment.io.Hashes;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.Problem;
import org.highland.scenario.Scenario;
import org.highland.scenario.ScenarioException;

/**
 * {@code --parameter-uncertainty FILE} of run and compare: replication k runs with the vector
 * {@link ParameterEnsemble#draw(long, int)} picks for (seed, k), applied as {@code --set} overrides
 * after the user's; compare applies the same vector to the base and every variant of replication
 * k, so their differences stay paired. The draws are written to {@value #FILE} and the manifest.
 */
final class ParameterDraws {
    static final String FILE = "parameter-draws.csv";

    private final Path file;
    private final ParameterEnsemble ensemble;
    private final int[] draws;

    private ParameterDraws(Path file, ParameterEnsemble ensemble, int[] draws) {
        this.file = file;
        this.ensemble = ensemble;
        this.draws = draws;
    }

    /**
     * Reads the ensemble and draws one vector per replication.
     *
     * @param scenarioFile the scenario the draws are applied to (the base of a comparison)
     * @param loaded       it, with the user's overrides
     * @throws BadInputException on a bad file, naming at once every column that is no parameter of
     *                           {@code loaded} and every row that is not well formed
     */
    static ParameterDraws of(Path file, long seed, int replications, Path scenarioFile, Scenario loaded) {
        CalibrationEnsemble.Table table;
        try {
            table = CalibrationEnsemble.table(file);
        } catch (CalibrationException e) {
            throw new BadInputException("--parameter-uncertainty: " + e.getMessage());
        }
        List<String> lines = columnProblems(file, table.paths(), scenarioFile, loaded);
        table.problems().forEach(p -> lines.add("--parameter-uncertainty: " + p));
        if (!lines.isEmpty()) {
            throw new BadInputException(String.join("\n", lines));
        }
        ParameterEnsemble ensemble = table.ensemble();
        int[] draws = new int[replications];
        for (int k = 0; k < replications; k++) {
            draws[k] = ensemble.draw(seed, k);
        }
        return new ParameterDraws(file, ensemble, draws);
    }

    /** The vector drawn for each replication, by replication number. */
    int[] draws() {
        return draws.clone();
    }

    /**
     * The scenario of each replication: the file loaded with the drawn vector's overrides, seed and
     * replications set. The ensemble's columns are checked against {@code loaded} (the file with
     * the user's overrides) first, then each distinct vector is loaded here, once, so a bad column
     * or value fails before any run, named by the ensemble's column and row rather than by the
     * overrides it is applied as, and the function is safe to call from worker threads.
     */
    IntFunction<Scenario> scenarios(Path scenarioFile, Scenario loaded, ScenarioOptions options, long seed,
                                    int replications) {
        requireColumnsOf(scenarioFile, loaded);
        Map<Integer, Scenario> byVector = new HashMap<>();
        for (int v : draws) {
            byVector.computeIfAbsent(v, i -> load(scenarioFile, options, i).withRun(seed, replications));
        }
        Map<Integer, Scenario> loadedByVector = Map.copyOf(byVector);
        return k -> loadedByVector.get(draws[k]);
    }

    /** Every column must be a numeric parameter of the scenario: all that are not, one line each. */
    private void requireColumnsOf(Path scenarioFile, Scenario loaded) {
        List<String> lines = columnProblems(file, ensemble.paths(), scenarioFile, loaded);
        if (!lines.isEmpty()) {
            throw new BadInputException(String.join("\n", lines));
        }
    }

    /** The columns of the ensemble file that are not numeric parameters of the scenario, one line each. */
    private static List<String> columnProblems(Path file, List<String> columns, Path scenarioFile, Scenario loaded) {
        Set<String> parameters = new TreeSet<>();
        ParameterCatalog.list(Scenario.class, loaded).forEach(row -> parameters.add(row.path()));
        List<String> lines = new ArrayList<>();
        for (String column : columns) {
            if (!parameters.contains(column)) {
                lines.add("--parameter-uncertainty " + file + ": column '" + column + "': expected a numeric parameter"
                        + " path of " + scenarioFile + ", but the scenario has no such parameter. Fix: " + Problem.ended(
                        LocatedDocument.didYouMeanParameter(column, parameters, "see `highland params " + scenarioFile
                        + "` for the paths")) + " Rename the column to a parameter's path, or remove it.");
            }
        }
        return lines;
    }

    /** The file with vector {@code v}'s overrides; a problem they cause is named by the ensemble's row and column. */
    private Scenario load(Path scenarioFile, ScenarioOptions options, int v) {
        List<String> sets = ensemble.sets(v);
        try {
            return options.load(scenarioFile, sets);
        } catch (ScenarioException e) {
            int first = options.sets.size();
            List<String> lines = new ArrayList<>();
            for (Problem p : e.problems()) {
                int number = p.overrideNumber();
                int column = number < 0 ? -1 : number - 1 - first;
                lines.add(column < 0 || column >= sets.size() ? p.render()
                        : "--parameter-uncertainty " + file + ": row " + (v + 1) + ", column '"
                        + ensemble.paths().get(column) + "' (applied to " + scenarioFile + "): expected "
                        + p.expected().replaceAll("[.\\s]+$", "") + ". Fix: correct that value in the ensemble, or"
                        + " remove the row.");
            }
            throw new BadInputException(String.join("\n", lines));
        }
    }

    /** {@value #FILE}: replication, vector (row of the ensemble file, from 1), then the values. */
    void write(Path csv) throws IOException {
        StringBuilder sb = new StringBuilder("replication,vector");
        for (String p : ensemble.paths()) {
            sb.append(',').append(p);
        }
        sb.append('\n');
        for (int k = 0; k < draws.length; k++) {
            sb.append(k).append(',').append(draws[k] + 1);
            for (double v : ensemble.vectors().get(draws[k])) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
    }

    /** One line for the console: where the replications' parameters came from and where to see which. */
    String describe() {
        return "parameters: each replication drew one of the " + ensemble.vectors().size() + " parameter sets of "
                + file + " (which one: " + FILE + ")";
    }

    /** The manifest entry: the file, its hash, its size and the vector of each replication. */
    ObjectNode manifestEntry() throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("file", file.toString());
        node.put("sha256", Hashes.sha256(file));
        node.put("vectors", ensemble.vectors().size());
        node.put("drawsFile", FILE);
        var list = node.putArray("vectorByReplication");
        for (int d : draws) {
            list.add(d + 1);
        }
        return node;
    }

    List<String> paths() {
        return ensemble.paths();
    }
}
