package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.model.random.SplitMix64;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national pool and the investors' weights: the cycle sets the four regions' total exactly,
 * and a firm's weight (hence its expected share of the rounds) rises with the value and stage of
 * its projects.
 */
class CapitalMarketTest {
    private static final String[] REGIONS = {"Zhejiang", "Jiangsu", "Shanghai", "Anhui"};

    @TempDir
    Path dir;

    @Test
    void theNationalCycleSetsTheFourRegionsTotal() {
        String yaml = "time: {startYear: 2015, endYear: 2018}\n";
        Scenario base = ModelRuns.scenario(dir, "base", yaml);
        Scenario doubled = ModelRuns.scenario(dir, "doubled", yaml, "capital.nationalCycle[3].index=19.56");
        double pool = 0;
        for (String r : REGIONS) {
            pool += base.regions().get(r).ventureBillion();
        }
        // The pool of a year is raised in full (shares sum to one) and either placed in whole
        // rounds or carried in the regions' balances to a later month (7.4): raised = placed +
        // change of the balances, whatever the size of the rounds waiting at the year's end.
        for (int k = 0; k < 1; k++) {
            double[] once = raisedAndCarried(base, k);
            ReplicationResult b = HighlandSim.run(base, 1.0, 7, k);
            ReplicationResult d = HighlandSim.run(doubled, 1.0, 7, k);
            assertEquals(total(b, 2017), total(d, 2017), 1e-9, "the years before the change are untouched");
            assertEquals(9.78 * pool * 1000, once[0], 1e-6 * pool * 1000, "raised in 2018 by the four regions, M yuan");
            assertEquals(once[0] - once[1], total(b, 2018) * 1000, 1e-6 * once[0],
                    "placed in 2018 = raised - change of the carried balances (million yuan)");
            double[] twice = raisedAndCarried(doubled, k);
            assertEquals(2 * once[0], twice[0], 1e-6 * pool * 1000, "the doubled cycle raises twice the money");
        }
    }

    /** Money raised by the four regions in 2018 and the change of their carried balances, million yuan. */
    private static double[] raisedAndCarried(Scenario scenario, int replication) {
        HighlandSim sim = ModelRuns.start(scenario, 1.0, 7, replication);
        double[] raisedAndChange = new double[2];
        int[] month = {0};
        double[] balanceAtStartOf2018 = new double[1];
        ModelRuns.run(sim, scenario.time().months(), world -> {
            int m = month[0]++;
            double balance = 0;
            double raised = 0;
            for (int r = 0; r < world.regionCount(); r++) {
                balance += world.region(r).ventureBalance;
                raised += world.region(r).ventureThisMonth;
            }
            if (m == 35) {
                balanceAtStartOf2018[0] = balance;
            }
            if (m >= 36) {
                raisedAndChange[0] += raised;
            }
            if (m == 47) {
                raisedAndChange[1] = balance - balanceAtStartOf2018[0];
            }
        });
        sim.finish();
        return raisedAndChange;
    }

    @Test
    void theCycleIsHeldAtItsLastValueAfterTheData() {
        World world = new World(Scenarios.defaults().model(), 0.01, 1, 0);
        CapitalMarket market = new CapitalMarket(world);
        assertEquals(1.0, market.cycle(2010));
        assertEquals(9.78, market.cycle(2018));
        assertEquals(22.06, market.cycle(2021));
        assertEquals(22.06, market.cycle(2035));
    }

    @Test
    void investorsFavourMoreValuableLaterStagePipelines() {
        World world = new World(Scenarios.defaults().model(), 0.01, 3, 0);
        world.populate();
        CapitalMarket market = new CapitalMarket(world);
        market.step(null);
        Region region = world.region("Zhejiang");
        Park park = region.parks[region.parks.length - 1];
        Route drug = world.route(ProjectKind.INNOVATIVE_DRUG);
        Enterprise none = region.newFirm(Sector.INNOVATIVE_DRUG, park, 10, 0);
        Enterprise discovery = region.newFirm(Sector.INNOVATIVE_DRUG, park, 10, 0);
        discovery.seedProject(drug, 0, 1.0);
        Enterprise phase2 = region.newFirm(Sector.INNOVATIVE_DRUG, park, 10, 0);
        phase2.seedProject(drug, 3, 1.0);
        region.candidateCount = 0;
        for (Enterprise f : new Enterprise[] {none, discovery, phase2}) {
            f.registerForFinancing();
        }
        double discoveryValue = CapitalMarket.projectValue(discovery, discovery.project(0));
        double phase2Value = CapitalMarket.projectValue(phase2, phase2.project(0));
        assertTrue(phase2Value > 2 * discoveryValue, "value rises with the stage: " + discoveryValue + " -> " + phase2Value);
        double extra = world.capitalSpec.clinicalWeight() / world.capitalSpec.discoveryWeight();
        assertEquals(extra * phase2Value / discoveryValue,
                (phase2.financingWeight() - none.financingWeight()) / (discovery.financingWeight() - none.financingWeight()), 1e-9);
        // Many rounds: each firm's take approaches its share of the weight.
        double volume = 4000 * world.capitalSpec.dealMedianMillion();
        region.ventureThisMonth = volume;
        CapitalMarket.placeWholeRounds(region);
        double placed = volume - region.ventureBalance;
        double weights = none.financingWeight() + discovery.financingWeight() + phase2.financingWeight();
        assertTrue(phase2.cash() > discovery.cash() && discovery.cash() > none.cash(),
                phase2.cash() + " > " + discovery.cash() + " > " + none.cash());
        assertEquals(phase2.financingWeight() / weights, phase2.cash() / placed, 0.05);
    }

    private static double total(ReplicationResult result, int year) {
        double sum = 0;
        for (String r : REGIONS) {
            sum += result.value("biopharma_financing_disclosed", r, year);
        }
        return sum;
    }
}
