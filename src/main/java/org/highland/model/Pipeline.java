package org.highland.model;

import java.util.Arrays;

/**
 * A firm's project pipeline: its projects and the state that lets a month without a pipeline
 * event skip them ({@link PipelineVisit}). Made when the firm first holds a project and dropped
 * by the visit that leaves it with no project and no mature sales, so the firms without either
 * (most of them) carry one null reference instead of these fields, and their monthly step reads
 * no pipeline state at all: with no project and no mature sales a firm's project spend, product
 * sales and pipeline value are zero, as a visit and the financing sums would compute them.
 */
final class Pipeline implements Cloneable {
    /**
     * Room for two projects at first: at the end of a baseline replication half the pipelines
     * hold two projects or fewer. The array doubles when full ({@link #ensureRoom}) and halves
     * when a quarter full ({@link #shrinkIfSparse}).
     */
    private static final int FIRST_CAPACITY = 2;
    /** Numbers before the entries of a {@link #salesPath}. */
    static final int SALES_PATH_HEAD = 3;
    /** Numbers per product on a {@link #salesPath}. */
    static final int SALES_PATH_ENTRY = 3;

    /**
     * The firm's projects, the first {@link Enterprise#projectCount} of them. No array parallel
     * to it: the financing sums read the projects only when they changed ({@link #financingStale},
     * in a month the firm visited them) and the stage test reads {@link #stageMask}.
     */
    Project[] projects = new Project[FIRST_CAPACITY];
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
     * the cost factor of the last visit, as the visit itself sums them). A project the firm starts
     * joins that plan ({@link PipelineVisit#joinQuietPlan}); a seeded or acquired one marks the
     * pipeline for a visit next month. The two counts of months are shorts (a visit
     * at least every {@link Short#MAX_VALUE} months, some 2,700 years), which keeps the pipeline
     * at 96 bytes (12 of header, 82 of fields) instead of 104.
     */
    short monthsToPipelineEvent;
    short skippedPipelineMonths;
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
     * longer: a visit refills it), then three numbers per launched product from the first ramping
     * one on: peak, ramp months, months on the market at the last visit (a product past its ramp
     * holds its sales as sales, 1, 1). The last ramp month is the whole part of the ramp months,
     * computed rather than stored: three numbers a product instead of four. The array is not
     * trimmed when fewer products ramp: that would allocate in the monthly loop.
     */
    double[] salesPath;
    /**
     * The pipeline's gross value and its stage-preferred value as last summed for financing, kept
     * while the projects' stages and the region's value tables are unchanged
     * ({@link ProjectValuation#grossVersion}): most months neither changes, and the sums are then
     * the same bits without reading the projects. A project added, removed, entering a stage or
     * launched marks the sums stale; the firm's financing registration of that month (which
     * follows its visit, so the projects are at hand) sums them afresh.
     */
    double financingValue;
    double financingPreferred;
    int financingVersion;
    boolean financingStale = true;
    /**
     * The kinds and stages the projects hold, a bit each ({@link ProjectCodes#bit}), as of the last
     * financing sum: a policy's stage test of the firm ({@link Enterprise#hasProjectIn}) reads it
     * instead of the projects while the sums are not stale.
     */
    long stageMask;

    /**
     * A copy of the pipeline holding copies of its first {@code count} projects and of its sales
     * path, each allocated right after the one before ({@link Enterprise#compactCopy}).
     */
    Pipeline copy(int count) {
        Pipeline copy;
        try {
            copy = (Pipeline) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        // What a quiet month reads (the sales path) first, then what only a visit reads.
        if (salesPath != null) {
            copy.salesPath = salesPath.clone();
        }
        copy.projects = new Project[projects.length];
        for (int i = 0; i < count; i++) {
            copy.projects[i] = projects[i].copy();
        }
        return copy;
    }

    /**
     * After a project left, {@code count} remaining: halves the array when a quarter of it or
     * less is used, so a pipeline that once was long does not keep its room (most of a capacity
     * grown by doubling would otherwise stay empty for good as projects end). Rare: a firm's
     * project count must fall by half of the capacity since it last grew or shrank.
     */
    void shrinkIfSparse(int count) {
        int capacity = projects.length;
        if (capacity > FIRST_CAPACITY && count <= capacity / 4) {
            projects = Arrays.copyOf(projects, Math.max(FIRST_CAPACITY, capacity / 2));
        }
    }

    /** Makes room for one more project after the first {@code count}: the array doubles when full. */
    void ensureRoom(int count) {
        if (count == projects.length) {
            projects = Arrays.copyOf(projects, Math.max(FIRST_CAPACITY, count * 2));
        }
    }

    /** Expected value of the first {@code count} projects at their current stages, million yuan. */
    double grossValue(int count, int sectorIndex, ProjectValuation valuation) {
        double value = 0;
        for (int i = 0; i < count; i++) {
            Project p = projects[i];
            if (!p.launched) {
                value += valuation.grossValue(sectorIndex, p.route.kind.ordinal(), p.stageIndex, p.quality);
            }
        }
        return value;
    }

    /**
     * Sums, for financing, the gross value of the first {@code count} projects and that value
     * weighted by the investors' stage preference, and keeps both with the value tables' version
     * and the projects' stage mask.
     */
    void sumFinancingValue(int count, int sectorIndex, double[] stageWeight, ProjectValuation valuation) {
        double value = 0;
        double preferred = 0;
        long mask = 0;
        for (int i = 0; i < count; i++) {
            Project p = projects[i];
            Route route = p.route;
            if (p.launched) {
                // A product is worth nothing here: adding its zeros would leave both sums' bits
                // as they are (neither is ever -0), so it only marks its kind as approved.
                mask |= ProjectCodes.bit(route.kind, Stage.APPROVED);
                continue;
            }
            Stage stage = route.stages[p.stageIndex];
            double v = valuation.grossValue(sectorIndex, route.kind.ordinal(), p.stageIndex, p.quality);
            value += v;
            preferred += v * stageWeight[stage.ordinal()];
            mask |= ProjectCodes.bit(route.kind, stage);
        }
        financingValue = value;
        financingPreferred = preferred;
        financingVersion = valuation.grossVersion();
        financingStale = false;
        stageMask = mask;
    }

    /** Whether one of the first {@code count} projects is in a stage of the filter (products count as approved). */
    boolean holdsProjectIn(int count, StageFilter filter) {
        if (!financingStale) {
            return filter.matches(stageMask);
        }
        // Changed since the last sum (e.g. a buyer's acquired projects): read the projects.
        long mask = 0;
        for (int i = 0; i < count; i++) {
            mask |= ProjectCodes.bit(projects[i]);
        }
        return filter.matches(mask);
    }
}
