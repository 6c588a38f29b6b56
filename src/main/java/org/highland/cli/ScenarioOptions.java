package org.highland.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Option;

/** Options shared by every command that runs a scenario. */
public final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value, e.g. --set policies.zhejiangTrialSupport.phase3MaxMillion=30 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", description = "Random seed (default: the scenario's seed).")
    Long seed;

    @Option(names = "--replications", description = "Number of replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: available cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--scale", defaultValue = "1.0",
            description = "Share of real firms simulated, in (0, 1] (default: ${DEFAULT-VALUE}); outputs are reported at full scale.")
    double scale;

    @Option(names = "--end", description = "Last simulated year (default: the scenario's).")
    Integer endYear;

    /** Loads the scenario and applies --end; throws on bad input. */
    Scenario load(Path file) {
        return load(file, List.of());
    }

    /** Loads the scenario with further overrides after the --set ones (e.g. drawn parameters), and applies --end. */
    Scenario load(Path file, List<String> extraSets) {
        List<String> all = new ArrayList<>(sets);
        all.addAll(extraSets);
        Scenario scenario = Scenarios.load(file, all);
        if (endYear != null) {
            if (endYear < scenario.time().startYear() || endYear > 2100) {
                throw new BadInputException("--end " + endYear + ": expected a year from "
                        + scenario.time().startYear() + " to 2100. Fix: pass a year in that range.");
            }
            scenario = scenario.withEndYear(endYear);
        }
        return scenario;
    }

    long seed(Scenario scenario) {
        return seed != null ? seed : scenario.seed();
    }

    int replications(Scenario scenario) {
        int r = replications != null ? replications : scenario.replications();
        if (r < 1) {
            throw new BadInputException("--replications " + r + ": expected at least 1. Fix: pass --replications 1 or more.");
        }
        return r;
    }

    int threads() {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new BadInputException("--threads " + t + ": expected at least 1. Fix: pass --threads 1 or more.");
        }
        return t;
    }

    double scale() {
        if (!(scale > 0 && scale <= 1)) {
            throw new BadInputException("--scale " + scale + ": expected a share in (0, 1]. Fix: pass e.g. --scale 0.05 for a quick look, or 1 for one agent per firm.");
        }
        return scale;
    }
}
