package org.highland.policy;

import java.util.ArrayList;
import java.util.List;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Project;
import org.highland.model.Region;
import org.highland.model.World;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;

/**
 * A small world without policies, stepped into its second January so firms have last year's
 * R&D and revenue and projects in every stage. Instruments under test get an account of their
 * own that is never bound: the model never calls them, the test calls their hooks on firms and
 * projects it picked and checks each payment against the instrument's rule worked out here.
 */
final class SmallWorld {
    static final double SCALE = 0.05;
    static final String[] REGIONS = PolicyRuns.REGIONS;
    final HighlandSim sim;
    final World world;

    private final Scenario scenario;

    SmallWorld(int months, String policiesYaml) {
        scenario = PolicyRuns.scenario(policiesYaml);
        sim = new HighlandSim(scenario, SCALE, PolicyRuns.SEED, 0);
        sim.start();
        world = sim.world();
        for (int r = 0; r < world.regionCount(); r++) {
            Government government = world.region(r).government();
            for (Government.Account account : government.accounts()) {
                government.bind(account, new Instrument() {
                });
            }
        }
        step(months);
    }

    /** The world without policies after January 2016 has been processed. */
    static SmallWorld secondJanuary() {
        return new SmallWorld(13, "{}");
    }

    /** The world with {@code policiesYaml} installed but idle, after January 2016 has been processed. */
    static SmallWorld secondJanuary(String policiesYaml) {
        return new SmallWorld(13, policiesYaml);
    }

    void step(int months) {
        for (int m = 0; m < months; m++) {
            sim.schedule.step(sim);
        }
    }

    Region region(String name) {
        for (int r = 0; r < world.regionCount(); r++) {
            if (world.region(r).name.equals(name)) {
                return world.region(r);
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The scenario's policy {@code name} in {@code region}: its account and a fresh mechanism on it. */
    Bound installed(String name, Region region) {
        for (Government.Account account : region.government().accounts()) {
            if (account.name().equals(name)) {
                return new Bound(account, scenario.policies().get(name).mechanism(world, region, account));
            }
        }
        throw new IllegalArgumentException("no policy " + name + " in " + region.name);
    }

    /**
     * A new account for {@code spec} in {@code region}, with the spec's budget and mode, and its mechanism. The
     * year's outlays are not recorded for it, so the world must not be stepped afterwards.
     */
    Bound open(PolicySpec spec, Region region, String name) {
        Government.Account account = region.government().open(name, spec.startYear(), spec.endYear(),
                spec.annualBudgetMillion(), spec.budgetMode());
        return new Bound(account, spec.mechanism(world, region, account));
    }

    /** Every (firm, project) pair of the region. */
    static List<Holding> holdings(Region region) {
        List<Holding> all = new ArrayList<>();
        for (int i = 0; i < region.firmCount(); i++) {
            Enterprise firm = region.firm(i);
            for (int p = 0; p < firm.projectCount(); p++) {
                all.add(new Holding(firm, firm.project(p)));
            }
        }
        return all;
    }

    record Bound(Government.Account account, Instrument instrument) {
    }

    record Holding(Enterprise firm, Project project) {
    }
}
