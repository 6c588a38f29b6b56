package org.highland.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Assertions;

/** Builds small scenarios over the built-in defaults and steps replications month by month. */
final class ModelRuns {
    private ModelRuns() {
    }

    /** A scenario file holding {@code yaml} in {@code dir}, read with {@code --set} overrides. */
    static Scenario scenario(Path dir, String name, String yaml, String... sets) {
        try {
            Path file = dir.resolve(name + ".yaml");
            Files.writeString(file, "name: " + name + "\n" + yaml);
            return Scenarios.load(file, Arrays.asList(sets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started (populated, not yet stepped) replication. */
    static HighlandSim start(Scenario scenario, double scale, long seed, int replication) {
        HighlandSim sim = new HighlandSim(scenario, scale, seed, replication);
        sim.start();
        return sim;
    }

    /** Steps every month of the scenario, calling {@code afterMonth} after each. */
    static void run(HighlandSim sim, int months, Consumer<World> afterMonth) {
        for (int m = 0; m < months; m++) {
            sim.schedule.step(sim);
            afterMonth.accept(sim.world());
        }
    }

    /** A world at scale 0.1 (seed 6, replication 0) without firms yet, its value tables filled. */
    static World valuedWorld(Scenario scenario) {
        World world = new World(scenario.model(), 0.1, 6, 0);
        for (Region r : world.regions) {
            r.valuation.update(world);
        }
        return world;
    }

    /** A new firm of 10 M yuan revenue and 100 M cash outside any park of the region, counted in it. */
    static Enterprise firmOutsideParks(Region region, Sector sector) {
        Enterprise firm = region.newFirm(sector, region.parks[region.parks.length - 1], 10, 100);
        region.add(firm);
        return firm;
    }

    /**
     * Fails unless two replications hold the same values bit for bit (every metric, area and
     * year; more than 1,000 of them), naming the first that differs with {@code what} each run is.
     */
    static void assertSameBits(String label, ReplicationResult expected, String expectedIs,
                               ReplicationResult actual, String actualIs) {
        int compared = 0;
        for (int m = 0; m < expected.metrics().size(); m++) {
            for (int a = 0; a < expected.areas().size(); a++) {
                for (int y = expected.firstYear(); y <= expected.lastYear(); y++) {
                    double e = expected.value(m, a, y);
                    double v = actual.value(m, a, y);
                    if (Double.doubleToLongBits(e) != Double.doubleToLongBits(v)) {
                        Assertions.fail(label + ": " + expected.metrics().get(m) + " in " + expected.areas().get(a) + " " + y
                                + ": " + actualIs + " " + v + ", " + expectedIs + " " + e);
                    }
                    compared++;
                }
            }
        }
        Assertions.assertTrue(compared > 1000, label + ": too few values compared: " + compared);
    }

    /** The firms alive now, by identity. */
    static Set<Enterprise> livingFirms(World world) {
        Set<Enterprise> alive = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int r = 0; r < world.regionCount(); r++) {
            Region region = world.region(r);
            for (int i = 0; i < region.firmCount(); i++) {
                alive.add(region.firm(i));
            }
        }
        return alive;
    }

    /**
     * Replaces the mechanism of the policy {@code name} in every region by {@code probe}. Used
     * with a policy that pays nothing (cost share 0), so the model runs exactly as without it
     * while the probe sees every stage entry and approval through the instrument hooks.
     */
    static void bindProbe(World world, String name, Instrument probe) {
        int bound = 0;
        for (int r = 0; r < world.regionCount(); r++) {
            Government government = world.region(r).government();
            for (Government.Account account : government.accounts()) {
                if (account.name().equals(name)) {
                    government.bind(account, probe);
                    bound++;
                }
            }
        }
        if (bound != world.regionCount()) {
            throw new IllegalStateException("policy " + name + " is not in force in every region");
        }
    }
}
