package org.highland.model;

import org.highland.model.random.Draws;

/**
 * The terms of a region's start-year pipeline ({@code PopulationBuilder#seedPipeline}) that do not
 * depend on the firm's rate: per kind and stage, the quality threshold a seeded project clears, the
 * share of opportunities above it, and the discount for the growth of starts and firm turnover
 * before the start. They depend only on the sector and the firm's after-tax cost and revenue
 * factors, which take a few dozen values in a region, while the share above is a normal tail
 * probability, costly enough to dominate the population's build when computed for every firm and
 * project. So they are computed once for each sector and bit-equal pair of factors, the same way
 * and with the same bits as for each firm.
 */
final class InheritedPipelineTerms {
    private final Region region;
    private final World world;
    /** Per sector ordinal, the terms met last; each links to those met before (one per pair of factors). */
    private final Terms[] latest = new Terms[Sector.COUNT];

    InheritedPipelineTerms(Region region) {
        this.region = region;
        this.world = region.world;
    }

    /** The terms of a firm of this sector with these after-tax factors. */
    Terms of(Sector sector, double costFactor, double revenueFactor) {
        long costBits = Double.doubleToRawLongBits(costFactor);
        long revenueBits = Double.doubleToRawLongBits(revenueFactor);
        for (Terms terms = latest[sector.ordinal()]; terms != null; terms = terms.earlier) {
            if (terms.costBits == costBits && terms.revenueBits == revenueBits) {
                return terms;
            }
        }
        Terms terms = new Terms(costBits, revenueBits, latest[sector.ordinal()]);
        for (int k = 0; k < ProjectKind.COUNT; k++) {
            if (world.kindShares[sector.ordinal()][k] > 0) {
                fill(terms, sector, k, costFactor, revenueFactor);
            }
        }
        latest[sector.ordinal()] = terms;
        return terms;
    }

    /**
     * A stage's threshold is the highest of the gates up to it, since a seeded project was worth
     * continuing at each. Starts grew at g before the start, and a firm of age A has no project
     * older than A: in a population with exit hazard h, ages are exponential with rate h. Both
     * discount a stage by exp(-(g + h) x mean age of its projects), the time to its middle.
     */
    private void fill(Terms terms, Sector sector, int k, double costFactor, double revenueFactor) {
        Route route = world.routes[k];
        int stages = route.stageCount();
        double[] threshold = new double[stages];
        double[] shareAbove = new double[stages];
        double[] decay = new double[stages];
        double discount = world.firmSpec.pipelineGrowthBeforeStart()
                + region.sectorSpecs[sector.ordinal()].exitHazard();
        double highest = 0;
        double yearsBefore = 0;
        for (int stage = 0; stage < stages; stage++) {
            highest = Math.max(highest,
                    region.valuation.qualityThreshold(sector, route.kind, stage, costFactor) / revenueFactor);
            threshold[stage] = highest;
            shareAbove[stage] = Draws.lognormalShareAbove(route.knownQualitySigma, highest);
            double stageYears = route.meanMonths[stage] / 12.0;
            double age = yearsBefore + stageYears / 2.0;
            yearsBefore += stageYears;
            decay[stage] = Math.exp(-discount * age);
        }
        terms.threshold[k] = threshold;
        terms.shareAbove[k] = shareAbove;
        terms.decay[k] = decay;
    }

    /** Per kind (null where the sector has no share of it) and stage. */
    static final class Terms {
        private final long costBits;
        private final long revenueBits;
        private final Terms earlier;
        /** The quality a seeded project of the stage exceeds. */
        final double[][] threshold = new double[ProjectKind.COUNT][];
        /** P(quality > threshold) of an opportunity: {@link Draws#lognormalShareAbove}. */
        final double[][] shareAbove = new double[ProjectKind.COUNT][];
        /** exp(-(g + h) x mean age of the stage's projects). */
        final double[][] decay = new double[ProjectKind.COUNT][];

        private Terms(long costBits, long revenueBits, Terms earlier) {
            this.costBits = costBits;
            this.revenueBits = revenueBits;
            this.earlier = earlier;
        }
    }
}
