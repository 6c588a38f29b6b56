package org.highland.model;

import org.highland.model.spec.RouteSpec;
import org.highland.model.spec.StageSpec;

/**
 * A project kind's route compiled into flat arrays for the monthly loop and for the firms'
 * project valuation ({@link ProjectValuation}).
 */
public final class Route {
    public final ProjectKind kind;
    public final RouteSpec spec;
    final Stage[] stages;
    final double[] successProbability;
    final double[] meanMonths;
    final double[] durationCv;
    final double[] costPerMonth;
    final double[] trialRegistrations;
    /** Probability of reaching each stage from the start of the route. */
    final double[] reachProbability;
    /** Probability that a new project is eventually approved. */
    public final double approvalProbability;
    /** Expected spend of a new project over its whole route, million yuan. */
    public final double expectedCostMillion;
    final double monthlyPostExclusivityFactor;
    final double rampMonths;
    /** The last month on the market whose sales still ramp (the largest whole month up to rampMonths). */
    final int lastRampMonth;
    final double exclusivityMonths;
    /** Months on the market through which a product's sales ramp or are protected (the longer). */
    final double protectedMonths;
    /** The month on the market after which a visit moves a product to the mature pool ({@link PipelineVisit}). */
    final int pooledAt;
    /**
     * Log-sd of an opportunity's quality, the part of the route's peak-sales spread a firm knows
     * when deciding: firms.knownQualityShare x peakSalesSigma.
     */
    final double knownQualitySigma;
    /**
     * Log-sd of the rest, revealed at launch: peakSalesSigma x sqrt(1 - share^2), so that over all
     * opportunities log peak sales keep the route's log-sd (never clamped: the share is at most 1).
     */
    final double residualSigma;

    /** {@code knownQualityShare}: firms.knownQualityShare, in [0, 1]. */
    public Route(ProjectKind kind, RouteSpec spec, double knownQualityShare) {
        this.kind = kind;
        this.spec = spec;
        int n = spec.stages().size();
        stages = new Stage[n];
        successProbability = new double[n];
        meanMonths = new double[n];
        durationCv = new double[n];
        costPerMonth = new double[n];
        trialRegistrations = new double[n];
        reachProbability = new double[n];
        double reach = 1.0;
        double cost = 0;
        for (int i = 0; i < n; i++) {
            StageSpec s = spec.stages().get(i);
            stages[i] = s.stage();
            successProbability[i] = s.successProbability();
            meanMonths[i] = s.meanMonths();
            durationCv[i] = s.durationCv();
            costPerMonth[i] = s.costPerMonthMillion();
            trialRegistrations[i] = s.trialRegistrations();
            reachProbability[i] = reach;
            cost += reach * s.meanMonths() * s.costPerMonthMillion();
            reach *= s.successProbability();
        }
        approvalProbability = reach;
        expectedCostMillion = cost;
        rampMonths = spec.launchRampMonths();
        lastRampMonth = (int) Math.floor(rampMonths);
        exclusivityMonths = spec.exclusivityMonths();
        protectedMonths = Math.max(exclusivityMonths, rampMonths);
        pooledAt = (int) Math.floor(protectedMonths) + 1;
        monthlyPostExclusivityFactor = Math.pow(1.0 - spec.postExclusivityDecline(), 1.0 / 12.0);
        knownQualitySigma = knownQualityShare * spec.peakSalesSigma();
        residualSigma = residualSigma(spec.peakSalesSigma(), knownQualityShare);
    }

    /**
     * The part of a peak-sales log-sd {@code sigma} the firm does not know when deciding, given
     * the share it knows: peak sales = q x lognormal(median, residual) with q ~ lognormal(1,
     * share x sigma), so that over all opportunities log peak sales keep the median and log-sd
     * sigma. Written as sigma x sqrt(1 - share^2): at sigma 1 it is bit for bit the former
     * sqrt(1 - qualitySigma^2).
     */
    static double residualSigma(double sigma, double knownQualityShare) {
        return sigma * Math.sqrt(1.0 - knownQualityShare * knownQualityShare);
    }

    public int stageCount() {
        return stages.length;
    }

    public Stage stage(int index) {
        return stages[index];
    }

    public double meanMonths(int index) {
        return meanMonths[index];
    }

    public double costPerMonth(int index) {
        return costPerMonth[index];
    }

    public double reachProbability(int index) {
        return reachProbability[index];
    }
}
