package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-year firm sizes in two segments, and the arrival of project opportunities by R&D
 * capacity. What users depend on: the province's output is what the scenario says whatever the
 * segments, the firms above 20 M yuan follow the large segment, and the capacity rule moves
 * opportunities between firms without changing a sector's start-year total.
 */
class FirmSizeTest {
    private static final double SCALE = 1.0;

    @TempDir
    static Path dir;

    @Test
    void outputMatchesTheScenarioAndFirmsAbove20MillionFollowTheLargeSegment() {
        World few = start("few", "regions.Zhejiang.largeFirmShare=0.02");
        World many = start("many", "regions.Zhejiang.largeFirmShare=0.08");
        Region zjFew = region(few, "Zhejiang");
        Region zjMany = region(many, "Zhejiang");
        double target = zjFew.spec.initialOutputBillion() * 1000.0;
        assertEquals(target, biomedicineRevenue(zjFew), 1e-6 * target, "output with 2 % large firms");
        assertEquals(target, biomedicineRevenue(zjMany), 1e-6 * target, "output with 8 % large firms");
        int aboveFew = above20Million(zjFew);
        int aboveMany = above20Million(zjMany);
        int firms = zjFew.firmCount;
        // Small firms are drawn like entrants (median 1 M yuan, log-sd 1.2): about 0.6 % of them
        // pass 20 M; the large segment almost always does.
        assertTrue(aboveFew > 0.02 * firms * 0.8 && aboveFew < (0.02 + 0.02) * firms, String.format(Locale.ROOT,
                "%d of %d firms above 20 M yuan with 2 %% large firms", aboveFew, firms));
        assertTrue(aboveMany > 2.5 * aboveFew, String.format(Locale.ROOT,
                "large share 2 %% -> 8 %%: firms above 20 M %d -> %d", aboveFew, aboveMany));
        double smallMedian = medianOfSmall(zjMany);
        assertTrue(smallMedian > 0.7 && smallMedian < 1.4, "median small firm revenue " + smallMedian + " M yuan");
    }

    @Test
    void theLargestFirmsListEqualRevenuesInArrayOrder() {
        Region region = region(ModelRuns.valuedWorld(ModelRuns.scenario(dir, "listing", "")), "Zhejiang");
        double[] revenue = {5, 80, 20, 80, 20, 1, 20, 80};
        Enterprise[] firms = new Enterprise[revenue.length];
        for (int i = 0; i < revenue.length; i++) {
            firms[i] = ModelRuns.firmOutsideParks(region, Sector.GENERIC_DRUG);
            firms[i].baseRevenue = revenue[i];
        }
        // Three at 80 and the first two of the three at 20: the order a stable sort by
        // descending revenue gives.
        PopulationBuilder.markLargestListed(region, 5);
        boolean[] expected = {false, true, true, true, true, false, false, true};
        for (int i = 0; i < firms.length; i++) {
            assertEquals(expected[i], firms[i].listed, "firm " + i + " with revenue " + revenue[i]);
        }
        PopulationBuilder.markLargestListed(region, 20);
        for (Enterprise firm : firms) {
            assertTrue(firm.listed, "more listings than firms: every firm lists");
        }
    }

    @Test
    void capacityKeepsTheStartYearTotalAndFavoursLargeFirms() {
        Sector[] sector = {Sector.GENERIC_DRUG, Sector.GENERIC_DRUG, Sector.GENERIC_DRUG, Sector.CXO};
        double[] size = {1, 4, 95, 10};
        OpportunityCapacity capacity = new OpportunityCapacity();
        capacity.anchor(sector, size, sectors(0.5), 0);
        double mean = 0;
        for (int i = 0; i < 3; i++) {
            mean += capacity.factor(Sector.GENERIC_DRUG, size[i]) / 3;
        }
        assertEquals(1.0, mean, 1e-12, "mean factor over the anchoring firms of a sector");
        assertEquals(1.0, capacity.factor(Sector.CXO, 10), 1e-12, "a sector's only firm");
        // Reference 100/3 M yuan; norm = mean of sqrt(size / reference).
        double reference = 100.0 / 3;
        double norm = (Math.sqrt(1 / reference) + Math.sqrt(4 / reference) + Math.sqrt(95 / reference)) / 3;
        assertEquals(Math.sqrt(95 / reference) / norm, capacity.factor(Sector.GENERIC_DRUG, 95), 1e-12);
        assertEquals(2.0, capacity.factor(Sector.GENERIC_DRUG, 4) / capacity.factor(Sector.GENERIC_DRUG, 1), 1e-12,
                "elasticity 0.5: four times the revenue, twice the opportunities");
        OpportunityCapacity flat = new OpportunityCapacity();
        flat.anchor(sector, size, sectors(0.0), 0);
        assertEquals(1.0, flat.factor(Sector.GENERIC_DRUG, 95), 0.0);
        assertEquals(1.0, flat.factor(Sector.GENERIC_DRUG, 0.001), 0.0);
    }

    @Test
    void withCapacityTheInheritedPipelineSitsInLargerFirms() {
        double flat = pipelineShareOfLargeFirms(start("flat", "sectors.genericDrug.opportunitySizeElasticity=0",
                "sectors.medicalDevice.opportunitySizeElasticity=0", "sectors.tcm.opportunitySizeElasticity=0"));
        double scaled = pipelineShareOfLargeFirms(start("scaled", "sectors.genericDrug.opportunitySizeElasticity=0.8",
                "sectors.medicalDevice.opportunitySizeElasticity=0.8", "sectors.tcm.opportunitySizeElasticity=0.8"));
        assertTrue(scaled > flat + 0.1, String.format(Locale.ROOT,
                "share of inherited projects in firms above 20 M yuan: %.3f without capacity, %.3f with", flat, scaled));
    }

    /** Every sector's spec of the defaults with the given capacity elasticity. */
    private static org.highland.model.spec.SectorSpec[] sectors(double elasticity) {
        World world = ModelRuns.start(ModelRuns.scenario(dir, "sectors" + elasticity, ""), 0.01, 1, 0).world();
        org.highland.model.spec.SectorSpec[] specs = new org.highland.model.spec.SectorSpec[Sector.COUNT];
        for (int s = 0; s < Sector.COUNT; s++) {
            org.highland.model.spec.SectorSpec d = world.sectors[s];
            specs[s] = new org.highland.model.spec.SectorSpec(d.organicGrowth(), d.growthSd(), d.operatingMargin(),
                    d.baseRdShare(), d.projectStartsPerYear(), elasticity, d.projectKinds(), d.exitHazard(),
                    d.initialCashMonths());
        }
        return specs;
    }

    private static World start(String name, String... sets) {
        Scenario scenario = ModelRuns.scenario(dir, name, "", sets);
        return ModelRuns.start(scenario, name.equals("flat") || name.equals("scaled") ? 0.2 : SCALE, 7, 0).world();
    }

    private static Region region(World world, String name) {
        for (int r = 0; r < world.regionCount(); r++) {
            if (world.region(r).name.equals(name)) {
                return world.region(r);
            }
        }
        throw new AssertionError("no region " + name);
    }

    private static double biomedicineRevenue(Region region) {
        double sum = 0;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise firm = region.firms[i];
            if (firm.sector.biomedicine()) {
                sum += firm.baseRevenue;
            }
        }
        return sum;
    }

    private static int above20Million(Region region) {
        int n = 0;
        for (int i = 0; i < region.firmCount; i++) {
            if (region.firms[i].baseRevenue >= 20) {
                n++;
            }
        }
        return n;
    }

    private static double medianOfSmall(Region region) {
        double[] sizes = new double[region.firmCount];
        for (int i = 0; i < region.firmCount; i++) {
            sizes[i] = region.firms[i].baseRevenue;
        }
        java.util.Arrays.sort(sizes);
        // The large segment is at most 8 % and at the top: the median of all is a small firm's.
        return sizes[sizes.length / 2];
    }

    private static double pipelineShareOfLargeFirms(World world) {
        double large = 0;
        double all = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            Region region = world.region(r);
            for (int i = 0; i < region.firmCount; i++) {
                Enterprise firm = region.firms[i];
                all += firm.projectCount;
                if (firm.baseRevenue >= 20) {
                    large += firm.projectCount;
                }
            }
        }
        return large / all;
    }
}
