package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage-gate decisions: a project continues only while its continuation value is not negative. */
class ProjectDecisionTest {
    private static final int REPLICATIONS = 8;

    @TempDir
    Path dir;

    @Test
    void aProjectWhoseContinuationValueIsNegativeIsStoppedAtItsNextGate() {
        Scenario scenario = ModelRuns.scenario(dir, "gate", "", "time.endYear=2016");
        HighlandSim sim = ModelRuns.start(scenario, 0.02, 11, 0);
        sim.schedule.step(sim);
        World world = sim.world();
        Region region = world.region("Zhejiang");
        Enterprise firm = innovator(region);
        Route route = world.route(ProjectKind.INNOVATIVE_DRUG);
        Project weak = firm.startProject(world, route, 0.01);
        Project strong = firm.startProject(world, route, 100);
        for (Project p : new Project[] {weak, strong}) {
            p.months = 1;
            p.willSucceed = true;
        }
        assertTrue(ProjectDecision.value(firm, route.kind, 1, weak.quality) < 0, "the weak project is worth continuing");
        assertTrue(ProjectDecision.value(firm, route.kind, 1, strong.quality) > 0, "the strong project is not");
        double stopsBefore = region.counters().get(Counter.PROJECT_STOPS);
        double innovativeBefore = region.counters().get(Counter.INNOVATIVE_PROJECT_STOPS);

        firm.stepMonth();

        assertFalse(holds(firm, weak), "the weak project was not stopped");
        assertTrue(holds(firm, strong), "the strong project was stopped");
        assertEquals(1, strong.stageIndex, "the strong project did not enter its next stage");
        assertEquals(stopsBefore + 1, region.counters().get(Counter.PROJECT_STOPS), 0.0);
        assertEquals(innovativeBefore + 1, region.counters().get(Counter.INNOVATIVE_PROJECT_STOPS), 0.0);
    }

    /**
     * A large approval reward makes firms start weak innovative projects; once it ends, those
     * projects are worth less than their remaining cost and are stopped at their next gate. With
     * the reward continued (common random numbers), nothing changes the values and nothing stops.
     */
    @Test
    void endingASupportPolicyStopsProjectsWhoseValueTurnsNegative() {
        String policy = """
                policies:
                  reward: {type: approval-reward, region: Zhejiang, innovativeDrugMillion: 3000,
                           annualBudgetMillion: 1000000, endYear: %d}
                """;
        Scenario continued = ModelRuns.scenario(dir, "continued", String.format(Locale.ROOT, policy, 2035), "time.endYear=2022");
        Scenario ended = ModelRuns.scenario(dir, "ended", String.format(Locale.ROOT, policy, 2018), "time.endYear=2022");
        double stopsContinued = stops(continued);
        double stopsEnded = stops(ended);
        assertTrue(stopsEnded > 0, "no project stopped after the reward ended");
        assertTrue(stopsEnded > stopsContinued, String.format(Locale.ROOT,
                "stops 2019-2022 in Zhejiang: ended %.1f, continued %.1f", stopsEnded, stopsContinued));
    }

    /** Mean over replications of innovative-drug stops in Zhejiang over 2019-2022. */
    private static double stops(Scenario scenario) {
        return IntStream.range(0, REPLICATIONS).parallel().mapToDouble(k -> {
            ReplicationResult result = HighlandSim.run(scenario, 0.05, 20150101, k);
            double total = 0;
            for (int year = 2019; year <= 2022; year++) {
                total += result.value("innovative_project_stops", "Zhejiang", year);
            }
            return total;
        }).sum() / REPLICATIONS;
    }

    private static Enterprise innovator(Region region) {
        for (int i = 0; i < region.firmCount(); i++) {
            if (region.firm(i).sector == Sector.INNOVATIVE_DRUG) {
                return region.firm(i);
            }
        }
        throw new AssertionError("no innovative-drug firm in " + region.name);
    }

    private static boolean holds(Enterprise firm, Project project) {
        assertNotNull(project);
        for (int i = 0; i < firm.projectCount(); i++) {
            if (firm.project(i) == project) {
                return true;
            }
        }
        return false;
    }
}
