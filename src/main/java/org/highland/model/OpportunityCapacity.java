package org.highland.model;

import java.util.Arrays;
import org.highland.model.spec.SectorSpec;

/**
 * A firm's R&D capacity relative to its region and sector: opportunities arrive at the sector's
 * rate times (revenue / reference)^elasticity / norm, where the reference is the sector's mean
 * start-year firm size and the norm the start-year mean of (size / reference)^elasticity, so a
 * region and sector's start-year total arrival rate is the same whatever the elasticity. Why:
 * R&D, and with it the flow of candidate projects, rises with firm size (Cohen and Klepper 1996);
 * with one rate for every firm, small firms launched most products.
 */
final class OpportunityCapacity {
    private final double[] reference = new double[Sector.COUNT];
    private final double[] norm = new double[Sector.COUNT];
    private final double[] elasticity = new double[Sector.COUNT];

    OpportunityCapacity() {
        Arrays.fill(reference, 1.0);
        Arrays.fill(norm, 1.0);
    }

    /** Sets the reference from the full-scale start-year sample (sizes in M yuan a year). */
    void anchor(Sector[] sector, double[] size, SectorSpec[] sectors) {
        for (int s = 0; s < Sector.COUNT; s++) {
            elasticity[s] = sectors[s].opportunitySizeElasticity();
        }
        double[] sum = new double[Sector.COUNT];
        int[] count = new int[Sector.COUNT];
        for (int i = 0; i < size.length; i++) {
            sum[sector[i].ordinal()] += size[i];
            count[sector[i].ordinal()]++;
        }
        double[] powerSum = new double[Sector.COUNT];
        for (int s = 0; s < Sector.COUNT; s++) {
            reference[s] = count[s] > 0 && sum[s] > 0 ? sum[s] / count[s] : 1.0;
        }
        for (int i = 0; i < size.length; i++) {
            int s = sector[i].ordinal();
            powerSum[s] += power(Math.max(size[i], 0) / reference[s], elasticity[s]);
        }
        for (int s = 0; s < Sector.COUNT; s++) {
            norm[s] = count[s] > 0 && powerSum[s] > 0 ? powerSum[s] / count[s] : 1.0;
        }
    }

    /** The multiplier on the arrival rate of a firm of this sector and revenue. */
    double factor(Sector sector, double revenueMillion) {
        int s = sector.ordinal();
        if (elasticity[s] == 0) {
            return 1.0;
        }
        return power(Math.max(revenueMillion, 0) / reference[s], elasticity[s]) / norm[s];
    }

    /**
     * x^e for x >= 0, by the square root when e is one half (the default for most sectors): it is
     * computed at each opportunity, the square root is correctly rounded, and the JVM's power of
     * one half gave the same bits on every one of 2 x 10^8 arguments tried, in a third of the time.
     */
    static double power(double x, double e) {
        return e == 0.5 ? Math.sqrt(x) : Math.pow(x, e);
    }
}
