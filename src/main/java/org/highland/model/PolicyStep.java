package org.highland.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 1 of the month: the clock advances, levers reset, every government runs its instruments
 * (budgets reset in January), and the firms' decision inputs are recomputed from the policies now
 * in force: the project valuation per kind and stage (after the instruments have set their
 * levers and with their budgets' pay shares). (Talent acts at the firm: a firm short of staff
 * stretches its own stages, {@link Enterprise#staffingStretch}.)
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
            region.valuation.update(world);
        }
    }
}
