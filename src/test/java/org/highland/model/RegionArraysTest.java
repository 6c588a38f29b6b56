package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A region's dense arrays: firms, their seeds and parks stay parallel as the arrays grow; the
 * movers to other regions leave in a stable compaction, from the month's financing candidates
 * too, the others keeping their own weights; and the region's small derived quantities.
 */
class RegionArraysTest {
    @Test
    void moversLeaveInAStableCompactionAndTheCandidatesKeepTheirWeights() {
        World world = new World(Scenarios.defaults().model(), 0.1, 4, 0);
        Region region = world.region("Zhejiang");
        Park first = region.parks[0];
        Park outside = region.parks[region.parks.length - 1];
        List<Enterprise> all = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            Enterprise firm = region.newFirm(Sector.CXO, i % 2 == 0 ? first : outside, 1, 0);
            region.add(firm);
            all.add(firm);
        }
        assertEquals(70, region.firmCount());
        assertEquals(35, first.firms());
        assertEquals(35, outside.firms());
        // Candidates 0..11 with weights 1..12, but firm 3 registers no weight.
        for (int i = 0; i < 12; i++) {
            region.addCandidate(all.get(i), i == 3 ? 0 : i + 1);
        }
        assertEquals(-1, all.get(3).candidateIndex);
        assertEquals(11, region.candidateCount);
        assertEquals(78 - 4, region.cumulativeWeight[10], 0.0, "1 + ... + 12 without 4");

        // Ten movers (more than the scratch arrays hold at first), among them candidates 2, 5 and 11.
        int[] moved = {2, 3, 5, 11, 20, 33, 40, 41, 60, 69};
        for (int i : moved) {
            region.markMovedAway(i);
        }
        region.dropMovedAway();
        assertEquals(60, region.firmCount());
        List<Enterprise> kept = new ArrayList<>(all);
        for (int k = moved.length - 1; k >= 0; k--) {
            kept.remove(moved[k]);
        }
        for (int i = 0; i < kept.size(); i++) {
            assertSame(kept.get(i), region.firm(i), "order kept at " + i);
            assertEquals(kept.get(i).streamSeed, region.firmSeeds[i]);
            assertEquals(kept.get(i).park == first, region.firmInPark(i, first));
        }
        assertNull(region.firms[60]);
        // Candidates left: firms 0, 1, 4, 6, 7, 8, 9, 10 with weights 1, 2, 5, 7, 8, 9, 10, 11.
        int[] left = {0, 1, 4, 6, 7, 8, 9, 10};
        assertEquals(left.length, region.candidateCount);
        double sum = 0;
        for (int c = 0; c < left.length; c++) {
            sum += left[c] + 1;
            assertSame(all.get(left[c]), region.candidates[c]);
            assertEquals(sum, region.cumulativeWeight[c], 1e-12);
        }
        assertNull(region.candidates[left.length]);

        // A month without movers changes nothing.
        region.dropMovedAway();
        assertEquals(60, region.firmCount());
        assertEquals(left.length, region.candidateCount);
    }

    @Test
    void aMoverThatWasNoCandidateLeavesTheCandidatesAlone() {
        World world = new World(Scenarios.defaults().model(), 0.1, 4, 0);
        Region region = world.region("Anhui");
        Park outside = region.parks[region.parks.length - 1];
        Enterprise[] firms = new Enterprise[4];
        for (int i = 0; i < firms.length; i++) {
            firms[i] = region.newFirm(Sector.TCM, outside, 1, 0);
            region.add(firms[i]);
        }
        region.addCandidate(firms[0], 2);
        region.addCandidate(firms[2], 3);
        region.markMovedAway(1);
        region.dropMovedAway();
        assertEquals(3, region.firmCount());
        assertSame(firms[2], region.firm(1));
        assertEquals(2, region.candidateCount);
        assertEquals(5, region.cumulativeWeight[1], 0.0);
        // The first candidate moving: the second keeps its weight of 3.
        region.markMovedAway(0);
        region.dropMovedAway();
        assertEquals(1, region.candidateCount);
        assertSame(firms[2], region.candidates[0]);
        assertEquals(3, region.cumulativeWeight[0], 0.0);
    }

    @Test
    void distressedFirmsAndDerivedQuantities() {
        World world = new World(Scenarios.defaults().model(), 0.1, 4, 0);
        Region region = world.region("Jiangsu");
        Park outside = region.parks[region.parks.length - 1];
        for (int i = 0; i < 10; i++) {
            region.addDistressed(region.newFirm(Sector.TCM, outside, 1, 0));
        }
        assertEquals(10, region.distressedCount);
        assertEquals(9, region.distressed[9].id() & 0xFFFFFFFFFFL, "sequence numbers in order");
        // 200 mu x 0.5 t/mu at 3e6 yuan/t: 100 tonnes, 0.3 billion yuan.
        region.tcmAreaMu = 200;
        region.tcmYield = 0.5;
        region.tcmPrice = 3e6;
        assertEquals(100, region.tcmOutputTonnes(), 1e-12);
        assertEquals(0.3, region.tcmAgriculturalValueBillion(), 1e-12);
        region.elderlyInstitutions = 40;
        region.bedsPerInstitution = 25;
        assertEquals(1000, region.elderlyBeds(), 1e-12);
        // Talent at full scale: 7 people at scale 0.1 stand for 70.
        region.talent[TalentTier.SKILLED.ordinal()] = 7;
        assertEquals(70, region.talent(TalentTier.SKILLED), 1e-12);
        // After-tax wage: wage x (1 - tax x (1 - rebate)).
        double tax = world.talentSpec.effectiveTaxRate().toArray()[TalentTier.LEADING.ordinal()];
        region.wage[TalentTier.LEADING.ordinal()] = 500;
        region.levers.taxRebateShare[TalentTier.LEADING.ordinal()] = 0.4;
        assertEquals(500 * (1 - tax * 0.6), region.afterTaxWage(TalentTier.LEADING), 1e-9);
    }
}
