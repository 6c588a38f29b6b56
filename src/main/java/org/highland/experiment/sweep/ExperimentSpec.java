package org.highland.experiment.sweep;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment as read and checked from {@code experiments/*.yaml}: which scenarios run, which
 * values vary and how, how often, and what is recorded.
 *
 * @param name          experiment name (default folder name of its sweeps)
 * @param description   one line for reports
 * @param file          the experiment file
 * @param base          base scenario file
 * @param variants      variant scenario files by name, in file order (run at every point with
 *                      the base's seed and replication: common random numbers)
 * @param sets          fixed {@code --set}s applied to every scenario before the factors
 * @param factors       the factors, in file order
 * @param method        design method
 * @param size          design size (see {@link DesignMethod})
 * @param morrisLevels  grid levels of a Morris design (even)
 * @param replications  replications per point
 * @param seed          master seed
 * @param commonStreams whether every point uses the streams of (seed, replication) (common random
 *                      numbers across points), or streams of (seed, point, replication)
 * @param outputs       the outputs of interest
 */
public record ExperimentSpec(String name, String description, Path file, Path base, Map<String, Path> variants,
                             List<String> sets, List<SweepFactor> factors, DesignMethod method, int size,
                             int morrisLevels, int replications, long seed, boolean commonStreams,
                             List<OutputOfInterest> outputs) {
    public ExperimentSpec {
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        sets = List.copyOf(sets);
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
    }

    /** The same experiment with another replication count (command-line override). */
    public ExperimentSpec withReplications(int r) {
        return new ExperimentSpec(name, description, file, base, variants, sets, factors, method, size,
                morrisLevels, r, seed, commonStreams, outputs);
    }
}
