package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.run.HighlandSim;
import org.highland.run.PairedChange;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * "Build a park" answers through firms' location choice: scenarios/new-park.yaml (the Yuhang
 * build-out from 2023) against the baseline, with common random numbers, raises the firms in the
 * park and in Zhejiang by 2025 and 2030. Paired differences over replications must exceed
 * twice their standard error.
 */
class ParkInvestmentTest {
    private static final double SCALE = 0.04;
    private static final int REPLICATIONS = 10;
    private static final int END = 2030;
    private static final String PARK = "Zhejiang/park:Yuhang (Linping) Biomedical High-tech Park";

    @Test
    void aParkBuildOutRaisesTheFirmsInTheParkAndInItsProvince() {
        List<ReplicationResult> base = runs("scenarios/baseline.yaml");
        List<ReplicationResult> park = runs("scenarios/new-park.yaml");
        for (int year : new int[] {2025, END}) {
            assertPairedRise(base, park, PARK, year);
            assertPairedRise(base, park, "Zhejiang", year);
        }
    }

    private static void assertPairedRise(List<ReplicationResult> base, List<ReplicationResult> with, String area, int year) {
        PairedChange rise = PairedChange.of(base, with, r -> r.value("enterprises", area, year));
        assertTrue(rise.clearlyPositive(), String.format(Locale.ROOT,
                "firms in %s in %d: paired rise %.1f, standard error %.1f", area, year, rise.mean(),
                rise.standardError()));
    }

    private static List<ReplicationResult> runs(String file) {
        Scenario scenario = Scenarios.load(Path.of(file), List.of("time.endYear=" + END));
        List<ReplicationResult> results = new ArrayList<>();
        for (int k = 0; k < REPLICATIONS; k++) {
            results.add(HighlandSim.run(scenario, SCALE, 20150101L, k));
        }
        return results;
    }
}
