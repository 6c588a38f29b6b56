package org.highland.model;

/**
 * A firm's visit to its projects in a month with a pipeline event ({@link Enterprise#step}
 * skips them in the other months): catches up the months skipped since the last visit, advances
 * every project one month (spend, stage ends, sales ramp, products joining the mature pool), and
 * plans the quiet months that follow: the spend and sales they repeat and the months until the
 * next event. Every draw happens in the month and order it did when each project was visited
 * monthly, so the results are the same bit for bit.
 */
final class PipelineVisit {
    private PipelineVisit() {
    }

    /** Visits every project: catches up the skipped months, then advances each one month; returns the spend. */
    static double visit(Enterprise firm, World world, double costFactor) {
        int skipped = firm.skippedPipelineMonths;
        double spend = 0;
        double sales = 0;
        int clinical = 0;
        int discovery = 0;
        int i = 0;
        while (i < firm.projectCount) {
            Project p = firm.projects[i];
            catchUp(p, skipped);
            if (p.launched) {
                if (!advanceProduct(firm, p)) {
                    remove(firm, i);
                    continue;
                }
                sales += p.sales;
                i++;
                continue;
            }
            spend += p.route.costPerMonth[p.stageIndex] * costFactor;
            if (--p.monthsLeft <= 0 && !StageTransitions.finish(firm, world, p)) {
                remove(firm, i);
                continue;
            }
            if (!p.launched) {
                Stage s = p.route.stages[p.stageIndex];
                if (s.clinical()) {
                    clinical++;
                } else if (s == Stage.DISCOVERY) {
                    discovery++;
                }
            }
            i++;
        }
        firm.matureSales *= firm.matureDecline;
        firm.productRevenue = sales + firm.matureSales;
        firm.clinicalProjects = clinical;
        firm.discoveryProjects = discovery;
        planQuietMonths(firm, costFactor);
        return spend;
    }

    /** Drops the firm's i-th project: the last one takes its place in the arrays. */
    private static void remove(Enterprise firm, int i) {
        int last = --firm.projectCount;
        firm.projects[i] = firm.projects[last];
        firm.projectCodes[i] = firm.projectCodes[last];
        firm.projectQualities[i] = firm.projectQualities[last];
        firm.projects[last] = null;
        firm.financingStale = true;
    }

    /** Applies months skipped since the project's last visit (none of them held an event). */
    private static void catchUp(Project p, int skipped) {
        if (p.launched) {
            p.monthsOnMarket += skipped;
        } else {
            p.monthsLeft -= skipped;
        }
    }

    /** Brings every project's countdown up to date, e.g. before projects change hands. */
    static void catchUpProjects(Enterprise firm) {
        for (int i = 0; i < firm.projectCount; i++) {
            catchUp(firm.projects[i], firm.skippedPipelineMonths);
        }
        firm.skippedPipelineMonths = 0;
    }

    /**
     * After a visit: the spend and sales of the following months without an event, summed in
     * array order as a visit sums them, and the months until the next event.
     */
    private static void planQuietMonths(Enterprise firm, double costFactor) {
        double spend = 0;
        double sales = 0;
        int next = Integer.MAX_VALUE;
        for (int i = 0; i < firm.projectCount; i++) {
            Project p = firm.projects[i];
            Route r = p.route;
            if (p.launched) {
                sales += p.sales;
                next = Math.min(next, monthsToSalesChange(p, r));
            } else {
                spend += r.costPerMonth[p.stageIndex] * costFactor;
                next = Math.min(next, p.monthsLeft);
            }
        }
        firm.quietSpend = spend;
        firm.quietSales = sales;
        firm.quietCostFactor = costFactor;
        firm.monthsToPipelineEvent = next;
        firm.skippedPipelineMonths = 0;
        firm.pipelineChanged = false;
    }

    /** Months until a product's sales next change: 1 while it ramps, else when it joins the mature pool. */
    private static int monthsToSalesChange(Project p, Route r) {
        if (p.monthsOnMarket + 1 <= r.rampMonths) {
            return 1;
        }
        int pooledAt = (int) Math.floor(Math.max(r.exclusivityMonths, r.rampMonths)) + 1;
        return Math.max(1, pooledAt - p.monthsOnMarket);
    }

    /**
     * Ramps a product's sales to peak and holds them through exclusivity; then the product joins
     * the firm's mature pool (returns false: it leaves the project list).
     */
    private static boolean advanceProduct(Enterprise firm, Project p) {
        Route r = p.route;
        p.monthsOnMarket++;
        if (p.monthsOnMarket <= r.rampMonths) {
            p.sales = p.peakSales * p.monthsOnMarket / r.rampMonths;
        }
        if (p.monthsOnMarket <= Math.max(r.exclusivityMonths, r.rampMonths)) {
            return true;
        }
        double pooled = firm.matureSales + p.sales;
        if (pooled > 0) {
            firm.matureDecline = (firm.matureSales * firm.matureDecline + p.sales * r.monthlyPostExclusivityFactor) / pooled;
        }
        firm.matureSales = pooled;
        return false;
    }
}
