package org.highland.model;

import java.util.Set;

/**
 * A set of stages a policy targets, turned into a table over the project codes firms keep
 * ({@link ProjectCodes}: kind and stage index, or launched = {@link Stage#APPROVED}), so testing
 * whether a firm has a project in a target stage reads the firm's small code array, not every
 * project object ({@link Enterprise#hasProjectIn}).
 */
public final class StageFilter {
    /** Per kind and stage index: is that stage targeted. */
    private final boolean[][] targeted;
    private final boolean approved;

    public StageFilter(World world, Set<Stage> stages) {
        targeted = new boolean[world.routes.length][];
        for (int k = 0; k < world.routes.length; k++) {
            Route route = world.routes[k];
            targeted[k] = new boolean[route.stageCount()];
            for (int i = 0; i < route.stageCount(); i++) {
                targeted[k][i] = stages.contains(route.stages[i]);
            }
        }
        approved = stages.contains(Stage.APPROVED);
    }

    boolean matches(int code) {
        return ProjectCodes.launched(code) ? approved : targeted[ProjectCodes.kind(code)][ProjectCodes.stage(code)];
    }
}
