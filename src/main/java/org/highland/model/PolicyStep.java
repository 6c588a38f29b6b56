package org.highland.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 1 of the month: the clock advances, levers reset, every government runs its instruments
 * (budgets reset in January), and the firms' decision inputs are recomputed from the policies now
 * in force: the kind choice weights and the start-rate factor. (Talent acts at the firm: a firm
 * short of staff stretches its own stages, {@link Enterprise#staffingStretch}.)
 */
public final class PolicyStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;

    public PolicyStep(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        world.beginMonth((int) state.schedule.getSteps());
        if (world.monthOfYear() == 0) {
            // Close last year's accounts first: January's instruments pay on them.
            for (Region region : world.regions) {
                for (int i = 0; i < region.firmCount; i++) {
                    region.firms[i].rollYear();
                }
            }
        }
        for (Region region : world.regions) {
            region.levers.reset();
            region.government.startMonth(world);
            updateDecisionInputs(region);
        }
    }

    /**
     * Each project kind is started by its own process at the sector's base rate times the kind's
     * base share, scaled by (1 + r)^elasticity, where r is the kind's return change per yuan of
     * expected cost: (value change from prices + expected policy support) / expected cost. Support
     * for one kind thus raises that kind's starts and leaves the other kinds' unchanged.
     */
    private void updateDecisionInputs(Region region) {
        double elasticity = world.firmSpec.startRateElasticity();
        for (Sector sector : Sector.values()) {
            double[] factors = region.kindStartFactor[sector.ordinal()];
            for (ProjectKind kind : ProjectKind.values()) {
                int k = kind.ordinal();
                Route route = world.routes[k];
                double priceIndex = kind == ProjectKind.GENERIC_DRUG ? region.levers.genericPriceIndex : 1.0;
                double valueChange = (priceIndex - 1.0) * route.expectedValueMillion;
                double support = region.government.expectedSupport(world, sector, kind);
                double relative = route.expectedCostMillion > 0 ? (valueChange + support) / route.expectedCostMillion : 0;
                factors[k] = Math.pow(Math.max(0, 1.0 + relative), elasticity);
            }
        }
    }
}
