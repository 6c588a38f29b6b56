package org.highland.model;

/**
 * The mechanism of one policy instrument in one region. The region's {@link Government} calls
 * it only while the instrument is in force, and only for events of its own region's firms; an
 * instrument pays through its {@link Government.Account}, which enforces the budget. Every hook
 * is optional: an instrument implements those its mechanism needs. Each January's firm step
 * replaces every firm, pipeline and project by a copy ({@link FirmsStep}): an instrument that
 * remembers a firm beyond the hook that handed it over keeps its {@link Enterprise#id}, never
 * the object (not even from December to January).
 */
public interface Instrument {
    /** January, after budgets reset: pay annual claims (e.g. last year's R&D). */
    default void onYearStart(World world, int year) {
    }

    /** Every month, after levers reset: set levers. */
    default void onMonth(World world) {
    }

    /** A project of a firm of this region has just entered a new stage. */
    default void onStageEntered(World world, Enterprise firm, Project project) {
    }

    /** A product of a firm of this region has just been approved. */
    default void onApproval(World world, Enterprise firm, Project project) {
    }

    /** Step 6, after this month's venture capital is placed: co-invest (guidance funds). */
    default void onFinancing(World world) {
    }

    /**
     * Step 5, after the region's firms have settled: the corporate income tax foregone this month
     * through all extra R&D deductions in force, million yuan per sector (tax expenditures).
     */
    default void onTaxForegone(World world, double[] foregoneBySector) {
    }

    /** A firm of this region has just listed. */
    default void onListing(World world, Enterprise firm) {
    }

    /**
     * Payment a firm of {@code sector} expects on entering stage {@code stageIndex} of a project of
     * {@code kind}, million yuan, at entry: not discounted, and not weighted by the chance of
     * reaching the stage or of the budget paying ({@link ProjectValuation} does both).
     * {@code stageCostMillion} is the stage's expected cost and {@code stageMonths} its expected
     * duration under this month's levers (an instrument with a limit per year reads the duration).
     */
    default double expectedStagePayment(World world, Sector sector, ProjectKind kind, int stageIndex,
                                        double stageCostMillion, double stageMonths) {
        return 0;
    }

    /** Payment a firm of {@code sector} expects when its product of {@code kind} is approved, million yuan. */
    default double expectedApprovalPayment(World world, Sector sector, ProjectKind kind) {
        return 0;
    }
}
