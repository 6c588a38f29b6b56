package org.highland.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.calibration.ScenarioSimulator;
import org.highland.experiment.screening.Factor;
import org.highland.experiment.screening.ScenarioEffect;
import org.highland.model.Trend;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study whose runs differ in the innovation trend runs them all at one ceiling of the
 * opportunities, the highest any of them reaches; a study whose runs share one adds nothing. The
 * scenarios here ask for a ceiling of 1, so their trends' bounds decide.
 */
class SharedOpportunityCeilingTest {
    private static final String CEILING = SharedOpportunityCeiling.CEILING;
    private static final String TREND = SharedOpportunityCeiling.TREND;
    private static final String DECAY = SharedOpportunityCeiling.DECAY;

    @TempDir
    Path dir;

    @Test
    void runsThatShareTheTrendNeedNoPin() throws IOException {
        Scenario a = load("a", "");
        Scenario b = load("b", "description: another policy\n");
        assertEquals(List.of(), SharedOpportunityCeiling.pin(List.of(a, b), Map.of("firms.discountRatePerYear", 0.2)));
    }

    @Test
    void aVariedTrendPinsTheBoundOfItsTop() throws IOException {
        Scenario s = load("s", "", DECAY + "=10");
        assertEquals(List.of(CEILING + "=" + Trend.bound(0.2, 10)),
                SharedOpportunityCeiling.pin(List.of(s), Map.of(TREND, 0.2)));
        assertEquals(List.of(CEILING + "=" + Trend.bound(0.2, 15)),
                SharedOpportunityCeiling.pin(List.of(s), Map.of(TREND, 0.2, DECAY, 15.0)));
    }

    @Test
    void aVariedDecayAloneAlsoPins() throws IOException {
        Scenario s = load("s", "", TREND + "=0.1");
        assertEquals(List.of(CEILING + "=" + Trend.bound(0.1, 20)),
                SharedOpportunityCeiling.pin(List.of(s), Map.of(DECAY, 20.0)));
    }

    @Test
    void scenariosWithDifferentTrendsShareTheHigherBound() throws IOException {
        Scenario low = load("low", "", TREND + "=0.05");
        Scenario high = load("high", "", TREND + "=0.15");
        double decay = low.model().firms().innovationTrendDecayYears();
        assertEquals(List.of(CEILING + "=" + Trend.bound(0.15, decay)),
                SharedOpportunityCeiling.pin(List.of(low, high), Map.of()));
    }

    @Test
    void oneScenariosHigherParameterIsSharedByAll() throws IOException {
        Scenario high = load("high", "", CEILING + "=9");
        Scenario low = load("low", "");
        assertEquals(List.of(CEILING + "=9.0"), SharedOpportunityCeiling.pin(List.of(high, low), Map.of(TREND, 0.1)));
    }

    @Test
    void aParameterAboveEveryBoundNeedsNoPin() throws IOException {
        Scenario s = load("s", "", CEILING + "=8", DECAY + "=10");
        assertEquals(List.of(), SharedOpportunityCeiling.pin(List.of(s), Map.of(TREND, 0.2)), "1.2^10 = 6.2 < 8");
    }

    @Test
    void aStudyThatVariesTheCeilingItselfIsLeftAlone() throws IOException {
        Scenario s = load("s", "");
        assertEquals(List.of(), SharedOpportunityCeiling.pin(List.of(s), Map.of(CEILING, 8.0, TREND, 0.2)));
    }

    @Test
    void calibrationCandidatesAndScreeningPointsCarryThePin() throws IOException {
        Path base = write("base", "");
        Path variant = write("variant", "description: a variant\n");
        Experiment.Settings settings = new Experiment.Settings(0.05, 1, 1, 1);
        double decay = Scenarios.load(base, List.of()).model().firms().innovationTrendDecayYears();
        String pin = CEILING + "=" + Trend.bound(0.2, decay);

        ScenarioSimulator calibration = new ScenarioSimulator(base, List.of(), List.of(new FreeParameter(TREND, 0.05, 0.2)),
                2016, settings);
        assertEquals(List.of(pin, TREND + "=0.1"), calibration.sets(new double[] {0.1}));
        ScenarioSimulator other = new ScenarioSimulator(base, List.of(),
                List.of(new FreeParameter("firms.discountRatePerYear", 0.05, 0.2)), 2016, settings);
        assertEquals(List.of("firms.discountRatePerYear=0.1"), other.sets(new double[] {0.1}));

        ScenarioEffect screening = new ScenarioEffect(base, variant, List.of(), List.of(new Factor(TREND, 0.05, 0.2, 0.12)),
                List.of(), null, settings, ProgressReporter.disabled());
        assertEquals(List.of(pin, TREND + "=0.05"), screening.sets(new double[] {0.05}));
    }

    private Scenario load(String name, String yaml, String... sets) throws IOException {
        return Scenarios.load(write(name, yaml), List.of(sets));
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nfirms:\n  opportunityCeiling: 1\n" + yaml);
        return file;
    }
}
