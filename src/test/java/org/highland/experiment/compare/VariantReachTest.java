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
                        List.of("policies.rdSuperDeductionManufacturing2021.extraDeductionShare=1.2"))),
                "changing a region-wide instrument that pays (a tax expenditure) reaches every province");
    }

    /**
     * A regulation has no outlay: where it is the only change, outlay moves only through what it
     * does to output and firms (the super-deduction forgone on other profits), so a ratio there
     * would read a side effect as what the public money bought.
     */
    @Test
    void aRegulationWithoutOutlayReachesNoProvince() throws Exception {
        Scenario baseline = load("baseline");
        assertEquals(Set.of(), VariantReach.provinces(baseline, Scenarios.load(Path.of("scenarios/baseline.yaml"),
                List.of("policies.reviewReform.reviewMonthsMultiplier=0.9"))), "a stronger review reform");
        assertEquals(Set.of(), VariantReach.provinces(baseline, Scenarios.load(Path.of("scenarios/baseline.yaml"),
                List.of("policies.procurement.type=volume-based-procurement", "policies.procurement.region=all"))),
                "volume-based procurement added everywhere");
        assertEquals(Set.of("Zhejiang"), VariantReach.provinces(baseline, Scenarios.load(
                Path.of("scenarios/new-park.yaml"), List.of("policies.procurement.type=volume-based-procurement",
                        "policies.procurement.region=all"))), "beside a park build-out in Zhejiang");
    }
}
