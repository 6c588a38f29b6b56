package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.model.random.Uniform;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capital market's arithmetic on an unpopulated world whose state is set by hand: the split
 * of the national pool by start-year volume and pipeline response, the reference value taken at
 * the first positive pipeline value, the whole rounds paid out of a region's balance and what is
 * carried, and the guidance fund's co-investment among the candidates a target admits.
 */
class CapitalMarketByHandTest {
    private static final double SCALE = 0.1;

    @TempDir
    Path dir;

    /**
     * Start-year volumes of 12, 24, 36 and 48 billion yuan a year are 100, 200, 300 and 400
     * million a month at scale 0.1; rounds are exactly 30 million (log-sd 0); the cycle's index
     * is 2 in 2015 and 3 in 2016; the pipeline response is (value / first value)^0.5.
     */
    private World world() {
        Scenario scenario = ModelRuns.scenario(dir, "capital", "policies: {}\n",
                "regions.Zhejiang.ventureBillion=12", "regions.Jiangsu.ventureBillion=24",
                "regions.Shanghai.ventureBillion=36", "regions.Anhui.ventureBillion=48",
                "capital.dealMedianMillion=30", "capital.dealSigma=0", "capital.valueElasticity=0.5",
                "capital.nationalCycle[0].index=2", "capital.nationalCycle[1].index=3");
        return new World(scenario.model(), SCALE, 5, 0);
    }

    @Test
    void thePoolIsSplitByStartVolumeTimesThePipelineResponse() {
        World world = world();
        CapitalMarket market = new CapitalMarket(world);
        assertEquals(2.0, market.cycle(2010), 0.0, "before the data: the first year's index");
        Region zj = world.region("Zhejiang");
        Region js = world.region("Jiangsu");
        Region sh = world.region("Shanghai");
        Region ah = world.region("Anhui");
        // A guidance fund in Zhejiang co-invests after the month's venture money is known.
        double[] seen = new double[2];
        Government.Account fund = zj.government.open("fund", 2015, 2030, 0, BudgetMode.STOP);
        zj.government.bind(fund, new Instrument() {
            @Override
            public void onFinancing(World w) {
                seen[0]++;
                seen[1] = zj.ventureThisMonth;
            }
        });
        // Month 0 (2015, index 2): Zhejiang shows no pipeline yet, the others 10, 20, 30.
        world.beginMonth(0);
        zj.government.startMonth(world);
        zj.pipelineValue = 0;
        js.pipelineValue = 10;
        sh.pipelineValue = 20;
        ah.pipelineValue = 30;
        market.step(null);
        assertTrue(Double.isNaN(zj.initialPipelineValue), "no reference before a positive value");
        assertEquals(10, js.initialPipelineValue, 0.0);
        // Pool 2 x 1000 million, every response 1: the start-year shares.
        assertEquals(200, zj.ventureThisMonth, 1e-9);
        assertEquals(400, js.ventureThisMonth, 1e-9);
        assertEquals(600, sh.ventureThisMonth, 1e-9);
        assertEquals(800, ah.ventureThisMonth, 1e-9);
        assertEquals(1, seen[0], 0.0, "the fund is called once a month");
        assertEquals(200, seen[1], 1e-9, "after the month's allocation");

        // Month 13 (2016, index 3): Zhejiang's first value 5 becomes its reference (response 1);
        // Jiangsu's value has grown 4-fold (response 2), Shanghai's is unchanged, Anhui's fell to
        // a quarter (response 0.5). Weights 100, 400, 300, 200 of 1000; pool 3000.
        world.beginMonth(13);
        zj.pipelineValue = 5;
        js.pipelineValue = 40;
        sh.pipelineValue = 20;
        ah.pipelineValue = 7.5;
        market.step(null);
        assertEquals(5, zj.initialPipelineValue, 0.0);
        assertEquals(10, js.initialPipelineValue, 0.0, "the reference is kept once set");
        assertEquals(300, zj.ventureThisMonth, 1e-9);
        assertEquals(1200, js.ventureThisMonth, 1e-9);
        assertEquals(900, sh.ventureThisMonth, 1e-9);
        assertEquals(600, ah.ventureThisMonth, 1e-9);
        // The venture index is the month's volume over the start-year volume (300 / 100).
        assertEquals(3.0, CapitalMarket.ventureIndex(zj), 1e-12);
        zj.ventureThisMonth = 0;
        assertEquals(1.0, CapitalMarket.ventureIndex(zj), 0.0, "1 before any allocation");
    }

    @Test
    void wholeRoundsArePaidWhileTheBalanceCoversThemAndTheRestIsCarried() {
        World world = world();
        world.beginMonth(3);
        Region region = world.region("Zhejiang");
        Park outside = region.parks[region.parks.length - 1];
        Enterprise firm = region.newFirm(Sector.INNOVATIVE_DRUG, outside, 10, 0);

        // No candidate, or no money this month: nothing happens, not even the starting balance.
        region.ventureThisMonth = 100;
        CapitalMarket.placeWholeRounds(region);
        assertEquals(0, region.ventureBalance, 0.0);
        region.addCandidate(firm, 1.0);
        region.ventureThisMonth = 0;
        CapitalMarket.placeWholeRounds(region);
        assertEquals(0, region.ventureBalance, 0.0);

        // The first month with money starts from a uniform share of the first 30-million round.
        double start = 30 * world.streams.numbered("ventureStart", region.index, 0).nextDouble();
        region.ventureThisMonth = 100;
        CapitalMarket.placeWholeRounds(region);
        double balance = start + 100;
        long rounds = (long) Math.floor(balance / 30);
        assertEquals(rounds, region.ventureRounds);
        assertEquals(rounds * 30, firm.cash(), 1e-9, "the only candidate takes every round");
        assertEquals(rounds * 30, world.ledger.financing, 1e-9);
        assertEquals(rounds * 30, region.counters.get(Counter.VENTURE_FINANCING), 1e-9);
        assertEquals(balance - rounds * 30, region.ventureBalance, 1e-9, "what no whole round fits is carried");

        // A month of 10 million adds to the carried balance (no second starting share).
        double carried = region.ventureBalance;
        region.ventureThisMonth = 10;
        CapitalMarket.placeWholeRounds(region);
        long more = carried + 10 >= 30 ? 1 : 0;
        assertEquals(rounds + more, region.ventureRounds);
        assertEquals(carried + 10 - more * 30, region.ventureBalance, 1e-9);
        assertEquals((rounds + more) * 30, firm.cash(), 1e-9);
    }

    @Test
    void coInvestmentGoesOnlyToTheCandidatesTheTargetAdmits() {
        World world = world();
        world.beginMonth(3);
        Region region = world.region("Jiangsu");
        Park outside = region.parks[region.parks.length - 1];
        Enterprise a = region.newFirm(Sector.INNOVATIVE_DRUG, outside, 10, 0);
        Enterprise b = region.newFirm(Sector.MEDICAL_DEVICE, outside, 10, 0);
        Enterprise c = region.newFirm(Sector.INNOVATIVE_DRUG, outside, 10, 0);
        region.addCandidate(a, 2.0);
        region.addCandidate(b, 5.0);
        region.addCandidate(c, 3.0);
        Uniform rng = world.streams.monthly("guidance", region.index, 3);

        assertEquals(0, CapitalMarket.coInvest(region, 100, rng, f -> false), 0.0, "no candidate qualifies");
        assertEquals(0, CapitalMarket.coInvest(region, 0, rng, f -> true), 0.0, "nothing to place");
        assertEquals(0, world.ledger.financing, 0.0);

        // 100 million in rounds of at most 30 among the drug firms only (weights 2 and 3).
        double placed = CapitalMarket.coInvest(region, 100, rng, f -> f.sector() == Sector.INNOVATIVE_DRUG);
        assertEquals(100, placed, 0.0);
        assertEquals(0, b.cash(), 0.0, "the device firm is not a target");
        assertEquals(100, a.cash() + c.cash(), 1e-9);
        assertEquals(100, region.counters.get(Counter.GUIDANCE_FUND_INVESTMENT), 1e-9);
        assertEquals(0, region.counters.get(Counter.VENTURE_FINANCING), 0.0);
        assertEquals(100, world.ledger.financing, 1e-9);
        // The subset keeps the admitted firms' own weights, cumulated: 2, then 2 + 3.
        assertSame(a, region.subsetFirms[0]);
        assertSame(c, region.subsetFirms[1]);
        assertEquals(2.0, region.subsetWeight[0], 0.0);
        assertEquals(5.0, region.subsetWeight[1], 0.0);

        // Only the device firm: it takes all of 45 million (a round of 30 and the 15 left).
        assertEquals(45, CapitalMarket.coInvest(region, 45, rng, f -> f == b), 0.0);
        assertEquals(45, b.cash(), 1e-9);
        assertSame(b, region.subsetFirms[0]);
        assertEquals(5.0, region.subsetWeight[0], 0.0);
    }
}
