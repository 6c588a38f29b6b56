package org.highland.model;

/**
 * A firm's decisions on its projects, taken at stage gates only (docs/ODD.md 7.5.4): it starts an
 * opportunity when its expected net present value is positive and it can finance the first stage,
 * and continues a project into its next stage while the continuation value stays positive (sunk
 * costs ignored). The values come from the region's {@link ProjectValuation}; the firm adds its own
 * opportunity quality, after-tax cost factor, cash and investor weight.
 */
final class ProjectDecision {
    private ProjectDecision() {
    }

    /**
     * Value of entering stage {@code stage} now with a project of this quality, after corporate
     * income tax: (1 - t) q R - c C + S, with t the firm's tax rate and c its after-tax cost factor.
     */
    static double value(Enterprise firm, ProjectKind kind, int stage, double quality) {
        return firm.region.valuation.npv(firm.sector, kind, stage, quality * firm.afterTaxRevenueFactor(),
                firm.afterTaxCostFactor());
    }

    /** Start iff the opportunity's NPV is positive and the firm can finance its first stage. */
    static boolean start(Enterprise firm, Route route, double quality) {
        return value(firm, route.kind, 0, quality) > 0 && canFinanceFirstStage(firm, route.kind);
    }

    /**
     * Continue into stage {@code stage} iff its continuation value is not negative; otherwise the
     * project is stopped (counted; the caller drops it, so the stage's cost is never incurred).
     */
    static boolean proceed(Enterprise firm, Project project, int stage) {
        if (value(firm, project.route.kind, stage, project.quality) >= 0) {
            return true;
        }
        firm.region.counters.add(Counter.PROJECT_STOPS, 1);
        if (project.route.kind == ProjectKind.INNOVATIVE_DRUG) {
            firm.region.counters.add(Counter.INNOVATIVE_PROJECT_STOPS, 1);
        }
        return false;
    }

    /**
     * Cash plus the venture money the firm can expect over the first stage covers the stage's
     * expected cost. Expected financing = the region's venture money per unit of investor weight
     * last month x the firm's investor weight last month x the stage's expected months.
     */
    static boolean canFinanceFirstStage(Enterprise firm, ProjectKind kind) {
        ProjectValuation valuation = firm.region.valuation;
        double months = valuation.expectedMonths(kind, 0);
        double financing = valuation.venturePerWeight() * firm.financingWeight * months;
        return firm.cash + financing >= valuation.stageCost(kind, 0);
    }
}
