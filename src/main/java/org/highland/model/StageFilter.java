package org.highland.model;

import java.util.Set;

/**
 * A set of stages a policy targets, turned into a mask over the bits of {@link ProjectCodes}
 * (kind and stage, or launched = {@link Stage#APPROVED}), so testing whether a firm has a project
 * in a target stage reads one number its pipeline keeps, not every project object
 * ({@link Enterprise#hasProjectIn}).
 */
public final class StageFilter {
    /** A bit per kind and targeted stage. */
    private final long targeted;

    public StageFilter(World world, Set<Stage> stages) {
        long mask = 0;
        for (int k = 0; k < world.routes.length; k++) {
            Route route = world.routes[k];
            for (int i = 0; i < route.stageCount(); i++) {
                if (stages.contains(route.stages[i])) {
                    mask |= ProjectCodes.bit(route.kind, route.stages[i]);
                }
            }
            if (stages.contains(Stage.APPROVED)) {
                mask |= ProjectCodes.bit(route.kind, Stage.APPROVED);
            }
        }
        targeted = mask;
    }

    /** Whether a pipeline holding the kinds and stages of {@code stageMask} has one the filter targets. */
    boolean matches(long stageMask) {
        return (stageMask & targeted) != 0;
    }
}
