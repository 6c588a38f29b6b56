package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline's life and its stage test: dropped by the visit that leaves it without projects or
 * products and made afresh for the next project; the stage test answers from the projects while
 * they changed since the last financing sum and from the mask kept with the sums after it.
 */
class PipelineLifecycleTest {
    private static final String DRUG = "routes.innovativeDrug.stages";

    @TempDir
    Path dir;

    /** Discovery of 6 months without spread that always fails. */
    private World world() {
        Scenario scenario = ModelRuns.scenario(dir, "life", "policies: {}\n",
                DRUG + "[0].successProbability=0", DRUG + "[0].meanMonths=6", DRUG + "[0].durationCv=0");
        return ModelRuns.valuedWorld(scenario);
    }

    @Test
    void aPipelineLeftWithoutProjectsOrProductsIsDroppedAndMadeAfreshForTheNextProject() {
        World world = world();
        Region region = world.region("Zhejiang");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.INNOVATIVE_DRUG);
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        StageTransitions.start(firm, world, drug, 1.0);
        Pipeline first = firm.pipeline;
        assertNotNull(first);
        double costFactor = firm.stageCostFactor();
        double spend = drug.costPerMonth(0) * costFactor;
        for (int m = 0; m < 5; m++) {
            world.beginMonth(m);
            assertEquals(spend, PipelineVisit.visit(firm, world, costFactor), 0.0, "month " + m);
            assertSame(first, firm.pipeline, "month " + m + ": the discovery project is still under way");
        }
        // The sixth month ends discovery: it fails, the project leaves, nothing is left to visit.
        world.beginMonth(5);
        assertEquals(spend, PipelineVisit.visit(firm, world, costFactor), 0.0, "the last month of discovery is still paid");
        assertEquals(0, firm.projectCount);
        assertNull(firm.pipeline, "a pipeline without projects or products is dropped");
        assertEquals(0.0, firm.productRevenue);
        assertEquals(0, firm.clinicalProjects);
        assertEquals(0, firm.pipelineValue(), 0.0);
        assertFalse(firm.hasProjectIn(new StageFilter(world, EnumSet.allOf(Stage.class))));

        StageTransitions.start(firm, world, drug, 1.0);
        assertNotNull(firm.pipeline, "the next project makes a pipeline");
        assertNotSame(first, firm.pipeline);
        assertEquals(1, firm.projectCount);
        assertTrue(firm.pipeline.pipelineChanged, "the new pipeline is visited next month");
    }

    @Test
    void aProjectStartedBetweenVisitsJoinsTheQuietPlanAndEndsOnTime() {
        World world = world();
        Region region = world.region("Zhejiang");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.INNOVATIVE_DRUG);
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        double costFactor = firm.stageCostFactor();
        double spend = drug.costPerMonth(0) * costFactor;
        StageTransitions.start(firm, world, drug, 1.0);
        Pipeline pl = firm.pipeline;
        world.beginMonth(0);
        PipelineVisit.visit(firm, world, costFactor);
        assertFalse(pl.pipelineChanged);
        assertEquals(5, pl.monthsToPipelineEvent, "the first discovery ends in 5 months");
        // Two quiet months, then a second project starts: it joins the plan, no visit is due.
        pl.monthsToPipelineEvent -= 2;
        pl.skippedPipelineMonths += 2;
        StageTransitions.start(firm, world, drug, 1.0);
        assertEquals(2, firm.projectCount);
        assertFalse(pl.pipelineChanged, "the started project joins the plan");
        assertEquals(spend + spend, pl.quietSpend, 0.0, "its spend after the first's");
        assertEquals(3, pl.monthsToPipelineEvent, "the first project still ends first");
        assertEquals(6 + 2, firm.project(1).monthsLeft(), "its countdown holds the skipped months the next visit takes away");
        // Three more months: the first discovery ends at the visit; the second has 3 months left.
        pl.skippedPipelineMonths += 2;
        world.beginMonth(5);
        assertEquals(spend + spend, PipelineVisit.visit(firm, world, costFactor), 0.0);
        assertEquals(1, firm.projectCount, "the first discovery failed and left");
        assertEquals(3, firm.project(0).monthsLeft(), "started 3 months ago, 6 months long");
        assertEquals(3, pl.monthsToPipelineEvent);
    }

    @Test
    void theStageTestReadsTheProjectsUntilTheFinancingSumKeepsTheirMask() {
        World world = world();
        Region region = world.region("Jiangsu");
        Enterprise firm = ModelRuns.firmOutsideParks(region, Sector.INNOVATIVE_DRUG);
        StageFilter phase2 = new StageFilter(world, EnumSet.of(Stage.PHASE2));
        StageFilter late = new StageFilter(world, EnumSet.of(Stage.PHASE3, Stage.APPROVED));
        assertFalse(firm.hasProjectIn(phase2), "no pipeline, no project");
        firm.seedProject(world.route(ProjectKind.INNOVATIVE_DRUG), 3, 1.0);
        assertTrue(firm.pipeline.financingStale);
        assertTrue(firm.hasProjectIn(phase2), "read from the project");
        assertFalse(firm.hasProjectIn(late));
        firm.registerForFinancing();
        assertFalse(firm.pipeline.financingStale);
        assertEquals(ProjectCodes.bit(ProjectKind.INNOVATIVE_DRUG, Stage.PHASE2), firm.pipeline.stageMask);
        assertTrue(firm.hasProjectIn(phase2), "read from the mask");
        assertFalse(firm.hasProjectIn(late));
        // A project in phase III added after the sum (e.g. bought): the test reads the projects again.
        firm.seedProject(world.route(ProjectKind.INNOVATIVE_DRUG), 4, 1.0);
        assertTrue(firm.hasProjectIn(late));
    }
}
