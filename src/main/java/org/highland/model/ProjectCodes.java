package org.highland.model;

/**
 * A project's kind, stage index and state packed in one int, kept by its firm in an array
 * parallel to the projects ({@link Enterprise#projectCodes}) so the monthly financing weight reads
 * a small primitive array rather than every project object. Bit 0: the stage counts as early for
 * investors (discovery or IND); bits 1-7: the stage index; bits 8-15: the kind's ordinal;
 * bit 16: launched.
 */
final class ProjectCodes {
    private static final int EARLY = 1;
    private static final int STAGE_SHIFT = 1;
    private static final int STAGE_MASK = 0x7F;
    private static final int KIND_SHIFT = 8;
    private static final int KIND_MASK = 0xFF;
    private static final int LAUNCHED = 1 << 16;

    private ProjectCodes() {
    }

    static int of(Project p) {
        Stage stage = p.route.stages[p.stageIndex];
        boolean early = stage == Stage.DISCOVERY || stage == Stage.IND;
        return (p.launched ? LAUNCHED : 0) | (p.route.kind.ordinal() << KIND_SHIFT)
                | (p.stageIndex << STAGE_SHIFT) | (early ? EARLY : 0);
    }

    static boolean launched(int code) {
        return (code & LAUNCHED) != 0;
    }

    static int kind(int code) {
        return (code >>> KIND_SHIFT) & KIND_MASK;
    }

    static int stage(int code) {
        return (code >>> STAGE_SHIFT) & STAGE_MASK;
    }

    static boolean early(int code) {
        return (code & EARLY) != 0;
    }
}
