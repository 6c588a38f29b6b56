package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance numbers per application change only how a route's clinical filings and approvals
 * are counted: with the innovative route's ratio changed, its filings count that many times, the
 * other kinds' as before, and no firm, project or output moves.
 */
class AcceptanceNumbersTest {
    private static final double SCALE = 0.05;
    private static final long SEED = 7;
    private static final double RATIO = 1.78;

    @TempDir
    Path dir;

    @Test
    void innovativeFilingsCountTheRatioEachAndNothingElseMoves() {
        ReplicationResult one = HighlandSim.run(scenario("one", 1.0), SCALE, SEED, 0);
        ReplicationResult many = HighlandSim.run(scenario("many", RATIO), SCALE, SEED, 0);
        int area = one.areaIndex("Zhejiang");
        double innovativeApprovals = 0;
        for (int y = one.firstYear(); y <= one.lastYear(); y++) {
            double innovative = value(one, Metrics.INNOVATIVE_CLINICAL_APPROVALS, area, y);
            double all = value(one, Metrics.CLINICAL_APPROVALS, area, y);
            innovativeApprovals += innovative;
            // Hand-computed: the innovative part counts 1.78 times, the rest (other kinds) once.
            assertEquals(RATIO * innovative, value(many, Metrics.INNOVATIVE_CLINICAL_APPROVALS, area, y), 1e-9);
            assertEquals(all - innovative + RATIO * innovative, value(many, Metrics.CLINICAL_APPROVALS, area, y), 1e-9);
            double filings = value(one, Metrics.INNOVATIVE_CLINICAL_APPLICATIONS, area, y);
            assertEquals(RATIO * filings, value(many, Metrics.INNOVATIVE_CLINICAL_APPLICATIONS, area, y), 1e-9);
            for (Metric unchanged : new Metric[] {Metrics.BIOMEDICINE_OUTPUT, Metrics.PROJECT_STARTS,
                    Metrics.INNOVATIVE_APPROVALS, Metrics.TRIALS}) {
                assertEquals(value(one, unchanged, area, y), value(many, unchanged, area, y), 0.0,
                        unchanged.name() + " does not depend on how filings are counted");
            }
        }
        assertTrue(innovativeApprovals > 0, "the test needs innovative IND approvals");
        int last = one.lastYear();
        double cumulativeOne = value(one, Metrics.CUM_INNOVATIVE_CLINICAL_APPLICATIONS, area, last);
        double stock = scenario("stock", 1.0).regions().get("Zhejiang").initialStock().innovativeClinicalApplications();
        assertEquals(stock + RATIO * (cumulativeOne - stock),
                value(many, Metrics.CUM_INNOVATIVE_CLINICAL_APPLICATIONS, area, last), 1e-6,
                "the pre-2015 stock is already in acceptance numbers; the simulated filings are scaled");
    }

    private static double value(ReplicationResult r, Metric metric, int area, int year) {
        return r.value(r.metricIndex(metric.name()), area, year);
    }

    private Scenario scenario(String name, double ratio) {
        return ModelRuns.scenario(dir, name, "time: {startYear: 2015, endYear: 2018}\n",
                "routes.innovativeDrug.acceptanceNumbersPerApplication=" + ratio);
    }
}
