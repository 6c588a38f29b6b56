package org.highland.model;

/**
 * A firm's project pipeline: its projects and the state that lets a month without a pipeline
 * event skip them ({@link PipelineVisit}). Made when the firm first holds a project, so the
 * firms that never do (most of them) carry one null reference instead of these fields, and
 * their monthly step reads no pipeline state at all: with no project and no mature sales a
 * firm's project spend and product sales are zero, as a visit would compute them.
 */
final class Pipeline {
    private static final int FIRST_CAPACITY = 4;
    /** Numbers before the entries of a {@link #salesPath}. */
    static final int SALES_PATH_HEAD = 3;

    Project[] projects = new Project[FIRST_CAPACITY];
    /**
     * Per project, parallel to {@link #projects}: its kind, stage and whether investors count the
     * stage as early ({@link ProjectCodes}), and its quality. The monthly financing weight is
     * computed from these two small arrays, so a month without a pipeline event touches no
     * project object.
     */
    int[] projectCodes = new int[FIRST_CAPACITY];
    double[] projectQualities = new double[FIRST_CAPACITY];
    /**
     * Products past exclusivity, pooled: their sales decline at the sales-weighted monthly factor.
     * Pooling keeps the project list short; otherwise decades of generics would stay on it.
     */
    double matureSales;
    double matureDecline = 1.0;
    /**
     * The pipeline between events: the months until a project's stage ends or a product's sales
     * change (ramp month or end of exclusivity), the months skipped since the projects were last
     * visited, and the spend and sales a month without an event repeats (summed in array order at
     * the cost factor of the last visit, as the visit itself sums them). A new or acquired project
     * marks the pipeline for a visit next month.
     */
    int monthsToPipelineEvent;
    int skippedPipelineMonths;
    boolean pipelineChanged = true;
    double quietSpend;
    double quietSales;
    double quietCostFactor = Double.NaN;
    /**
     * While a launched product's sales ramp, the quiet months' sales in closed form instead of a
     * visit per ramp month ({@link PipelineVisit#rampingSales}), null when no product ramps (then
     * {@link #quietSales} holds): the sales of the launched products before the first ramping one
     * (in array order), the skipped months after which every ramp has ended (the sum is then kept
     * as {@link #quietSales} and the array dropped), where the entries end (the array may be
     * longer: a visit refills it), then four numbers per launched product from
     * the first ramping one on: peak, ramp months, last ramp month, months on the market at the
     * last visit (a product past its ramp holds its sales as sales, 1, 1, 1).
     */
    double[] salesPath;
    /**
     * The pipeline's gross value and its stage-preferred value as last summed for financing, kept
     * while the project codes and qualities and the region's value tables are unchanged
     * ({@link ProjectValuation#grossVersion}): most months neither changes, and the sums are then
     * the same bits without reading the project arrays.
     */
    double financingValue;
    double financingPreferred;
    int financingVersion;
    boolean financingStale = true;

    /** Whether the pipeline holds nothing a month could change: no project and no mature sales. */
    boolean empty(int projectCount) {
        return projectCount == 0 && matureSales == 0;
    }
}
