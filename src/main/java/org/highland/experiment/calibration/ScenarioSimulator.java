package org.highland.experiment.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * Simulates a candidate the way a user would: the scenario file read with the user's
 * {@code --set}s plus one {@code path=value} per free parameter, so a calibrated value behaves
 * exactly as it will in the shipped scenario. Every candidate uses the same seed and replications
 * (common random numbers), so two candidates differ only by their parameters.
 */
public final class ScenarioSimulator implements Simulator {
    private final Path file;
    private final List<String> sets;
    private final List<FreeParameter> parameters;
    private final int endYear;
    private final Experiment.Settings settings;

    public ScenarioSimulator(Path file, List<String> sets, List<FreeParameter> parameters, int endYear,
                             Experiment.Settings settings) {
        this.file = file;
        this.sets = List.copyOf(sets);
        this.parameters = List.copyOf(parameters);
        this.endYear = endYear;
        this.settings = settings;
    }

    /** The {@code --set} list of a candidate: the user's first, then the free parameters. */
    public List<String> sets(double[] values) {
        List<String> all = new ArrayList<>(sets);
        for (int i = 0; i < parameters.size(); i++) {
            // Double.toString reads back to the same double, so the log replays exactly.
            all.add(parameters.get(i).path() + "=" + values[i]);
        }
        return all;
    }

    @Override
    public List<ReplicationResult> simulate(double[] values) {
        Scenario scenario = Scenarios.load(file, sets(values));
        if (endYear < scenario.time().endYear()) {
            scenario = scenario.withEndYear(endYear);
        }
        scenario = scenario.withRun(settings.seed(), settings.replications());
        return Experiment.run(scenario, settings, ProgressReporter.disabled());
    }
}
