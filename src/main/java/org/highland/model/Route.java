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

    public Route(ProjectKind kind, RouteSpec spec) {
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
