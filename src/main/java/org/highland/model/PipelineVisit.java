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

    /**
     * Visits every project: catches up the skipped months, then advances each one month; returns
     * the spend. The same pass plans the quiet months that follow ({@link #planQuietMonths}): a
     * project is planned right after its month, at its final place in the array (a project that
     * leaves makes way for the last, which is advanced next), so the plan sums in array order.
     */
    static double visit(Enterprise firm, World world, double costFactor) {
        Pipeline pl = firm.pipeline;
        int skipped = pl.skippedPipelineMonths;
        double spend = 0;
        QuietPlan plan = world.quietPlan.reset();
        int clinical = 0;
        int i = 0;
        while (i < firm.projectCount) {
            Project p = pl.projects[i];
            catchUp(p, skipped);
            if (p.launched) {
                if (!advanceProduct(pl, p)) {
                    remove(firm, i);
                    continue;
                }
                plan.product(p, i);
                i++;
                continue;
            }
            spend += p.route.costPerMonth[p.stageIndex] * costFactor;
            if (--p.months <= 0 && !StageTransitions.finish(firm, world, p)) {
                remove(firm, i);
                continue;
            }
            if (p.launched) {
                // Launched this month: no sales yet (a zero added to the sum changes no bit).
                plan.product(p, i);
            } else {
                if (p.route.stages[p.stageIndex].clinical()) {
                    clinical++;
                }
                plan.development(p, costFactor);
            }
            i++;
        }
        pl.matureSales *= pl.matureDecline;
        firm.productRevenue = plan.sales + pl.matureSales;
        firm.clinicalProjects = (short) clinical;
        planQuietMonths(firm, pl, costFactor, plan);
        if (firm.projectCount == 0 && pl.matureSales == 0 && pl.salesPath == null) {
            // Nothing left to visit, sell or finance: the firm drops its pipeline, as if it had
            // never held one (zero spend, sales and value, as visiting this one would give), and
            // makes a new one with its next project.
            firm.pipeline = null;
        }
        return spend;
    }

    /** Drops the firm's i-th project: the last one takes its place in the array, which may then shrink. */
    private static void remove(Enterprise firm, int i) {
        Pipeline pl = firm.pipeline;
        int last = --firm.projectCount;
        pl.projects[i] = pl.projects[last];
        pl.projects[last] = null;
        pl.financingStale = true;
        pl.shrinkIfSparse(last);
    }

    /**
     * Applies months skipped since the project's last visit (none of them held an event). A
     * product that ramped in them has the sales of its last ramp month among them
     * ({@link Project#sales}), as that month's visit would have set them.
     */
    private static void catchUp(Project p, int skipped) {
        // Months on the market count up, months left in the stage down.
        p.months += p.launched ? skipped : -skipped;
    }

    /**
     * Brings every project's countdown up to date, e.g. before projects change hands; the
     * firm's next month is a visit, which plans its quiet months afresh.
     */
    static void catchUpProjects(Enterprise firm) {
        Pipeline pl = firm.pipeline;
        if (pl == null) {
            return;
        }
        for (int i = 0; i < firm.projectCount; i++) {
            catchUp(pl.projects[i], pl.skippedPipelineMonths);
        }
        pl.skippedPipelineMonths = 0;
        // The sales path stays for the visit to refill (no quiet month reads it before).
        pl.pipelineChanged = true;
    }

    /**
     * A project the firm started this month, now in its first stage, joins the plan of the quiet
     * months instead of making the next month a visit: its monthly spend is added after the
     * others' (array order, at the plan's cost factor, as a visit sums it), its stage's end
     * becomes the next event if it comes first, and its countdown takes the months the pipeline
     * has skipped since the last visit, which that visit's catch-up takes away again. Its own
     * draws and the instruments' reading of its stage at entry happened before, unchanged. A
     * project entering a clinical stage changes the firm's clinical count, which a visit
     * recounts: that pipeline is caught up and visited next month, as with any added project.
     */
    static void joinQuietPlan(Enterprise firm, Project p) {
        Pipeline pl = firm.pipeline;
        Route r = p.route;
        p.months += pl.skippedPipelineMonths;
        if (p.launched || r.stages[p.stageIndex].clinical()) {
            catchUpProjects(firm);
            return;
        }
        pl.quietSpend += r.costPerMonth[p.stageIndex] * pl.quietCostFactor;
        pl.monthsToPipelineEvent = (short) Math.min(pl.monthsToPipelineEvent, p.months - pl.skippedPipelineMonths);
    }

    /**
     * The launched products' sales in a quiet month, {@code skippedPipelineMonths} after the last
     * visit, while some ramp: each product's sales peak x min(months on the market, last ramp
     * month) / ramp months, as {@link #advanceProduct} sets them, summed in array order as a
     * visit sums them. Once every ramp has ended the sum is kept as the firm's quiet sales.
     */
    static double rampingSales(Pipeline pl) {
        double sales = salesPathSum(pl, pl.skippedPipelineMonths);
        if (pl.skippedPipelineMonths >= pl.salesPath[1]) {
            pl.quietSales = sales;
            pl.salesPath = null;
        }
        return sales;
    }

    /** The sales of the firm's sales path {@code months} after the last visit. */
    static double salesPathSum(Pipeline pl, int months) {
        double[] path = pl.salesPath;
        double skipped = months;
        double sales = path[0];
        int end = (int) path[2];
        for (int e = Pipeline.SALES_PATH_HEAD; e < end; e += Pipeline.SALES_PATH_ENTRY) {
            // The last ramp month is the whole part of the ramp months (Route#lastRampMonth).
            double ramp = path[e + 1];
            sales += path[e] * Math.min(path[e + 2] + skipped, Math.floor(ramp)) / ramp;
        }
        return sales;
    }

    /**
     * The quiet months after a visit as its pass sums them, project by project in array order:
     * the spend of the projects in development, the sales of the products (the visit's own sum of
     * them), the months until the next event, and where the products' sales start to ramp. One
     * per world, reset at each visit, so a visit allocates nothing.
     */
    static final class QuietPlan {
        double spend;
        double sales;
        int next = Integer.MAX_VALUE;
        int firstRamping = -1;
        double salesBefore;
        int entries;

        QuietPlan reset() {
            spend = 0;
            sales = 0;
            next = Integer.MAX_VALUE;
            firstRamping = -1;
            salesBefore = 0;
            entries = 0;
            return this;
        }

        void development(Project p, double costFactor) {
            spend += p.route.costPerMonth[p.stageIndex] * costFactor;
            next = Math.min(next, p.months);
        }

        void product(Project p, int index) {
            Route r = p.route;
            if (firstRamping < 0 && p.months + 1 <= r.rampMonths) {
                firstRamping = index;
                salesBefore = sales;
            }
            if (firstRamping >= 0) {
                entries++;
            }
            sales += p.sales();
            next = Math.min(next, monthsToPooling(p, r));
        }
    }

    /**
     * After a visit: the spend and sales of the following months without an event, summed in
     * array order as a visit sums them, and the months until the next event.
     */
    private static void planQuietMonths(Enterprise firm, Pipeline pl, double costFactor, QuietPlan plan) {
        pl.quietSpend = plan.spend;
        pl.quietSales = plan.sales;
        pl.salesPath = plan.firstRamping < 0 ? null : planSalesPath(firm, pl, plan.firstRamping, plan.salesBefore, plan.entries);
        pl.quietCostFactor = costFactor;
        pl.monthsToPipelineEvent = (short) Math.min(plan.next, Short.MAX_VALUE);
        pl.skippedPipelineMonths = 0;
        pl.pipelineChanged = false;
    }

    /**
     * The firm's sales path from its first ramping product on (array order): the array of the
     * last plan is refilled while it is long enough (its third number says where the entries
     * end), so a firm allocates one when a ramp starts or more products ramp than before, never
     * in a quiet month.
     */
    private static double[] planSalesPath(Enterprise firm, Pipeline pl, int firstRamping, double salesBefore, int entries) {
        double[] path = pl.salesPath;
        int length = Pipeline.SALES_PATH_HEAD + Pipeline.SALES_PATH_ENTRY * entries;
        if (path == null || path.length < length) {
            path = new double[length];
        }
        path[0] = salesBefore;
        path[2] = length;
        int rampMonths = 0;
        int e = Pipeline.SALES_PATH_HEAD;
        for (int i = firstRamping; i < firm.projectCount; i++) {
            Project p = pl.projects[i];
            if (!p.launched) {
                continue;
            }
            Route r = p.route;
            if (p.months + 1 <= r.rampMonths) {
                path[e] = p.peakSales();
                path[e + 1] = r.rampMonths;
                path[e + 2] = p.months;
                rampMonths = Math.max(rampMonths, r.lastRampMonth - p.months);
            } else {
                // sales x min(1 + k, floor(1)) / 1: the held sales, bit for bit.
                path[e] = p.sales();
                path[e + 1] = 1.0;
                path[e + 2] = 1.0;
            }
            e += Pipeline.SALES_PATH_ENTRY;
        }
        path[1] = rampMonths;
        return path;
    }

    /**
     * Months until a product joins the mature pool, its next event: its ramp is no event, since
     * the quiet months compute its sales in closed form ({@link #rampingSales}).
     */
    private static int monthsToPooling(Project p, Route r) {
        return Math.max(1, r.pooledAt - p.months);
    }

    /**
     * Advances a product a month on the market: its sales ramp to peak and hold through
     * exclusivity ({@link Project#sales}); then the product joins the firm's mature pool (returns
     * false: it leaves the project list).
     */
    private static boolean advanceProduct(Pipeline pl, Project p) {
        Route r = p.route;
        p.months++;
        if (p.months <= r.protectedMonths) {
            return true;
        }
        double sales = p.sales();
        double pooled = pl.matureSales + sales;
        if (pooled > 0) {
            pl.matureDecline = (pl.matureSales * pl.matureDecline + sales * r.monthlyPostExclusivityFactor) / pooled;
        }
        pl.matureSales = pooled;
        return false;
    }
}
