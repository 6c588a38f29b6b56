package org.highland.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.SettingsChanges;
import org.highland.experiment.io.Hashes;

/**
 * {@code sweep.json}: what a sweep folder holds, resolved (factor ranges filled in, scenario files
 * already read), enough to analyse the folder without the experiment's files and to refuse
 * resuming a folder with another experiment or settings.
 *
 * @param endYear                last simulated year given on the command line, or null
 * @param resolvedScenarioSha256 each scenario's SHA-256 as simulated (its resolved YAML, the
 *                               experiment's {@code set:} and --end applied), by name: the
 *                               scenario files are read afresh on a resume, so an edit to one of
 *                               them, or to a file it extends, shows here; null in the folders of
 *                               earlier versions
 */
public record SweepDescriptor(String name, String description, DesignMethod method, int size, int morrisLevels,
                              long seed, boolean commonStreams, int replications, double scale, Integer endYear,
                              List<String> scenarios, Map<String, String> resolvedScenarioSha256,
                              List<SweepFactor> factors, List<OutputOfInterest> outputs) {
    public static final String FILE = "sweep.json";
    /** The scenario hashes, which earlier versions did not record: a sweep.json without them is compared without them. */
    private static final String HASHES = "resolvedScenarioSha256";

    private static ObjectMapper mapper() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * The descriptor of an experiment run at a scale and end year.
     *
     * @param resolved each scenario's resolved YAML by name, the base first
     */
    public static SweepDescriptor of(ExperimentSpec spec, double scale, Integer endYear, Map<String, String> resolved) {
        Map<String, String> sha256 = new LinkedHashMap<>();
        resolved.forEach((name, yaml) -> sha256.put(name, Hashes.sha256(yaml.getBytes(StandardCharsets.UTF_8))));
        return new SweepDescriptor(spec.name(), spec.description(), spec.method(), spec.size(), spec.morrisLevels(),
                spec.seed(), spec.commonStreams(), spec.replications(), scale, endYear,
                new ArrayList<>(resolved.keySet()), sha256, spec.factors(), spec.outputs());
    }

    /**
     * Whether an earlier sweep's {@code sweep.json} describes this sweep: the same settings, as far
     * as it records them (one an earlier version wrote has no scenario hashes, and resumes as that
     * version would have resumed it).
     */
    public boolean sameAs(String earlierJson) throws IOException {
        JsonNode then = mapper().readTree(earlierJson);
        return then.equals(comparableTo(then));
    }

    /**
     * What differs between an earlier sweep's {@code sweep.json} and this one, in words: each
     * setting with its value then and now, and the scenarios that no longer resolve the same.
     */
    public List<String> differencesFrom(String earlierJson) throws IOException {
        JsonNode then = mapper().readTree(earlierJson);
        JsonNode now = comparableTo(then);
        return SettingsChanges.between(then, now, Map.of(HASHES, changedScenarios(then.path(HASHES), now.path(HASHES))));
    }

    /** This descriptor as JSON with the fields {@code then} was recorded with. */
    private JsonNode comparableTo(JsonNode then) throws IOException {
        return SettingsChanges.asRecordedIn(then, (ObjectNode) mapper().readTree(toJson()), List.of(HASHES));
    }

    private static String changedScenarios(JsonNode then, JsonNode now) {
        Set<String> changed = new LinkedHashSet<>();
        now.fieldNames().forEachRemaining(changed::add);
        then.fieldNames().forEachRemaining(changed::add);
        changed.removeIf(name -> now.path(name).equals(then.path(name)));
        return "the scenario" + (changed.size() == 1 ? " " : "s ") + String.join(", ", changed)
                + " as simulated (a scenario file, a file it extends or the experiment's set: changed since)";
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
