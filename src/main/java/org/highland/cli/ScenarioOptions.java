package org.highland.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.ProgressReporter;
import org.highland.model.Param;
import org.highland.model.spec.RegionSpec;
import org.highland.scenario.Scenario;
import org.highland.scenario.ScenarioException;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Option;

/** Options shared by every command that runs a scenario. */
public final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value, e.g. --set policies.zhejiangTrialSupport.phase3MaxMillion=30 (repeatable; default: none).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", description = "Random seed, a whole number (default: the scenario's seed).")
    Long seed;

    @Option(names = "--replications", description = "Number of replications (default: the scenario's replications).")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: the number of available cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--scale",
            description = "Share of real firms simulated, in (0, 1]; outputs are reported at full scale (default: the"
                    + " scenario's scale, 1.0 unless it says otherwise).")
    Double scale;

    /** The warnings on the scenarios' policies printed so far. */
    private final Set<String> warned = new HashSet<>();

    /** The scale the first scenario loaded runs at: --scale, else its {@code scale:}. */
    private Double used;

    @Option(names = "--end", description = "Last simulated year, a calendar year (default: the scenario's time.endYear).")
    Integer endYear;

    @Option(names = "--quiet", description = "No progress output; results, warnings and errors still print (default:"
            + " progress on stderr, a bar on a terminal).")
    boolean quiet;

    /** Progress of {@code total} steps of {@code task} on stderr, or none with --quiet. */
    ProgressReporter progress(String task, long total) {
        return ProgressReporter.start(task, total, quiet);
    }

    /**
     * The last --set argument that sets {@code path} or a mapping holding it ({@code time.endYear=2021},
     * {@code time={...}}), as given, or null: for messages that name where a value came from.
     */
    String lastSetOf(String path) {
        for (int i = sets.size() - 1; i >= 0; i--) {
            String[] parts = sets.get(i).split("=", 2);
            String target = parts[0].strip();
            if (target.endsWith("*")) {
                target = target.substring(0, target.length() - 1);
            }
            if (path.equals(target)
                    || path.startsWith(target + ".") && holds(parts.length > 1 ? parts[1] : "", path.substring(target.length() + 1))) {
                return sets.get(i);
            }
        }
        return null;
    }

    /**
     * Whether a --set's mapping value names {@code rest} (dotted names): {@code time={startYear: 2016}} is
     * merged into the scenario's time and leaves its endYear alone. A value that does not read, or a
     * rest with list indices, is taken to hold it.
     */
    private static boolean holds(String value, String rest) {
        if (rest.contains("[")) {
            return true;
        }
        try {
            JsonNode node = new YAMLMapper().readTree(value);
            return node == null || !node.isObject() || !node.at("/" + rest.replace('.', '/')).isMissingNode();
        } catch (IOException e) {
            return true;
        }
    }

    /** Loads the scenario and applies --end; throws on bad input. */
    Scenario load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads one of the scenarios a command runs alike (compare's base and variants, screen's
     * pair). Every --set applies to each of them, so one written for a variant's own policy fails
     * on the base: the problems then say on which file they arose, which the --set labels alone do
     * not. A --set that is wrong whatever it meets (a misspelt or retired field, a bad value) gets
     * no such note: moving it into one scenario's file would not mend it, so the note would send
     * the planner the wrong way.
     *
     * @param role    how the message names the scenario: "the base", "the variant"
     * @param command the command that applies the --sets to all of them, for the message
     */
    Scenario loadOneOfAlike(Path file, String role, String command) {
        try {
            return load(file);
        } catch (ScenarioException e) {
            if (e.problems().stream().noneMatch(p -> p.overrideNumber() >= 0
                    && namesAPolicyItLacks(file, sets.get(p.overrideNumber() - 1)))) {
                throw e;
            }
            throw new BadInputException(e.getMessage() + "\n--set: expected overrides that fit the base and every"
                    + " variant, since " + command + " applies each --set to all of them; the above arose on " + role
                    + ", " + file + ". Fix: put a change meant for one scenario into that scenario's file (or a copy"
                    + " that extends it).");
        }
    }

    /**
     * Whether a --set writes into a policy ({@code policies.NAME...}) that the scenario's own files
     * do not hold: the one kind of --set that can fit a scenario run alongside and not this one.
     * A file that does not load on its own reports its own problems; the note is kept then.
     */
    private static boolean namesAPolicyItLacks(Path file, String set) {
        String target = set.split("=", 2)[0].strip();
        if (!target.startsWith("policies.")) {
            return false;
        }
        String name = target.substring("policies.".length()).split("[.\\[*]", 2)[0];
        try {
            return !Scenarios.load(file, List.of()).policies().containsKey(name);
        } catch (ScenarioException unreadable) {
            return true;
        }
    }

    /** Loads the scenario with further overrides after the --set ones (e.g. drawn parameters), and applies --end. */
    Scenario load(Path file, List<String> extraSets) {
        List<String> all = new ArrayList<>(sets);
        all.addAll(extraSets);
        Scenario scenario = Scenarios.load(file, all, warning -> {
            if (extraSets.isEmpty()) {
                // Drawn parameter vectors reload the scenario once per replication: warn once.
                System.err.println(warning);
            }
        });
        scenario = scenario.withScale(resolveScale(file, scenario));
        if (endYear != null) {
            if (endYear < scenario.time().startYear() || endYear > 2100) {
                throw new BadInputException("--end " + endYear + ": expected a year from "
                        + scenario.time().startYear() + " to 2100. Fix: pass a year in that range.");
            }
            scenario = scenario.withEndYear(endYear);
        }
        requireFirmsAtScale(scenario);
        // A bad option is refused before any warning on the scenario, which it would only bury.
        seed(scenario);
        replications(scenario);
        threads();
        scale();
        if (extraSets.isEmpty()) {
            // Once each: solve-stocks reloads the scenario every round.
            ScenarioWarnings.of(scenario).stream().filter(warned::add).forEach(System.err::println);
        }
        return scenario;
    }

    /**
     * --scale when given, else the scenario's {@code scale:}. Scenarios run together (a base and
     * its variants) share one scale: a variant whose own differs from the base's is refused rather
     * than silently run at the base's.
     */
    private double resolveScale(Path file, Scenario scenario) {
        if (scale != null) {
            used = scale;
            return scale;
        }
        if (used == null) {
            used = scenario.scale();
        } else if (used != scenario.scale()) {
            throw new BadInputException(file + ": scale: " + scenario.scale() + " differs from the first scenario's "
                    + used + "; scenarios compared with common random numbers run at one scale. Fix: give them the"
                    + " same scale: or pass --scale.");
        }
        return used;
    }

    /**
     * Fewest simulated firms a region may start with: results are scaled back up by 1 / scale, so
     * a region of two or three agents would report full-scale figures made of noise, and one of
     * none reports zeros as if they were data.
     */
    static final int MIN_FIRMS_PER_REGION = 10;

    private void requireFirmsAtScale(Scenario scenario) {
        double share = scenario.scale();
        if (!(share > 0 && share <= 1)) {
            return; // scale() reports this with its own remedy
        }
        for (Map.Entry<String, RegionSpec> e : scenario.regions().entrySet()) {
            double firms = e.getValue().initialFirms();
            if (firms > 0 && firms * share < MIN_FIRMS_PER_REGION) {
                double least = scenario.regions().values().stream().mapToDouble(RegionSpec::initialFirms)
                        .filter(f -> f > 0).map(f -> MIN_FIRMS_PER_REGION / f).max().orElse(1);
                String given = java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
                throw new BadInputException((scale != null ? "--scale " : "scale: ") + given + ": " + e.getKey()
                        + " would start with " + String.format(Locale.ROOT, "%.1f", firms * share) + " of its " + (long) firms
                        + " firms, fewer than " + MIN_FIRMS_PER_REGION + ", so its full-scale figures would be noise or"
                        + " zero. Fix: pass --scale " + String.format(Locale.ROOT, "%.4f", Math.ceil(least * 1e4) / 1e4)
                        + " or more.");
            }
        }
    }

    /** The run's seed; --seed is held to the range a scenario file's {@code seed:} has, so a run's
     * own scenario.resolved.yaml always reproduces it. */
    long seed(Scenario scenario) {
        if (seed == null) {
            return scenario.seed();
        }
        Param range = seedRange();
        // Compared as whole numbers: as doubles, 2^53 + 1 rounds to the bound 2^53 and would pass.
        if (seed < (long) range.min() || seed > (long) range.max()) {
            throw new BadInputException("--seed " + seed + ": expected a whole number from " + (long) range.min()
                    + " to " + (long) range.max() + " (the range of a scenario's seed). Fix: pass a seed in that range.");
        }
        return seed;
    }

    private static Param seedRange() {
        try {
            return Scenario.class.getDeclaredField("seed").getAnnotation(Param.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Scenario has no seed component", e);
        }
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

    /** The scale the loaded scenarios run at (--scale, else the scenario's); call after {@link #load}. */
    double scale() {
        if (used == null) {
            throw new IllegalStateException("scale() before a scenario was loaded");
        }
        double scale = used;
        if (!(scale > 0 && scale <= 1)) {
            throw new BadInputException("--scale " + scale + ": expected a share in (0, 1]. Fix: pass e.g. --scale 0.05 for a quick look, or 1 for one agent per firm.");
        }
        return scale;
    }
}
