package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class VariantReachTest {
    private static Scenario load(String name) throws Exception {
        return Scenarios.load(Path.of("scenarios", name + ".yaml"), List.of());
    }

    @Test
    void theProvincesWhereAVariantAddsRemovesOrChangesAnInstrument() throws Exception {
        Scenario baseline = load("baseline");
        assertEquals(Set.of("Zhejiang"), VariantReach.provinces(baseline, load("combined")));
        assertEquals(Set.of("Zhejiang"), VariantReach.provinces(baseline, load("new-park")));
        assertEquals(Set.of("Shanghai"), VariantReach.provinces(baseline, load("budget-cut")),
                "the cut ends Shanghai's trial support and adds a halved copy; the national tax law stays");
        assertEquals(Set.of(), VariantReach.provinces(baseline, baseline));
        assertEquals(Set.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui"),
                VariantReach.provinces(baseline, Scenarios.load(Path.of("scenarios/baseline.yaml"),
                        List.of("policies.reviewReform.reviewMonthsMultiplier=0.9"))),
                "changing a region-wide instrument reaches every province");
    }
}
