package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The event-driven pipeline (a firm visits its projects only in a month with an event) against
 * the reference that visits every project every month: the same replication, bit for bit, on
 * the baseline and on the combined scenario (relocations, acquisitions, all instruments); and,
 * month by month, the firms' cached pipeline state against a recomputation from the projects
 * and the region's dense park-index array against the firms' parks.
 */
class EventDrivenPipelineTest {
    private static final double SCALE = 0.05;
    private static final String END = "time.endYear=2022";

    @Test
    void eventDrivenRunEqualsMonthlyVisitsBitForBit() {
        for (String file : List.of("scenarios/baseline.yaml", "scenarios/combined.yaml")) {
            Scenario scenario = Scenarios.load(Path.of(file), List.of(END));
            ReplicationResult eventDriven = run(scenario, false);
            ReplicationResult monthly = run(scenario, true);
            ModelRuns.assertSameBits(file, monthly, "monthly visits", eventDriven, "event-driven");
        }
    }

    @Test
    void cachedPipelineStateMatchesTheProjects() {
        Scenario scenario = Scenarios.load(Path.of("scenarios/combined.yaml"), List.of(END));
        HighlandSim sim = ModelRuns.start(scenario, SCALE, scenario.seed(), 0);
        int[] quietFirmMonths = {0};
        ModelRuns.run(sim, scenario.time().months(), world -> {
            for (int r = 0; r < world.regionCount(); r++) {
                Region region = world.region(r);
                for (int i = 0; i < region.firmCount(); i++) {
                    quietFirmMonths[0] += check(region.firm(i));
                    // The dense park-index array follows entries, exits, relocations and moves.
                    assertEquals(region.firm(i).park().index, region.firmParks[i], "park index of firm " + i);
                }
            }
        });
        sim.finish();
        assertTrue(quietFirmMonths[0] > 10_000, "too few firm-months between pipeline events: " + quietFirmMonths[0]);
    }

    private static ReplicationResult run(Scenario scenario, boolean visitMonthly) {
        HighlandSim sim = ModelRuns.start(scenario, SCALE, scenario.seed(), 0);
        sim.world().visitProjectsMonthly = visitMonthly;
        ModelRuns.run(sim, scenario.time().months(), w -> { });
        ReplicationResult result = sim.result();
        sim.finish();
        return result;
    }

    /**
     * Checks one firm after its month; returns 1 if its next month may skip its projects. The
     * reference: each project's countdown caught up by the months skipped, the month of its next
     * event found by stepping it month by month, the spend and sales summed afresh.
     */
    private static int check(Enterprise firm) {
        Pipeline pl = firm.pipeline;
        if (pl == null) {
            // A firm that never held a project, or whose pipeline emptied: no project, no product sales, nothing to visit.
            assertEquals(0, firm.projectCount, "projects of firm " + firm.id + " without a pipeline");
            assertEquals(0.0, firm.productRevenue, "product sales of firm " + firm.id + " without a pipeline");
            return 1;
        }
        assertFalse(firm.projectCount == 0 && pl.matureSales == 0,
                "firm " + firm.id + " keeps a pipeline without projects or products");
        long mask = 0;
        for (int i = 0; i < firm.projectCount; i++) {
            mask |= ProjectCodes.bit(pl.projects[i]);
        }
        for (int i = firm.projectCount; i < pl.projects.length; i++) {
            assertNull(pl.projects[i], "a project left in slot " + i + " of firm " + firm.id);
        }
        // A stage mask kept from the last financing sum is the projects' kinds and stages.
        if (!pl.financingStale) {
            assertEquals(mask, pl.stageMask, "stage mask of firm " + firm.id);
        }
        // A financing value kept from an earlier month is the sum a fresh pass gives, bit for bit.
        if (!pl.financingStale && pl.financingVersion == firm.region.valuation.grossVersion()) {
            assertEquals(Double.doubleToLongBits(firm.pipelineValue()), Double.doubleToLongBits(pl.financingValue),
                    "kept financing value of firm " + firm.id);
        }
        if (pl.pipelineChanged) {
            return 0;
        }
        double spend = 0;
        double sales = 0;
        int firstEvent = Integer.MAX_VALUE;
        for (int i = 0; i < firm.projectCount; i++) {
            Project p = pl.projects[i];
            if (p.launched) {
                sales += salesAfter(p, pl.skippedPipelineMonths);
                firstEvent = Math.min(firstEvent, monthsToPooling(p.route, p.monthsOnMarket() + pl.skippedPipelineMonths));
            } else {
                spend += p.route.costPerMonth[p.stageIndex] * pl.quietCostFactor;
                int left = p.monthsLeft() - pl.skippedPipelineMonths;
                assertTrue(left >= 1, "firm " + firm.id + ": a stage that should have ended is still counting: " + left);
                firstEvent = Math.min(firstEvent, left);
            }
        }
        assertEquals(spend, pl.quietSpend, "quiet spend of firm " + firm.id);
        // This month's sales: the closed-form sales path while a product ramps, else the kept sum.
        double quietSales = pl.salesPath == null ? pl.quietSales
                : PipelineVisit.salesPathSum(pl, pl.skippedPipelineMonths);
        assertEquals(Double.doubleToLongBits(sales), Double.doubleToLongBits(quietSales), "quiet sales of firm " + firm.id);
        // The firm visits when its countdown reaches zero: never after the first event.
        assertTrue(pl.monthsToPipelineEvent <= firstEvent,
                "firm " + firm.id + " would next visit in " + pl.monthsToPipelineEvent + " months, its first event is in " + firstEvent);
        return pl.monthsToPipelineEvent > 1 ? 1 : 0;
    }

    /** Months until a product on the market for {@code onMarket} months joins the mature pool, stepping month by month. */
    private static int monthsToPooling(Route route, int onMarket) {
        for (int k = 1; ; k++) {
            if (onMarket + k > Math.max(route.exclusivityMonths, route.rampMonths)) {
                return k;
            }
        }
    }

    /** A product's sales {@code skipped} months after its firm's last visit, ramping month by month as a visit does. */
    private static double salesAfter(Project p, int skipped) {
        double sales = p.sales();
        for (int k = 1; k <= skipped; k++) {
            int month = p.monthsOnMarket() + k;
            if (month <= p.route.rampMonths) {
                sales = p.peakSales() * month / p.route.rampMonths;
            }
        }
        return sales;
    }
}
