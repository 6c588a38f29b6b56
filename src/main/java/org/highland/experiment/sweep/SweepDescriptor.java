package org.highland.experiment.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code sweep.json}: what a sweep folder holds, resolved (factor ranges filled in, scenario files
 * already read), enough to analyse the folder without the experiment's files and to refuse
 * resuming a folder with another experiment or settings.
 *
 * @param endYear last simulated year given on the command line, or null
 */
public record SweepDescriptor(String name, String description, DesignMethod method, int size, int morrisLevels,
                              long seed, boolean commonStreams, int replications, double scale, Integer endYear,
                              List<String> scenarios, List<SweepFactor> factors, List<OutputOfInterest> outputs) {
    public static final String FILE = "sweep.json";

    private static ObjectMapper mapper() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** The descriptor of an experiment run at a scale and end year. */
    public static SweepDescriptor of(ExperimentSpec spec, double scale, Integer endYear, List<String> scenarios) {
        return new SweepDescriptor(spec.name(), spec.description(), spec.method(), spec.size(), spec.morrisLevels(),
                spec.seed(), spec.commonStreams(), spec.replications(), scale, endYear, scenarios, spec.factors(),
                spec.outputs());
    }

    /** The design's unit points (regenerated: a design is a pure function of the descriptor). */
    public List<double[]> units() {
        return Designs.units(method, factors, size, morrisLevels, seed);
    }

    public String toJson() {
        try {
            return mapper().writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SweepDescriptor read(Path folder) throws IOException {
        return mapper().readValue(Files.readString(folder.resolve(FILE)), SweepDescriptor.class);
    }
}
