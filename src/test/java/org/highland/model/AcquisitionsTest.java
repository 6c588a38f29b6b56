package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A firm out of cash with a pipeline, offered for sale after the firm step: a buyer that can pay
 * takes its projects (none lost, none duplicated) and the books still balance; with no buyer able
 * to pay it exits as before.
 */
class AcquisitionsTest {
    private World world;
    private Region region;
    private Enterprise target;

    @BeforeEach
    void startAWorldAndTakeOutAFirmWithAPipeline() {
        Scenario scenario = Scenarios.load(Path.of("scenarios/baseline.yaml"), java.util.List.of("time.endYear=2015"));
        HighlandSim sim = ModelRuns.start(scenario, 0.05, 5, 0);
        ModelRuns.run(sim, 3, w -> { });
        world = sim.world();
        region = world.region("Zhejiang");
        for (int i = 0; i < region.firmCount && target == null; i++) {
            if (CapitalMarket.pipelineValue(region.firms[i]) > 0 && region.firms[i].projectCount >= 2) {
                target = region.firms[i];
            }
        }
        assertNotNull(target, "the test needs a firm with projects");
        target.cash = -50;
        queueForSale(target);
    }

    /** As the firm step does with a firm that ran out of cash: out of the array, queued for sale. */
    private void queueForSale(Enterprise firm) {
        int kept = 0;
        for (int i = 0; i < region.firmCount; i++) {
            if (region.firms[i] != firm) {
                region.firms[kept++] = region.firms[i];
            }
        }
        region.firms[kept] = null;
        region.firmCount = kept;
        firm.park.firms--;
        region.addDistressed(firm);
    }

    @Test
    void aBuyerThatCanPayTakesTheProjectsAndTheBooksBalance() {
        double unexplained = world.ledger.net(world.initialCash) - livingCash() - target.cash;
        int projectsBefore = livingProjects();
        int taken = target.projectCount;
        Project first = target.pipeline.projects[0];
        double price = world.capitalSpec.acquisitionPriceShare() * CapitalMarket.pipelineValue(target);
        int[] counts = projectCounts();
        double[] cash = cashes();
        double exits = region.counters.get(Counter.EXITS);
        double acquisitions = region.counters.get(Counter.ACQUISITIONS);

        resolveAsTheFirmStepDoes();

        assertEquals(acquisitions + 1, region.counters.get(Counter.ACQUISITIONS));
        assertEquals(exits, region.counters.get(Counter.EXITS), "an acquisition is not an exit");
        assertEquals(projectsBefore + taken, livingProjects(), "projects are conserved");
        assertEquals(0, target.projectCount);
        assertEquals(0, region.distressedCount);
        Enterprise buyer = null;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise f = region.firms[i];
            if (f.projectCount != counts[i]) {
                assertSame(null, buyer, "only one firm buys");
                buyer = f;
                assertEquals(counts[i] + taken, f.projectCount);
                assertEquals(cash[i] - price, f.cash, 1e-9);
                assertTrue(cash[i] > price, "the buyer could pay");
            }
        }
        assertNotNull(buyer);
        boolean holdsIt = false;
        for (int p = 0; p < buyer.projectCount; p++) {
            holdsIt |= buyer.pipeline.projects[p] == first;
        }
        assertTrue(holdsIt, "the project itself, with its generator, moved");
        for (int p = 0; p < buyer.projectCount; p++) {
            assertTrue(world.kindShares[buyer.sector.ordinal()][buyer.pipeline.projects[p].route.kind.ordinal()] > 0,
                    "the buyer's sector develops what it bought");
        }
        assertEquals(unexplained, world.ledger.net(world.initialCash) - livingCash(), 1e-6);
    }

    /** Leaves one firm of the target's own sector with cash {@code cash}, every other firm without. */
    private Enterprise onlyBuyerWith(double cash) {
        Enterprise only = null;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise f = region.firms[i];
            f.cash = Math.min(f.cash, 0);
            if (only == null && f.sector == target.sector) {
                only = f;
            }
        }
        assertNotNull(only, "a firm of the target's sector");
        only.cash = cash;
        return only;
    }

    @Test
    void aBuyerNeedsMoreCashThanThePriceNotJustThePrice() {
        double price = world.capitalSpec.acquisitionPriceShare() * CapitalMarket.pipelineValue(target);
        Enterprise only = onlyBuyerWith(price);
        double acquisitions = region.counters.get(Counter.ACQUISITIONS);
        resolveAsTheFirmStepDoes();
        assertEquals(acquisitions, region.counters.get(Counter.ACQUISITIONS), "cash equal to the price does not buy");
        assertEquals(price, only.cash, 0.0);
    }

    @Test
    void theOnlyFirmWithMoreCashThanThePriceBuysAndPaysIt() {
        double price = world.capitalSpec.acquisitionPriceShare() * CapitalMarket.pipelineValue(target);
        Enterprise only = onlyBuyerWith(price + 0.5);
        int taken = target.projectCount;
        int own = only.projectCount;
        double acquisitions = region.counters.get(Counter.ACQUISITIONS);
        resolveAsTheFirmStepDoes();
        assertEquals(acquisitions + 1, region.counters.get(Counter.ACQUISITIONS));
        assertEquals(0.5, only.cash, 1e-9);
        assertEquals(own + taken, only.projectCount);
    }

    @Test
    void withoutABuyerThatCanPayTheFirmExits() {
        for (int i = 0; i < region.firmCount; i++) {
            region.firms[i].cash = Math.min(region.firms[i].cash, 0);
        }
        int projectsBefore = livingProjects();
        int own = target.projectCount;
        double exits = region.counters.get(Counter.EXITS);
        double acquisitions = region.counters.get(Counter.ACQUISITIONS);
        double exitCash = world.ledger.exitCash;

        resolveAsTheFirmStepDoes();

        assertEquals(exits + 1, region.counters.get(Counter.EXITS));
        assertEquals(acquisitions, region.counters.get(Counter.ACQUISITIONS));
        assertEquals(projectsBefore, livingProjects());
        assertEquals(own, target.projectCount, "nobody took the projects");
        assertEquals(exitCash + target.cash, world.ledger.exitCash, 1e-9);
    }

    /**
     * Rich firms that cannot develop the target's kinds hold nearly all the cash, so every draw
     * of a buyer is rejected and the exact scan decides, for both targets: the buyer's cash after
     * the first sale must be what the second scan judges it by.
     */
    @Test
    void aFirmThatBoughtThisMonthIsJudgedByItsCashNow() {
        double price = world.capitalSpec.acquisitionPriceShare() * CapitalMarket.pipelineValue(target);
        Enterprise second = takeOutAnotherTargetLike(target);
        double secondPrice = world.capitalSpec.acquisitionPriceShare() * CapitalMarket.pipelineValue(second);
        assertTrue(secondPrice > 0.5, "the second target costs more than the buyer has left");
        Enterprise only = onlyBuyerWith(price + 0.5);
        int richFirms = 0;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise f = region.firms[i];
            if (!developsTheKindsOf(f, target) && !developsTheKindsOf(f, second)) {
                f.cash = 1e9;
                richFirms++;
            }
        }
        assertTrue(richFirms > 0, "the test needs firms that cannot buy");
        double acquisitions = region.counters.get(Counter.ACQUISITIONS);
        double exits = region.counters.get(Counter.EXITS);

        resolveAsTheFirmStepDoes();

        assertEquals(acquisitions + 1, region.counters.get(Counter.ACQUISITIONS), "the buyer could pay for the first only");
        assertEquals(exits + 1, region.counters.get(Counter.EXITS));
        assertEquals(0.5, only.cash, 1e-9);
    }

    private boolean developsTheKindsOf(Enterprise firm, Enterprise target) {
        for (int p = 0; p < target.projectCount; p++) {
            if (world.kindShares[firm.sector.ordinal()][target.pipeline.projects[p].route.kind.ordinal()] <= 0) {
                return false;
            }
        }
        return world.sectors[firm.sector.ordinal()].projectStartsPerYear() > 0;
    }

    /** A second firm of the target's sector with a pipeline, out of cash, queued for sale after the target. */
    private Enterprise takeOutAnotherTargetLike(Enterprise first) {
        Enterprise second = null;
        for (int i = 0; i < region.firmCount && second == null; i++) {
            Enterprise f = region.firms[i];
            if (f.sector == first.sector && f.cash <= 0 && CapitalMarket.pipelineValue(f) > 0) {
                second = f;
            }
        }
        assertNotNull(second, "the test needs a second firm with projects");
        queueForSale(second);
        return second;
    }

    /** As the firm step does: the survivors are indexed by cash as they settle, then the queue is resolved. */
    private void resolveAsTheFirmStepDoes() {
        Acquisitions acquisitions = new Acquisitions(world);
        acquisitions.startCashIndex(region);
        for (int i = 0; i < region.firmCount; i++) {
            acquisitions.indexCash(region.firms[i]);
        }
        acquisitions.resolve(region);
    }

    private double livingCash() {
        double sum = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            for (int i = 0; i < world.region(r).firmCount; i++) {
                sum += world.region(r).firms[i].cash;
            }
        }
        return sum;
    }

    private int livingProjects() {
        int n = 0;
        for (int i = 0; i < region.firmCount; i++) {
            n += region.firms[i].projectCount;
        }
        return n;
    }

    private int[] projectCounts() {
        int[] n = new int[region.firmCount];
        for (int i = 0; i < n.length; i++) {
            n[i] = region.firms[i].projectCount;
        }
        return n;
    }

    private double[] cashes() {
        double[] c = new double[region.firmCount];
        for (int i = 0; i < c.length; i++) {
            c[i] = region.firms[i].cash;
        }
        return c;
    }
}
