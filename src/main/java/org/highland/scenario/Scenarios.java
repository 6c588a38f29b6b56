package org.highland.scenario;

import java.nio.file.Path;
import java.util.List;

/** Reads {@link Scenario}s over the built-in defaults. */
public final class Scenarios {
    /** Classpath resource holding every default. */
    public static final String DEFAULTS = "highland/defaults.yaml";
    private static final ScenarioReader<Scenario> READER = new ScenarioReader<>(Scenario.class, DEFAULTS);

    private Scenarios() {
    }

    /** Reads a scenario file with {@code --set} overrides; throws {@link ScenarioException}. */
    public static Scenario load(Path file, List<String> sets) {
        return READER.read(file, sets);
    }

    /** The built-in defaults as a scenario. */
    public static Scenario defaults() {
        return READER.defaults();
    }

    /** The built-in defaults with {@code --set} overrides; throws {@link ScenarioException}. */
    public static Scenario defaults(List<String> sets) {
        return READER.read(null, sets);
    }

    /** The scenario as YAML, every default filled in. */
    public static String toYaml(Scenario scenario) {
        return READER.toYaml(scenario);
    }
}
