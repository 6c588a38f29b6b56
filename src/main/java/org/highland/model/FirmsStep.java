package org.highland.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps 5-6: every firm takes its monthly step and closes its month ({@link Settlement}) in one
 * visit; a firm that exits is removed (the last firm takes its place and is visited next), and a
 * surviving firm registers as a candidate for next month's financing.
 */
public final class FirmsStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final Settlement settlement;

    public FirmsStep(World world) {
        this.world = world;
        this.settlement = new Settlement(world);
    }

    @Override
    public void step(SimState state) {
        for (Region region : world.regions) {
            region.candidateCount = 0;
            region.clinicalProjects = 0;
            world.firmMonths += region.firmCount;
            int i = 0;
            while (i < region.firmCount) {
                Enterprise firm = region.firms[i];
                firm.step(state);
                if (settlement.close(region, firm)) {
                    region.removeAt(i);
                    continue;
                }
                firm.registerForFinancing();
                i++;
            }
        }
    }
}
