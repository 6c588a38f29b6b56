package org.highland.model;

import java.util.Arrays;
import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;
import org.highland.model.spec.EntrySpec;
import org.highland.model.spec.RegionSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2: the parks' monthly state and location utilities are updated ({@link ParkChoice}), then
 * new firms appear in each region. A would-be founder weighs the region by one value: the
 * inclusive value of its locations (rent after subsidy, platforms, density, vacancy: the logsum L
 * of the park choice) plus the early financing a young firm can expect there, F million yuan a
 * year (venture money of the month times an entrant's share of the investors' allocation weight,
 * {@link #expectedEarlyFinancing}), counted for {@code earlyFinancingYears} h and turned into
 * utility at the choice model's rent utility b_rent (utility per million yuan). The expected
 * number of entrants is
 * <pre>
 *   E = entryPerYear x s / 12 x (1 + entryTrend)^y x exp(lambda ((L - L0) - b_rent h (F - F0))) x sector levers
 * </pre>
 * with L0 and F0 the start values (F0: the first month with an allocation). Each entrant picks a
 * sector by the entry shares and a location by the logit of {@link ParkChoice}.
 */
public final class EntryProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** The enum's values, copied once (values() copies the array on every call). */
    private static final Sector[] SECTORS = Sector.values();
    private final World world;
    private final double[] sectorWeights = new double[Sector.COUNT];
    /** Each region's expected early financing in the first month with an allocation (NaN before). */
    private final double[] startFinancing;

    public EntryProcess(World world) {
        this.world = world;
        this.startFinancing = new double[world.regions.length];
        Arrays.fill(startFinancing, Double.NaN);
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
        double financing = expectedEarlyFinancing(region, entrantFinancingWeight(world, sectorWeights, weightTotal));
        if (Double.isNaN(startFinancing[region.index]) && financing > 0) {
            startFinancing[region.index] = financing;
        }
        double financingGain = Double.isNaN(startFinancing[region.index]) ? 0 : financing - startFinancing[region.index];
        double expected = spec.entryPerYear() * world.scale / 12.0
                * Math.pow(1.0 + spec.entryTrend(), years)
                * region.parkChoice.entryFactor(financingUtility(world, financingGain))
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
            Enterprise firm = region.newFirm(sector, park, revenue, cash, seed);
            region.add(firm);
            park.entries++;
            park.entrantCapital += capital;
            region.counters.add(Counter.ENTRIES, 1);
            region.counters.add(Counter.ENTRANT_REGISTERED_CAPITAL, capital);
            world.ledger.entrantCash += cash;
        }
    }

    /**
     * An entrant's expected allocation weight with the investors ({@link Enterprise#registerForFinancing}):
     * the seed weight of an innovative-drug firm and the revenue weight of an entrant's mean revenue,
     * averaged over the sectors entrants choose.
     */
    static double entrantFinancingWeight(World world, double[] sectorWeights, double weightTotal) {
        double revenue = world.entrySpec.revenueMedianMillion()
                * Math.exp(0.5 * world.entrySpec.revenueSigma() * world.entrySpec.revenueSigma());
        int innovative = Sector.INNOVATIVE_DRUG.ordinal();
        double seed = sectorWeights[innovative] / weightTotal * world.seedWeight[innovative];
        return seed + revenue * world.revenueWeight;
    }

    /**
     * Early financing a new firm can expect, million yuan a year: last month's venture money times
     * the entrant's share of the weight investors allocated by (last month's candidates); 0 before
     * any allocation. Money and weights are both at the model's scale, so the value is not.
     */
    static double expectedEarlyFinancing(Region region, double entrantWeight) {
        int n = region.candidateCount;
        double weights = n > 0 ? region.cumulativeWeight[n - 1] : 0;
        if (weights <= 0 || region.ventureThisMonth <= 0) {
            return 0;
        }
        return 12.0 * region.ventureThisMonth * entrantWeight / (weights + entrantWeight);
    }

    /** Utility of a change of expected early financing: -b_rent x earlyFinancingYears x change (b_rent < 0). */
    static double financingUtility(World world, double financingChange) {
        return -world.spec.location().rentUtility() * world.entrySpec.earlyFinancingYears() * financingChange;
    }
}
