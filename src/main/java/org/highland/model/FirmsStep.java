package org.highland.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Steps 4-5: every firm of every region takes its monthly step, in a fixed order. */
public final class FirmsStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;

    public FirmsStep(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        for (Region region : world.regions) {
            region.candidateCount = 0;
            region.clinicalProjects = 0;
            Enterprise[] firms = region.firms;
            int n = region.firmCount;
            for (int i = 0; i < n; i++) {
                firms[i].step(state);
            }
            world.firmMonths += n;
        }
    }
}
