package org.highland.experiment;

import java.util.List;
import java.util.Map;
import org.highland.model.Trend;
import org.highland.model.World;
import org.highland.model.spec.FirmSpec;
import org.highland.scenario.Scenario;

/**
 * One ceiling of the opportunities' countdowns for every run of a study. A run's countdowns run
 * at {@value #CEILING}, or at its innovation trend's bound where that is higher
 * ({@link World#opportunityCeilingOf}), and are thinned to the trend's level of the month. Two
 * runs with different ceilings draw different countdowns, and the arrivals they share are no
 * longer the same opportunities: common random numbers would hold for everything but the
 * projects. A study whose runs could differ in the ceiling (calibration, screening, sweeps and
 * comparisons that vary {@value #TREND} or {@value #DECAY}, or compare scenarios that set them
 * differently) therefore sets {@value #CEILING} for all its runs to the highest ceiling any of
 * them can reach: each then thins the same arrivals, and one with a higher trend keeps a superset
 * of another's.
 */
public final class SharedOpportunityCeiling {
    public static final String CEILING = "firms.opportunityCeiling";
    public static final String TREND = "firms.innovationTrend";
    public static final String DECAY = "firms.innovationTrendDecayYears";

    private SharedOpportunityCeiling() {
    }

    /**
     * The {@code --set} that gives every run of a study the same ceiling, or none where its runs
     * share one already (every scenario's parameter is at or above every bound the study reaches),
     * or where the study varies the ceiling itself (its runs then differ by design).
     *
     * @param scenarios the study's scenarios as loaded (e.g. base and variants)
     * @param highest   the highest value the study gives each parameter it varies, by path
     */
    public static List<String> pin(List<Scenario> scenarios, Map<String, Double> highest) {
        if (highest.containsKey(CEILING) || scenarios.isEmpty()) {
            return List.of();
        }
        double shared = 0;
        for (Scenario s : scenarios) {
            FirmSpec firms = s.model().firms();
            // The bound rises with both parameters (for a rising trend), so the tops of their ranges give the highest.
            double growth = highest.getOrDefault(TREND, firms.innovationTrend());
            double decayYears = highest.getOrDefault(DECAY, firms.innovationTrendDecayYears());
            shared = Math.max(shared, Math.max(firms.opportunityCeiling(), Trend.bound(growth, decayYears)));
        }
        boolean varied = highest.containsKey(TREND) || highest.containsKey(DECAY);
        double first = World.opportunityCeilingOf(scenarios.get(0).model().firms());
        boolean allAtTheirParameter = true;
        for (Scenario s : scenarios) {
            FirmSpec firms = s.model().firms();
            varied |= World.opportunityCeilingOf(firms) != first;
            allAtTheirParameter &= firms.opportunityCeiling() == shared;
        }
        // Double.toString reads back to the same double.
        return varied && !allAtTheirParameter ? List.of(CEILING + "=" + shared) : List.of();
    }
}
