package org.highland.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 1 of the month: the clock advances, levers reset, every government runs its instruments
 * (budgets reset in January), and the firms' decision inputs are recomputed from the policies now
 * in force: the project valuation per kind and stage (after the instruments have set their
 * levers and with their budgets' pay shares), and the talent-driven stretch of clinical durations
 * and success.
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
            updateTalentEffects(region);
        }
    }

    /**
     * Senior R&D shortage stretches clinical stages; leading talent per clinical project,
     * relative to the first month with a pipeline, raises or lowers clinical success.
     */
    private void updateTalentEffects(Region region) {
        region.durationStretch = 1.0 + world.firmSpec.shortageDelay() * (1.0 - region.fill[TalentTier.SENIOR_RD.ordinal()]);
        double leading = region.talent[TalentTier.LEADING.ordinal()];
        if (region.clinicalProjects <= 0 || leading <= 0) {
            region.successMultiplier = 1.0;
            return;
        }
        double perProject = leading / region.clinicalProjects;
        if (Double.isNaN(region.referenceLeadingPerProject)) {
            region.referenceLeadingPerProject = perProject;
        }
        double ratio = perProject / region.referenceLeadingPerProject;
        region.successMultiplier = clamp(Math.pow(ratio, world.firmSpec.leadingTalentSuccessElasticity()), 0.5, 1.5);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
