package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A government's accounts against hand-computed values: budgets at model scale, paying up to the
 * budget left (STOP) or a pro-rated share of each claim (PRORATE, last year's budget / claims),
 * the share firms expect, the counters and the ledger; and which instruments are in force in a
 * year and which hooks are called.
 */
class GovernmentAccountsTest {
    private static final double SCALE = 0.1;

    private static World world() {
        return new World(Scenarios.defaults().model(), SCALE, 9, 0);
    }

    private static Enterprise firm(Region region) {
        return region.newFirm(Sector.INNOVATIVE_DRUG, region.parks[region.parks.length - 1], 10, 0);
    }

    @Test
    void stopPaysClaimsInFullUntilTheBudgetIsSpent() {
        World world = world();
        Region region = world.region("Zhejiang");
        Government government = region.government;
        Government.Account account = government.open("grant", 2015, 2020, 1000, BudgetMode.STOP);
        government.bind(account, new Instrument() { });
        Enterprise firm = firm(region);
        assertEquals(100, account.annualBudget(), 1e-12, "1000 a year at scale 0.1");
        world.beginMonth(0);
        government.startMonth(world);

        assertEquals(0, account.pay(firm, 0), 0.0);
        assertEquals(0, account.pay(firm, -5), 0.0, "a negative claim pays nothing");
        assertEquals(60, account.pay(firm, 60), 1e-12);
        assertEquals(40, account.remainingThisYear(), 1e-12);
        assertEquals(40, account.pay(firm, 70), 1e-12, "only the 40 left");
        assertEquals(0, account.pay(firm, 10), 0.0, "spent");
        assertEquals(0, account.remainingThisYear(), 0.0);
        assertEquals(100, firm.cash(), 1e-12);
        assertEquals(100, world.ledger.subsidies, 1e-12);
        assertEquals(100, account.paidTotal(), 1e-12);
        assertEquals(40, account.shortfallTotal(), 1e-12, "30 + 10 refused");
        assertEquals(100, region.counters.get(Counter.POLICY_OUTLAY), 1e-12);
        assertEquals(40, region.counters.get(Counter.POLICY_SHORTFALL), 1e-12);
        assertEquals(1.0, account.expectedPayShare(), 0.0, "before a year with claims");

        // A new year: 100 paid of 140 claimed is what firms expect; the budget is full again.
        world.beginMonth(12);
        government.startMonth(world);
        assertEquals(100.0 / 140, account.expectedPayShare(), 1e-12);
        assertEquals(0, account.paidThisYear(), 0.0);
        assertEquals(100, account.remainingThisYear(), 1e-12);
        // Payments to people reach no firm and no subsidy ledger, but count as outlay.
        assertEquals(30, account.payOut(30), 1e-12);
        assertEquals(100, firm.cash(), 1e-12);
        assertEquals(100, world.ledger.subsidies, 1e-12);
        assertEquals(130, account.paidTotal(), 1e-12);
        assertEquals(130, region.counters.get(Counter.POLICY_OUTLAY), 1e-12);
        // A year without claims keeps the last share.
        world.beginMonth(24);
        government.startMonth(world);
        world.beginMonth(36);
        government.startMonth(world);
        assertEquals(1.0, account.expectedPayShare(), 0.0, "30 of 30 paid in 2016, nothing claimed in 2017");
    }

    @Test
    void prorateScalesEachClaimByLastYearsBudgetOverClaims() {
        World world = world();
        Region region = world.region("Jiangsu");
        Government government = region.government;
        Government.Account account = government.open("prorated", 2015, 2030, 1000, BudgetMode.PRORATE);
        government.bind(account, new Instrument() { });
        Enterprise firm = firm(region);
        world.beginMonth(0);
        government.startMonth(world);
        // The first year pays in full until spent: 80, then 20 of 120.
        assertEquals(80, account.pay(firm, 80), 1e-12);
        assertEquals(20, account.pay(firm, 120), 1e-12);
        assertEquals(1.0, account.expectedPayShare(), 0.0);
        // Claims of 200 against a budget of 100: each claim of 2016 is paid at half.
        world.beginMonth(12);
        government.startMonth(world);
        assertEquals(0.5, account.expectedPayShare(), 1e-12);
        assertEquals(30, account.pay(firm, 60), 1e-12);
        assertEquals(30, account.shortfallTotal() - 100, 1e-12, "100 refused in 2015, 30 now");
        assertEquals(50, account.pay(firm, 100), 1e-12);
        assertEquals(20, account.pay(firm, 100), 1e-12, "half would be 50, 20 are left");
        // 2016 claimed 260 for a budget of 100: 2017 pays 100 / 260 of each claim.
        world.beginMonth(24);
        government.startMonth(world);
        assertEquals(100.0 / 260, account.expectedPayShare(), 1e-12);
        assertEquals(26 * 100.0 / 260, account.pay(firm, 26), 1e-12);
        // A year claiming less than the budget pays in full the year after (factor capped at 1).
        world.beginMonth(36);
        government.startMonth(world);
        assertEquals(1.0, account.expectedPayShare(), 0.0);
        assertEquals(26, account.pay(firm, 26), 1e-12);
    }

    @Test
    void onlyInstrumentsInForceAreCalledAndOnlyStageListenersOnStageEntries() {
        World world = world();
        Region region = world.region("Anhui");
        Government government = region.government;
        List<String> calls = new ArrayList<>();
        Government.Account early = government.open("early", 2015, 2016, 10, BudgetMode.STOP);
        Government.Account late = government.open("late", 2017, 2018, 10, BudgetMode.STOP);
        Government.Account unbound = government.open("unbound", 2015, 2030, 10, BudgetMode.STOP);
        Government.Account plain = government.open("plain", 2015, 2030, 10, BudgetMode.STOP);
        government.bind(early, new Recorder("early", calls));
        government.bind(late, new Recorder("late", calls));
        government.bind(plain, new Instrument() { });
        assertEquals(List.of(early, late, unbound, plain), government.accounts());
        assertSame(plain.region(), region);

        world.beginMonth(0);
        government.startMonth(world);
        assertArrayEquals(new Government.Account[] {early, plain}, government.active(), "2015: unbound has no mechanism");
        world.beginMonth(1);
        government.startMonth(world);
        Enterprise firm = firm(region);
        government.stageEntered(world, firm, null);
        government.approved(world, firm, null);
        government.financing(world);
        government.taxForegone(world, new double[Sector.COUNT]);
        government.listed(world, firm);
        assertEquals(List.of("early year 2015", "early month 0", "early month 1", "early stage", "early approval",
                "early financing", "early tax", "early listing"), calls);

        // 2016 is early's last year; in 2017 only late is in force.
        calls.clear();
        world.beginMonth(12);
        government.startMonth(world);
        world.beginMonth(24);
        government.startMonth(world);
        government.stageEntered(world, firm, null);
        assertEquals(List.of("early year 2016", "early month 12", "late year 2017", "late month 24", "late stage"), calls);
        assertArrayEquals(new Government.Account[] {late, plain}, government.active());
        // After 2018 only the plain instrument, which listens to no stage entry.
        calls.clear();
        world.beginMonth(48);
        government.startMonth(world);
        government.stageEntered(world, firm, null);
        assertEquals(List.of(), calls);
        assertArrayEquals(new Government.Account[] {plain}, government.active());
    }

    /** Records each hook called, with its year or month. */
    private static final class Recorder implements Instrument {
        private final String name;
        private final List<String> calls;

        Recorder(String name, List<String> calls) {
            this.name = name;
            this.calls = calls;
        }

        @Override
        public void onYearStart(World world, int year) {
            calls.add(name + " year " + year);
        }

        @Override
        public void onMonth(World world) {
            calls.add(name + " month " + world.month());
        }

        @Override
        public void onStageEntered(World world, Enterprise firm, Project project) {
            calls.add(name + " stage");
        }

        @Override
        public void onApproval(World world, Enterprise firm, Project project) {
            calls.add(name + " approval");
        }

        @Override
        public void onFinancing(World world) {
            calls.add(name + " financing");
        }

        @Override
        public void onTaxForegone(World world, double[] foregoneBySector) {
            calls.add(name + " tax");
        }

        @Override
        public void onListing(World world, Enterprise firm) {
            calls.add(name + " listing");
        }
    }
}
