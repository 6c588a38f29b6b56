package org.highland.model;

import java.util.Arrays;

/**
 * What a project is worth to a firm of this region this month, per project kind and stage, at the
 * moment it enters the stage (docs/ODD.md 7.1):
 * <ul>
 * <li>R[k][i]: expected present value of the product's operating profit per unit of opportunity
 * quality: P(approval | at i) x discount over the expected remaining months x PV of the route's
 * sales curve x expected peak sales x price index x product margin;</li>
 * <li>C[k][i]: expected PV of the remaining development costs, each stage weighted by the chance
 * of reaching it;</li>
 * <li>S[s][k][i]: expected PV of the support a firm of sector s expects from the instruments in
 * force (their stage-entry and approval payments, weighted by reach and discounted), each
 * instrument's payments times the share its budget paid of last year's claims.</li>
 * </ul>
 * A firm's project of quality q is then worth q R - c C + S (c its after-tax cost factor). Only
 * policies, prices and budgets change these values, so they are computed once per region and month
 * (a few hundred multiplications) and the firm loop reads them.
 */
public final class ProjectValuation {
    private static final Sector[] SECTORS = Sector.values();
    private final Region region;
    /** Monthly discount factor v = (1 + r)^(-1/12). */
    private final double monthlyDiscount;
    /** PV at launch of the sales curve per unit of peak sales (million yuan per year), by kind. */
    private final double[] salesValuePerPeak = new double[ProjectKind.COUNT];
    /** Expected peak sales of a product of quality 1, million yuan per year, by kind. */
    private final double[] peakPerQuality = new double[ProjectKind.COUNT];
    private final double[][] revenue = new double[ProjectKind.COUNT][];
    private final double[][] cost = new double[ProjectKind.COUNT][];
    private final double[][][] support = new double[Sector.COUNT][ProjectKind.COUNT][];
    /** Expected months and undiscounted expected cost of each stage under this month's levers. */
    private final double[][] months = new double[ProjectKind.COUNT][];
    private final double[][] stageCost = new double[ProjectKind.COUNT][];
    /** P(success) x discount over the stage, per kind and stage (scratch of the recursion). */
    private final double[][] carry = new double[ProjectKind.COUNT][];
    /** Venture money per unit of investor weight placed last month, million yuan. */
    private double venturePerWeight;
    /**
     * Raised whenever an update changes a gross value's inputs (R or S) by a single bit, so a firm
     * can keep its pipeline's gross value from an earlier month while neither its projects nor
     * these tables changed ({@link Enterprise#registerForFinancing}); {@link #grossInputs} holds
     * the inputs of the last update, flattened.
     */
    private int grossVersion;
    private double[] grossInputs = new double[0];

    ProjectValuation(Region region) {
        this.region = region;
        World world = region.world;
        this.monthlyDiscount = monthlyDiscount(world.firmSpec.discountRatePerYear());
        for (int k = 0; k < ProjectKind.COUNT; k++) {
            Route route = world.routes[k];
            int n = route.stageCount();
            revenue[k] = new double[n];
            cost[k] = new double[n];
            months[k] = new double[n];
            stageCost[k] = new double[n];
            carry[k] = new double[n];
            for (int s = 0; s < Sector.COUNT; s++) {
                support[s][k] = new double[n];
            }
            salesValuePerPeak[k] = salesValuePerPeak(route, monthlyDiscount);
            peakPerQuality[k] = peakPerQuality(route);
        }
    }

    /** Expected peak sales of a product of quality 1, million yuan per year: the median times the residual's mean. */
    static double peakPerQuality(Route route) {
        double residual = route.residualSigma;
        return route.spec.peakSalesMillion() * Math.exp(residual * residual / 2.0);
    }

    /** The monthly discount factor v = (1 + r)^(-1/12) of an annual rate r. */
    static double monthlyDiscount(double ratePerYear) {
        return Math.pow(1.0 + ratePerYear, -1.0 / 12.0);
    }

    /**
     * PV at launch of the sales of a product with peak sales 1 per year, as {@code
     * PipelineVisit.advanceProduct} makes them: month m on the market sells min(1, m / ramp) / 12
     * until max(exclusivity, ramp), then declines by postExclusivityDecline a year; months 1 ..
     * valueYears x 12 count, month m discounted by v^m.
     */
    static double salesValuePerPeak(Route route, double v) {
        int horizon = (int) Math.round(route.spec.valueYears() * 12.0);
        double protectedMonths = route.protectedMonths;
        double sales = 0;
        double discount = 1.0;
        double total = 0;
        for (int m = 1; m <= horizon; m++) {
            discount *= v;
            if (m <= route.rampMonths) {
                sales = m / route.rampMonths;
            } else if (m > protectedMonths) {
                sales *= route.monthlyPostExclusivityFactor;
            }
            total += discount * sales / 12.0;
        }
        return total;
    }

    /**
     * R at the first stage of a route under no lever: the expected present value, on entering its
     * first stage, of the operating profit of a product of quality 1 (the median opportunity), at
     * the monthly discount factor {@code v}. What {@link #update} computes for R[k][0] where every
     * lever is neutral (stage months and prices as the route has them), in the same order.
     */
    static double revenueAtEntry(Route route, double v) {
        double r = salesValuePerPeak(route, v) * peakPerQuality(route) * route.spec.productMargin();
        for (int i = route.stageCount() - 1; i >= 0; i--) {
            r *= route.successProbability[i] * Math.pow(v, route.meanMonths[i]);
        }
        return r;
    }

    /** Recomputes every value from this month's levers, instruments and budgets. */
    void update(World world) {
        Levers levers = region.levers;
        Government.Account[] accounts = region.government.active();
        for (int k = 0; k < ProjectKind.COUNT; k++) {
            Route route = world.routes[k];
            int n = route.stageCount();
            double[] m = months[k];
            double[] g = carry[k];
            for (int i = 0; i < n; i++) {
                m[i] = route.meanMonths[i] * levers.stageMonthsMultiplier(route.kind, route.stages[i]);
                stageCost[k][i] = route.costPerMonth[i] * m[i];
                g[i] = route.successProbability[i] * Math.pow(monthlyDiscount, m[i]);
            }
            double price = route.kind == ProjectKind.GENERIC_DRUG ? levers.genericPriceIndex : 1.0;
            double r = salesValuePerPeak[k] * peakPerQuality[k] * price * route.spec.productMargin();
            double c = 0;
            for (int i = n - 1; i >= 0; i--) {
                r *= g[i];
                c = route.costPerMonth[i] * annuity(m[i]) + g[i] * c;
                revenue[k][i] = r;
                cost[k][i] = c;
            }
            for (int s = 0; s < Sector.COUNT; s++) {
                Arrays.fill(support[s][k], 0.0);
            }
            for (Government.Account account : accounts) {
                addSupport(world, account, k, n);
            }
        }
        double weight = region.candidateCount > 0 ? region.cumulativeWeight[region.candidateCount - 1] : 0;
        venturePerWeight = weight > 0 ? region.ventureThisMonth / weight : 0;
        noteGrossInputs();
    }

    /** Compares R and S with the last update's, bit for bit; raises the version if any differs. */
    private void noteGrossInputs() {
        int size = 0;
        for (int k = 0; k < ProjectKind.COUNT; k++) {
            size += revenue[k].length;
            for (int s = 0; s < Sector.COUNT; s++) {
                size += support[s][k].length;
            }
        }
        boolean changed = grossInputs.length != size;
        if (changed) {
            grossInputs = new double[size];
        }
        int j = 0;
        for (int k = 0; k < ProjectKind.COUNT; k++) {
            for (double r : revenue[k]) {
                changed |= Double.doubleToRawLongBits(grossInputs[j]) != Double.doubleToRawLongBits(r);
                grossInputs[j++] = r;
            }
            for (int s = 0; s < Sector.COUNT; s++) {
                for (double v : support[s][k]) {
                    changed |= Double.doubleToRawLongBits(grossInputs[j]) != Double.doubleToRawLongBits(v);
                    grossInputs[j++] = v;
                }
            }
        }
        if (changed) {
            grossVersion++;
        }
    }

    /** Changes whenever a gross value could have changed since an earlier month (see {@link #grossVersion}). */
    int grossVersion() {
        return grossVersion;
    }

    /** S_i += share x (E_i + P_i v^M_i S_{i+1}), S_n = approval payment; E_i paid at entry. */
    private void addSupport(World world, Government.Account account, int k, int n) {
        double share = account.expectedPayShare();
        if (share <= 0) {
            return;
        }
        Instrument instrument = account.instrument();
        ProjectKind kind = world.routes[k].kind;
        for (Sector sector : SECTORS) {
            double[] target = support[sector.ordinal()][k];
            double x = instrument.expectedApprovalPayment(world, sector, kind);
            for (int i = n - 1; i >= 0; i--) {
                x = instrument.expectedStagePayment(world, sector, kind, i, stageCost[k][i], months[k][i]) + carry[k][i] * x;
                target[i] += share * x;
            }
        }
    }

    /** PV at entry of 1 a month paid at the end of each of the stage's months: sum_{j=1..M} v^j. */
    private double annuity(double stageMonths) {
        double v = monthlyDiscount;
        return v * (1.0 - Math.pow(v, stageMonths)) / (1.0 - v);
    }

    /** Continuation value of a project of this quality entering stage {@code stage}: q R - c C + S. */
    public double npv(Sector sector, ProjectKind kind, int stage, double quality, double costFactor) {
        int k = kind.ordinal();
        return quality * revenue[k][stage] - costFactor * cost[k][stage] + support[sector.ordinal()][k][stage];
    }

    /**
     * What a project of this quality entering stage {@code stage} is worth before the development
     * cost still to pay: q R + S (investors and buyers price it so, and fund the cost).
     */
    public double grossValue(Sector sector, ProjectKind kind, int stage, double quality) {
        int k = kind.ordinal();
        return quality * revenue[k][stage] + support[sector.ordinal()][k][stage];
    }

    /** {@link #grossValue(Sector, ProjectKind, int, double)} by the sector's and kind's ordinals. */
    double grossValue(int sector, int kind, int stage, double quality) {
        return quality * revenue[kind][stage] + support[sector][kind][stage];
    }

    /** The quality above which entering the stage pays: (c C - S) / R (infinite when R = 0). */
    public double qualityThreshold(Sector sector, ProjectKind kind, int stage, double costFactor) {
        int k = kind.ordinal();
        double net = costFactor * cost[k][stage] - support[sector.ordinal()][k][stage];
        double r = revenue[k][stage];
        return r > 0 ? net / r : (net < 0 ? 0 : Double.POSITIVE_INFINITY);
    }

    public double revenue(ProjectKind kind, int stage) {
        return revenue[kind.ordinal()][stage];
    }

    public double cost(ProjectKind kind, int stage) {
        return cost[kind.ordinal()][stage];
    }

    public double support(Sector sector, ProjectKind kind, int stage) {
        return support[sector.ordinal()][kind.ordinal()][stage];
    }

    /** Expected months of a stage entered now, under this month's levers. */
    public double expectedMonths(ProjectKind kind, int stage) {
        return months[kind.ordinal()][stage];
    }

    /** Expected (undiscounted) cost of a stage entered now, million yuan. */
    public double stageCost(ProjectKind kind, int stage) {
        return stageCost[kind.ordinal()][stage];
    }

    /** Venture money per unit of investor weight placed last month, million yuan. */
    public double venturePerWeight() {
        return venturePerWeight;
    }

    public double monthlyDiscount() {
        return monthlyDiscount;
    }
}
