package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;
import org.highland.model.spec.EntrySpec;
import org.highland.model.spec.RegionSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2: the parks' monthly state and location utilities are updated ({@link ParkChoice}), then
 * new firms appear in each region. The expected number grows with the entry trend, the region's
 * density and venture volume relative to the start, any entry levers, and the attractiveness of
 * its locations (the logsum of the park choice against its start value); each entrant picks a
 * sector by the entry shares and a location by the logit of {@link ParkChoice}.
 */
public final class EntryProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** The enum's values, copied once (values() copies the array on every call). */
    private static final Sector[] SECTORS = Sector.values();
    private final World world;
    private final double[] sectorWeights = new double[Sector.COUNT];

    public EntryProcess(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        for (Region region : world.regions) {
            region.parkChoice.update();
            enter(region, world.streams.monthly("entry", region.index, world.month()));
        }
    }

    private void enter(Region region, Uniform rng) {
        RegionSpec spec = region.spec;
        EntrySpec entry = world.entrySpec;
        double years = world.month() / 12.0;
        double density = region.initialFirms > 0 ? region.firmCount / region.initialFirms : 1.0;
        double venture = CapitalMarket.ventureIndex(region);
        double[] shares = spec.entryShares().toArray();
        double weightTotal = 0;
        double shareTotal = 0;
        for (int s = 0; s < Sector.COUNT; s++) {
            sectorWeights[s] = shares[s] * region.levers.entryMultiplier[s];
            weightTotal += sectorWeights[s];
            shareTotal += shares[s];
        }
        if (shareTotal <= 0 || weightTotal <= 0) {
            return;
        }
        double expected = spec.entryPerYear() * world.scale / 12.0
                * Math.pow(1.0 + spec.entryTrend(), years)
                * Math.pow(density, entry.densityElasticity())
                * Math.pow(venture, entry.capitalElasticity())
                * region.parkChoice.entryFactor()
                * weightTotal / shareTotal;
        // One uniform for the count, so entrants' own draws line up between paired variants.
        int entrants = Draws.poissonInverse(rng.nextDouble(), expected);
        for (int e = 0; e < entrants; e++) {
            Sector sector = SECTORS[Draws.categorical(rng, sectorWeights)];
            Park park = region.parks[region.parkChoice.chooseForEntrant(rng)];
            double revenue = Draws.lognormal(rng, entry.revenueMedianMillion(), entry.revenueSigma());
            double capital = Draws.lognormal(rng, entry.registeredCapitalMedianMillion(), entry.registeredCapitalSigma());
            double cash = capital * entry.paidInShare();
            long seed = world.streams.entrantSeed(region.index, world.month(), e);
            Enterprise firm = region.newFirm(sector, park, revenue, cash, capital, seed);
            region.add(firm);
            park.entries++;
            park.entrantCapital += capital;
            region.counters.add(Counter.ENTRIES, 1);
            region.counters.add(Counter.ENTRANT_REGISTERED_CAPITAL, capital);
            world.ledger.entrantCash += cash;
        }
    }
}
