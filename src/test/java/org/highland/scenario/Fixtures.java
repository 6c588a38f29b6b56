package org.highland.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.highland.model.Param;

/** Small scenario types and a defaults document shaped like the real ones, for the reader tests. */
final class Fixtures {
    private Fixtures() {
    }

    enum Mode { FAST, FULL }

    record Sample(
            @Param(unit = "seed", min = 0, doc = "random seed") long seed,
            Time time,
            List<Region> regions,
            Map<String, Policy> policies,
            Mode mode,
            boolean verbose,
            @Param(unit = "share", min = 0, max = 1, doc = "sector shares") List<Double> shares,
            String name) {
    }

    record Time(
            @Param(unit = "year", min = 2000, max = 2100, doc = "first simulated year") int startYear,
            @Param(unit = "year", min = 2000, max = 2100, doc = "last simulated year") int endYear)
            implements Checked {
        @Override
        public void check(Checks checks) {
            checks.require(endYear >= startYear, "endYear", "a year not before startYear (" + startYear + ")",
                    "raise endYear or lower startYear");
        }
    }

    record Region(
            String name,
            @Param(unit = "person", min = 0, doc = "residents at start") double population,
            @Param(unit = "share", min = 0, max = 1, doc = "yearly growth") double growth) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = TrialSupport.class, name = "clinical-trial-support"),
        @JsonSubTypes.Type(value = RdSubsidy.class, name = "rd-subsidy")
    })
    sealed interface Policy permits TrialSupport, RdSubsidy {
    }

    record TrialSupport(
            @Param(unit = "million_yuan", min = 0, max = 1000, doc = "phase 1 cap") double phase1MaxMillion,
            @Param(unit = "million_yuan", min = 0, max = 1000, doc = "phase 3 cap") double phase3MaxMillion,
            @Param(unit = "share", min = 0, max = 1, doc = "share of costs covered") double coverage)
            implements Policy, Checked {
        @Override
        public void check(Checks checks) {
            checks.require(phase1MaxMillion <= phase3MaxMillion, "phase1MaxMillion",
                    "at most phase3MaxMillion (" + phase3MaxMillion + ")", "lower phase1MaxMillion");
        }
    }

    /** {@code maxFirms} deliberately lacks {@code @Param} for the catalog test. */
    record RdSubsidy(@Param(unit = "share", min = 0, max = 1, doc = "subsidy rate") double rate, int maxFirms)
            implements Policy {
    }

    static final String DEFAULTS = """
            seed: 42
            time:
              startYear: 2020
              endYear: 2030
            regions:
              - name: North
                population: 1000
                growth: 0.01
              - name: South
                population: 2000
                growth: 0.02
            policies:
              trialSupport:
                type: clinical-trial-support
              rdSubsidy:
                type: rd-subsidy
                rate: 0.1
                maxFirms: 10
            mode: FAST
            verbose: false
            shares: [0.25, 0.75]
            name: baseline
            typeDefaults:
              clinical-trial-support:
                phase1MaxMillion: 5
                phase3MaxMillion: 50
                coverage: 0.3
            """;

    /** A reader whose defaults resource {@code test/defaults.yaml} lives under {@code folder}. */
    static ScenarioReader<Sample> reader(Path folder) {
        return reader(folder, DEFAULTS);
    }

    /** A reader with other defaults, written to {@code folder} as {@code test/defaults.yaml}. */
    static ScenarioReader<Sample> reader(Path folder, String defaults) {
        try {
            Path resource = folder.resolve("test/defaults.yaml");
            Files.createDirectories(resource.getParent());
            Files.writeString(resource, defaults);
            // The reader parses its defaults in the constructor, so the loader can close after it.
            try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
                return new ScenarioReader<>(Sample.class, "test/defaults.yaml", loader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
