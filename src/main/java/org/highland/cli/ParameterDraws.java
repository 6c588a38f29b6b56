package org.highland.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.calibration.CalibrationEnsemble;
import org.highland.experiment.calibration.CalibrationException;
import org.highland.experiment.calibration.ParameterEnsemble;
import org.highland.report.Hashes;
import org.highland.scenario.Scenario;

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

    /** Reads the ensemble and draws one vector per replication; throws BadInputException on a bad file. */
    static ParameterDraws of(Path file, long seed, int replications) {
        ParameterEnsemble ensemble;
        try {
            ensemble = CalibrationEnsemble.read(file);
        } catch (CalibrationException e) {
            throw new BadInputException("--parameter-uncertainty: " + e.getMessage());
        }
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
     * replications set. Loaded here, once per distinct vector, so a bad path fails before any run
     * and the function is safe to call from worker threads.
     */
    IntFunction<Scenario> scenarios(Path scenarioFile, ScenarioOptions options, long seed, int replications) {
        Map<Integer, Scenario> byVector = new HashMap<>();
        for (int v : draws) {
            byVector.computeIfAbsent(v, i -> options.load(scenarioFile, ensemble.sets(i)).withRun(seed, replications));
        }
        Map<Integer, Scenario> loaded = Map.copyOf(byVector);
        return k -> loaded.get(draws[k]);
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
