package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.highland.model.spec.RegionSpec;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** A region's innovation multipliers act on innovative drugs only; other kinds follow their own. */
class OpportunityPropensityTest {
    private static final int INNOVATIVE = ProjectKind.INNOVATIVE_DRUG.ordinal();
    private static final int GENERIC = ProjectKind.GENERIC_DRUG.ordinal();
    private static final int CLASS3 = ProjectKind.CLASS3_DEVICE.ordinal();
    private static final int OTHER_DEVICE = ProjectKind.OTHER_DEVICE.ordinal();
    private static final int TCM = ProjectKind.TCM_PRODUCT.ordinal();

    @Test
    void eachKindArrivesAtItsOwnMultiplierOneCountdownPerSector() {
        RegionSpec spec = Scenarios.defaults(List.of(
                "regions.Zhejiang.opportunityMultiplier=4",
                "regions.Zhejiang.initialPipelineMultiplier=0.5",
                "regions.Zhejiang.genericOpportunityMultiplier=1",
                "regions.Zhejiang.deviceOpportunityMultiplier=2")).regions().get("Zhejiang");
        double[][] kinds = new double[Sector.COUNT][ProjectKind.COUNT];
        kinds[Sector.INNOVATIVE_DRUG.ordinal()][INNOVATIVE] = 0.8;
        kinds[Sector.INNOVATIVE_DRUG.ordinal()][GENERIC] = 0.2;
        kinds[Sector.GENERIC_DRUG.ordinal()][INNOVATIVE] = 0.05;
        kinds[Sector.GENERIC_DRUG.ordinal()][GENERIC] = 0.95;
        kinds[Sector.MEDICAL_DEVICE.ordinal()][CLASS3] = 0.3;
        kinds[Sector.MEDICAL_DEVICE.ordinal()][OTHER_DEVICE] = 0.7;
        kinds[Sector.TCM.ordinal()][TCM] = 1;
        OpportunityPropensity p = new OpportunityPropensity(spec, kinds);

        // Innovative-drug and generic-drug makers count down at the innovative multiplier and keep
        // a generic opportunity with probability 1 / 4, so generics arrive at the generic multiplier.
        assertEquals(4, p.arrivalMultiplier(Sector.INNOVATIVE_DRUG.ordinal()), 1e-12);
        assertEquals(4, p.arrivalMultiplier(Sector.GENERIC_DRUG.ordinal()), 1e-12);
        assertEquals(1, p.keepShare(Sector.INNOVATIVE_DRUG, INNOVATIVE), 1e-12);
        assertEquals(0.25, p.keepShare(Sector.INNOVATIVE_DRUG, GENERIC), 1e-12);
        assertEquals(0.25, p.keepShare(Sector.GENERIC_DRUG, GENERIC), 1e-12);
        // Device makers: the device multiplier for both device kinds, whatever the innovative one.
        assertEquals(2, p.arrivalMultiplier(Sector.MEDICAL_DEVICE.ordinal()), 1e-12);
        assertEquals(1, p.keepShare(Sector.MEDICAL_DEVICE, CLASS3), 1e-12);
        assertEquals(1, p.keepShare(Sector.MEDICAL_DEVICE, OTHER_DEVICE), 1e-12);
        // TCM products follow the generic multiplier; a sector without projects counts down at 0.
        assertEquals(1, p.arrivalMultiplier(Sector.TCM.ordinal()), 1e-12);
        assertEquals(0, p.arrivalMultiplier(Sector.CXO.ordinal()), 1e-12);
        // The inherited pipeline: innovative drugs at their own multiplier, the others as after the start.
        assertEquals(0.5, p.inherited(INNOVATIVE), 1e-12);
        assertEquals(1, p.inherited(GENERIC), 1e-12);
        assertEquals(2, p.inherited(CLASS3), 1e-12);
        assertEquals(1, p.inherited(TCM), 1e-12);
    }
}
