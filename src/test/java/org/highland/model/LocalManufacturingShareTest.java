package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.run.Metrics;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's local manufacturing share moves only what its industrial output counts: the share of
 * its firms' new products' sales made elsewhere leaves the output, nothing else changes.
 */
class LocalManufacturingShareTest {
    private static final double SCALE = 0.05;
    private static final long SEED = 42;
    private static final int YEARS = 3;

    @TempDir
    Path dir;

    @Test
    void outputLosesExactlyTheShareOfNewProductSalesMadeElsewhere() {
        Scenario home = scenario("home", 1.0);
        Scenario half = scenario("half", 0.4);
        ReplicationResult atHome = HighlandSim.run(home, SCALE, SEED, 0);

        HighlandSim sim = ModelRuns.start(half, SCALE, SEED, 0);
        double[] newProductSales = new double[1];
        int months = YEARS * 12;
        int[] month = {0};
        ModelRuns.run(sim, months, world -> {
            if (++month[0] == months) {
                Region shanghai = world.region("Shanghai");
                for (int i = 0; i < shanghai.firmCount(); i++) {
                    Enterprise firm = shanghai.firm(i);
                    if (firm.sector().biomedicine()) {
                        newProductSales[0] += firm.productRevenueYear();
                    }
                }
            }
        });
        ReplicationResult halfHome = sim.result();

        int output = atHome.metricIndex(Metrics.BIOMEDICINE_OUTPUT.name());
        int income = atHome.metricIndex(Metrics.OPERATING_INCOME.name());
        int shanghai = atHome.areaIndex("Shanghai");
        int zhejiang = atHome.areaIndex("Zhejiang");
        int last = atHome.lastYear();
        assertTrue(newProductSales[0] > 0, "the test needs launches in Shanghai by the last year");
        // Hand-computed: 60 % of the new products' sales (million yuan at this scale) leave the output.
        double expectedLoss = 0.6 * newProductSales[0] / 1000.0 / SCALE;
        assertEquals(expectedLoss, atHome.value(output, shanghai, last) - halfHome.value(output, shanghai, last),
                1e-9 * atHome.value(output, shanghai, last));
        for (int y = atHome.firstYear(); y <= last; y++) {
            assertEquals(atHome.value(income, shanghai, y), halfHome.value(income, shanghai, y), 0.0,
                    "firms' revenue does not depend on where their products are made");
            assertEquals(atHome.value(output, zhejiang, y), halfHome.value(output, zhejiang, y), 0.0,
                    "another region's output is untouched");
        }
    }

    private Scenario scenario(String name, double share) {
        return ModelRuns.scenario(dir, name, "time: {startYear: 2015, endYear: " + (2015 + YEARS - 1) + "}\n",
                "regions.Shanghai.localManufacturingShare=" + share);
    }
}
