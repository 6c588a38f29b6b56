package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The R&D super-deduction acts through the corporate income tax, firm by firm: the same world
 * with and without it (same seed), compared after the first month's settlement.
 */
class SuperDeductionTest {
    @TempDir
    Path dir;

    @Test
    void lossMakersGetNoCashAndCarryMoreLossWhileProfitableFirmsPayLessTax() {
        Map<Long, Enterprise> without = firstMonth(ModelRuns.scenario(dir, "none", "policies: {}\n"));
        Map<Long, Enterprise> with = firstMonth(ModelRuns.scenario(dir, "deduction", """
                policies:
                  deduction: {type: rd-super-deduction, region: all, extraDeductionShare: 1.0}
                """));
        assertEquals(without.keySet(), with.keySet());
        int lossMakers = 0;
        int profitable = 0;
        for (Map.Entry<Long, Enterprise> e : without.entrySet()) {
            Enterprise base = e.getValue();
            Enterprise deducting = with.get(e.getKey());
            // One month into the year: the year's R&D is the month's.
            double rd = base.rdYear();
            assertEquals(rd, deducting.rdYear(), "the same R&D in both worlds");
            if (base.tax().taxableToDate() < 0 && rd > 0) {
                lossMakers++;
                assertEquals(base.cash(), deducting.cash(), "a loss-maker's cash is untouched by the deduction");
                assertEquals(0.0, deducting.tax().taxToDate());
                assertEquals(base.tax().taxableToDate() - rd, deducting.tax().taxableToDate(), 1e-9 * (1 + rd),
                        "its loss (next year's carry-forward) grows by the extra deduction");
            } else if (base.tax().taxableToDate() > rd && rd > 0) {
                profitable++;
                assertTrue(deducting.tax().taxToDate() < base.tax().taxToDate(), "a profitable firm pays less tax");
                assertTrue(deducting.cash() > base.cash());
            }
        }
        assertTrue(lossMakers > 20 && profitable > 20, "too few firms compared: " + lossMakers + " loss-makers, "
                + profitable + " profitable");
    }

    private static Map<Long, Enterprise> firstMonth(Scenario scenario) {
        HighlandSim sim = ModelRuns.start(scenario, 0.05, 7, 0);
        sim.schedule.step(sim);
        Map<Long, Enterprise> firms = new HashMap<>();
        for (Enterprise firm : ModelRuns.livingFirms(sim.world())) {
            firms.put(firm.id(), firm);
        }
        return firms;
    }
}
