package org.highland.model;

import org.highland.model.spec.RegionSpec;

/**
 * A region's propensity to get project opportunities, by project kind. Innovative drugs follow the
 * region's innovation multipliers (the inherited pipeline and the opportunities after the start
 * apart); generic drugs and TCM products follow its generic multiplier, devices its device
 * multiplier, each from Table 2's counts per firm of that kind (docs/ODD.md 7.1). Why per kind: one
 * multiplier for all kinds let a region's innovative strength multiply its generics and devices
 * too, which Table 2 does not show (Shanghai has fewer generic approvals per generic maker than
 * Zhejiang's, not 2.4 times more).
 *
 * <p>A firm's opportunities arrive at the highest multiplier among its sector's kinds; an
 * opportunity of kind k is then kept with probability m_k / that maximum, so each kind arrives at
 * its own rate while one arrival process and one set of draws serve them all.
 */
final class OpportunityPropensity {
    private final double[] inherited = new double[ProjectKind.COUNT];
    private final double[] sectorMax = new double[Sector.COUNT];
    private final double[][] keepShare = new double[Sector.COUNT][ProjectKind.COUNT];
    /** Per sector, the highest keep share of any kind (kinds of weight 0 included). */
    private final double[] highestKeepShare = new double[Sector.COUNT];

    OpportunityPropensity(RegionSpec spec, double[][] kindShares) {
        double[] afterStart = new double[ProjectKind.COUNT];
        for (ProjectKind kind : ProjectKind.values()) {
            int k = kind.ordinal();
            switch (kind) {
                case INNOVATIVE_DRUG -> {
                    afterStart[k] = spec.opportunityMultiplier();
                    inherited[k] = spec.initialPipelineMultiplier();
                }
                case GENERIC_DRUG, TCM_PRODUCT -> {
                    afterStart[k] = spec.genericOpportunityMultiplier();
                    inherited[k] = spec.genericOpportunityMultiplier();
                }
                case CLASS3_DEVICE, OTHER_DEVICE -> {
                    afterStart[k] = spec.deviceOpportunityMultiplier();
                    inherited[k] = spec.deviceOpportunityMultiplier();
                }
            }
        }
        for (int s = 0; s < kindShares.length; s++) {
            double max = 0;
            for (int k = 0; k < ProjectKind.COUNT; k++) {
                if (kindShares[s][k] > 0) {
                    max = Math.max(max, afterStart[k]);
                }
            }
            sectorMax[s] = max;
            for (int k = 0; k < ProjectKind.COUNT; k++) {
                keepShare[s][k] = max > 0 ? afterStart[k] / max : 0;
                highestKeepShare[s] = Math.max(highestKeepShare[s], keepShare[s][k]);
            }
        }
    }

    /** The multiplier the sector's opportunities arrive at before thinning: the highest of its kinds'. */
    double arrivalMultiplier(int sector) {
        return sectorMax[sector];
    }

    /** Share of the sector's opportunities of this kind kept: the kind's multiplier over the arrivals'. */
    double keepShare(Sector sector, int kind) {
        return keepShare[sector.ordinal()][kind];
    }

    /**
     * The highest keep share among the sector's kinds, all of them: an opportunity whose thinning
     * test fails at this share fails at its own kind's share, whatever the kind.
     */
    double highestKeepShare(Sector sector) {
        return highestKeepShare[sector.ordinal()];
    }

    /** Multiplier on the pipeline of this kind inherited in the start year. */
    double inherited(int kind) {
        return inherited[kind];
    }
}
