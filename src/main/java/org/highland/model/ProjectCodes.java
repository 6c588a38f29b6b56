package org.highland.model;

/**
 * A project's kind and stage as one bit of a long, so a pipeline can keep the set of kinds and
 * stages its projects hold in one number ({@link Pipeline#stageMask}) and a policy's stage test
 * ({@link StageFilter}) is one AND: bit kind x {@link Stage#COUNT} + stage, with a launched
 * product at {@link Stage#APPROVED} (as {@link Project#stage} says).
 */
final class ProjectCodes {
    static {
        if (ProjectKind.COUNT * Stage.COUNT > Long.SIZE) {
            throw new ExceptionInInitializerError("kinds x stages exceed the bits of a long");
        }
    }

    private ProjectCodes() {
    }

    /** The bit of this kind and stage. */
    static long bit(ProjectKind kind, Stage stage) {
        return 1L << (kind.ordinal() * Stage.COUNT + stage.ordinal());
    }

    /** The bit of the project's kind and current stage (approved once launched). */
    static long bit(Project p) {
        return 1L << (p.route.kind.ordinal() * Stage.COUNT + p.stage().ordinal());
    }

    /** Whether investors count the stage as early (discovery or IND). */
    static boolean early(Stage stage) {
        return stage == Stage.DISCOVERY || stage == Stage.IND;
    }
}
