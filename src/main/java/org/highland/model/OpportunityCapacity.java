package org.highland.model;

import java.util.Arrays;
import org.highland.model.spec.SectorSpec;

/**
 * A firm's R&D capacity relative to its region and sector: opportunities arrive at the sector's
 * rate times revenue^e / mean(revenue^e) x level, the mean taken over the region's firms of the
 * sector as they were at the end of last month (at the start: the full-scale start-year sample).
 * Why: R&D, and with it the flow of candidate projects, rises with firm size (Cohen and Klepper
 * 1996); with one rate for every firm, small firms launched most products.
 * <p>
 * The size effect shares out the region's opportunities among its firms: without the level,
 * the factors of a month add up to the number of firms, whatever the sizes. So a firm that
 * grows takes opportunities from the others, not from nowhere; when every firm's products and
 * the industry grow, opportunities do not grow with them (a region's R&D spend still does).
 * The level, (mean revenue / its start-year value)^{@code firms.opportunityMeanSizeElasticity},
 * lets them grow with the mean firm (at the sector's elasticity: the rule before 29 November
 * 2026, whose launches begot opportunities that begot launches). Default 0: research
 * productivity falls as R&D grows (Bloom et al. 2020, "Are ideas getting harder to find?";
 * drugs per R&D dollar halved every nine years, Scannell et al. 2012). Assumption, range 0-0.5.
 */
final class OpportunityCapacity {
    private final double[] elasticity = new double[Sector.COUNT];
    /** This month's census of each sector's firms, by ordinal. */
    private final Census[] census = new Census[Sector.COUNT];
    private double meanSizeElasticity;
    /** Mean of revenue^e over the sector's firms, as of the last census. */
    private final double[] meanPower = new double[Sector.COUNT];
    private final double[] level = new double[Sector.COUNT];
    /** Mean revenue of the sector's firms at the first census; NaN before it. */
    private final double[] startMean = new double[Sector.COUNT];

    /**
     * One sector's census: the exponent it sums by (the sector's elasticity, one half where that
     * is 0, unread) and its running sums. One object per sector, so a firm's count reaches its
     * sector's sums in one array access, not one per sum.
     */
    private static final class Census {
        double exponent;
        double powerSum;
        double revenueSum;
        int count;
    }

    OpportunityCapacity() {
        for (int s = 0; s < Sector.COUNT; s++) {
            census[s] = new Census();
        }
        Arrays.fill(meanPower, 1.0);
        Arrays.fill(level, 1.0);
        Arrays.fill(startMean, Double.NaN);
    }

    /**
     * Sets the means from the full-scale start-year sample (sizes in M yuan a year), for the
     * pipeline inherited at the start and the first month; the monthly census takes over after.
     */
    void anchor(Sector[] sector, double[] size, SectorSpec[] sectors, double meanSizeElasticity) {
        for (int s = 0; s < Sector.COUNT; s++) {
            elasticity[s] = sectors[s].opportunitySizeElasticity();
            census[s].exponent = elasticity[s] == 0 ? 0.5 : elasticity[s];
        }
        this.meanSizeElasticity = meanSizeElasticity;
        startCensus();
        for (int i = 0; i < size.length; i++) {
            count(sector[i], size[i]);
        }
        closeCensus();
        // The start-year mean of the level is the simulated population's, from the first census.
        Arrays.fill(startMean, Double.NaN);
        Arrays.fill(level, 1.0);
    }

    void startCensus() {
        for (Census c : census) {
            c.powerSum = 0;
            c.revenueSum = 0;
            c.count = 0;
        }
    }

    /**
     * Counts one firm in this month's census. Sectors with elasticity 0 need none, but they are
     * counted too (by the square root, the cheap power), and {@link #factor} never reads their
     * means: a test of the firm's sector would be a branch the processor cannot foresee, since
     * the sectors come in the firms' creation order.
     */
    void count(Sector sector, double revenueMillion) {
        Census c = census[sector.ordinal()];
        double revenue = Math.max(revenueMillion, 0);
        c.powerSum += power(revenue, c.exponent);
        c.revenueSum += revenue;
        c.count++;
    }

    /** Next month's factors from this month's census; a sector without firms or revenue keeps its last. */
    void closeCensus() {
        for (int s = 0; s < Sector.COUNT; s++) {
            Census c = census[s];
            if (c.count == 0 || c.powerSum <= 0) {
                continue;
            }
            meanPower[s] = c.powerSum / c.count;
            double mean = c.revenueSum / c.count;
            if (Double.isNaN(startMean[s])) {
                startMean[s] = mean;
            }
            level[s] = meanSizeElasticity == 0 ? 1.0 : power(mean / startMean[s], meanSizeElasticity);
        }
    }

    /** The multiplier on the arrival rate of a firm of this sector and revenue. */
    double factor(Sector sector, double revenueMillion) {
        int s = sector.ordinal();
        return sized(s) ? power(sector, revenueMillion) * perPower(s) : 1.0;
    }

    /**
     * The firm's revenue to the power its sector's census sums (its elasticity; one half, unread,
     * where that is 0): {@link #factor} is this times {@link #perPower}, or 1 where {@link #sized}
     * is false.
     */
    double power(Sector sector, double revenueMillion) {
        return power(Math.max(revenueMillion, 0), census[sector.ordinal()].exponent);
    }

    /** Whether the sector's opportunities follow its firms' sizes (an elasticity above 0). */
    boolean sized(int sector) {
        return elasticity[sector] != 0;
    }

    /** The factor per unit of {@link #power}: the level over the mean power (0 where not {@link #sized}). */
    double perPower(int sector) {
        return sized(sector) ? level[sector] / meanPower[sector] : 0;
    }

    /**
     * x^e for x >= 0, by the square root when e is one half (the default for most sectors): it is
     * computed at each opportunity and for each firm's census, the square root is correctly
     * rounded, and the JVM's power of one half gave the same bits on every one of 2 x 10^8
     * arguments tried, in a third of the time.
     */
    static double power(double x, double e) {
        return e == 0.5 ? Math.sqrt(x) : Math.pow(x, e);
    }
}
