package org.highland.model;

import java.util.Arrays;
import org.apache.commons.math3.util.KthSelector;
import org.highland.model.random.Draws;
import org.highland.model.random.RandomStreams;
import org.highland.model.random.Uniform;
import org.highland.model.spec.ParkSpec;
import org.highland.model.spec.RegionSpec;

/**
 * Synthesises the start-year firms of every region from its spec: counts by sector and park,
 * sizes in two segments (small firms drawn like entrants, a share of large firms whose lognormal
 * sizes are scaled so that sector and park output match their shares), cash, listing and
 * high-tech status, and a pipeline in steady state for the sector's start rate.
 *
 * <p>Why two segments: the registry's firms are mostly small (Hangzhou 2018: more than 1,000
 * firms, 88 of them above 20 M yuan of output) while a few large firms make most of the output.
 * One lognormal can give both only with an implausible spread (a log-sd of 4.5 and more).
 */
final class PopulationBuilder {
    static final int FITTING_ROUNDS = 8;
    private final World world;

    PopulationBuilder(World world) {
        this.world = world;
    }

    void build() {
        for (Region region : world.regions) {
            buildRegion(region);
        }
    }

    private void buildRegion(Region region) {
        RegionSpec spec = region.spec;
        Uniform random = RandomStreams.uniform(world.streams.stream("population", region.index));
        // A full-scale sample; at scale F < 1 it is thinned to about F of its firms by Thinning.
        int full = (int) Math.round(spec.initialFirms());
        double[] firmShares = spec.firmShares().toArray();
        double[] parkShares = parkFirmShares(region);
        Sector[] sector = new Sector[full];
        int[] park = new int[full];
        double[] size = new double[full];
        boolean[] large = new boolean[full];
        Sector[] sectors = Sector.values();
        for (int i = 0; i < full; i++) {
            sector[i] = sectors[Draws.categorical(random, firmShares)];
            park[i] = Draws.categorical(random, parkShares);
            large[i] = random.nextDouble() < spec.largeFirmShare();
            size[i] = large[i]
                    ? Draws.lognormal(random, 1.0, spec.largeFirmSizeSigma())
                    : Draws.lognormal(random, world.entrySpec.revenueMedianMillion(), world.entrySpec.revenueSigma());
        }
        // Sizes are fitted to the full-scale totals, as a full-scale run fits them, then thinned.
        fitSizes(region, sector, park, size, large);
        region.capacity.anchor(sector, size, world.sectors, world.firmSpec.opportunityMeanSizeElasticity());
        if (world.scale < 1.0) {
            int[] cell = new int[full];
            for (int i = 0; i < full; i++) {
                cell[i] = sector[i].ordinal();
            }
            Thinning.Sample thin = Thinning.thin(cell, size, world.scale, random);
            Sector[] fullSector = sector;
            int[] fullPark = park;
            size = thin.size();
            sector = new Sector[size.length];
            park = new int[size.length];
            for (int j = 0; j < size.length; j++) {
                sector[j] = fullSector[thin.source()[j]];
                park[j] = fullPark[thin.source()[j]];
            }
        }
        int n = size.length;
        region.reserve(region.firmCount + n);
        InheritedPipelineTerms pipelineTerms = new InheritedPipelineTerms(region);
        for (int i = 0; i < n; i++) {
            double capital = Draws.lognormal(random, world.entrySpec.registeredCapitalMedianMillion(),
                    world.entrySpec.registeredCapitalSigma());
            double cash = Math.max(size[i] * world.sectors[sector[i].ordinal()].initialCashMonths() / 12.0,
                    capital * world.entrySpec.paidInShare());
            Enterprise firm = region.newFirm(sector[i], region.parks[park[i]], size[i], cash);
            firm.hightech = random.nextDouble() < spec.initialHightechShare();
            seedPipeline(region, firm, pipelineTerms);
            region.add(firm);
        }
        region.initialFirms = n;
        int listedAtFullScale = (int) Math.round(spec.initialListedShare() * full);
        markLargestListed(region, full > 0 ? Thinning.count((double) listedAtFullScale * n / full, random) : 0);
        // Senior and skilled pools start at a ratio of the first month's demand (TalentMarket).
        Arrays.fill(region.talent, Double.NaN);
        region.talent[TalentTier.LEADING.ordinal()] = spec.initialLeadingTalent() * world.scale;
        region.leadingAwardPath = spec.initialLeadingTalent() * world.scale;
    }

    /** Parks take their initial firm shares; the remainder (last) takes the rest. */
    private static double[] parkFirmShares(Region region) {
        double[] shares = new double[region.parks.length];
        double used = 0;
        for (int p = 0; p < region.parks.length - 1; p++) {
            shares[p] = region.parks[p].spec.initialFirmShare();
            used += shares[p];
        }
        shares[shares.length - 1] = Math.max(0, 1.0 - used);
        return shares;
    }

    /**
     * Scales the large firms of the full-scale sample so each sector's revenue and each park's
     * biomedicine output match their full-scale start-year totals (iterative proportional fitting
     * over the two margins); small firms keep their drawn sizes, unless a group's small firms
     * alone exceed its total, when the whole group is scaled down.
     */
    private static void fitSizes(Region region, Sector[] sector, int[] park, double[] size, boolean[] large) {
        RegionSpec spec = region.spec;
        double output = spec.initialOutputBillion() * 1000.0;
        double[] sectorTarget = spec.outputShares().toArray();
        for (int s = 0; s < sectorTarget.length; s++) {
            sectorTarget[s] *= output;
        }
        double[] parkTarget = new double[region.parks.length];
        double named = 0;
        for (int p = 0; p < region.parks.length - 1; p++) {
            ParkSpec ps = region.parks[p].spec;
            parkTarget[p] = ps.initialOutputShare() * output;
            named += parkTarget[p];
        }
        parkTarget[parkTarget.length - 1] = Math.max(0, output - named);
        fitToTargets(sector, park, size, large, parkTarget, sectorTarget);
    }

    /**
     * {@code fitSizes} for these totals of the parks' biomedicine output and of the sectors'
     * revenue.
     */
    static void fitToTargets(Sector[] sector, int[] park, double[] size, boolean[] large,
            double[] parkTarget, double[] sectorTarget) {
        Margin parks = new Margin(parkTarget, size.length);
        Margin sectors = new Margin(sectorTarget, size.length);
        for (int i = 0; i < size.length; i++) {
            parks.place(i, sector[i].biomedicine() ? park[i] : -1, large[i]);
            sectors.place(i, sector[i].ordinal(), large[i]);
        }
        fitMargins(size, large, parks, sectors);
    }

    /**
     * Rounds of park then sector margin. A pass over the firms applies one margin's factors and
     * sums the new sizes for the other: the same additions in the same order as a pass of its
     * own. Mostly the large firms take up the rest and the small keep their sizes; when two
     * passes in a row keep them, the small firms' sums from two passes ago stand, and a pass
     * needs to visit the large firms only.
     */
    private static void fitMargins(double[] size, boolean[] large, Margin parks, Margin sectors) {
        int[] everyFirm = new int[size.length];
        for (int i = 0; i < size.length; i++) {
            everyFirm[i] = i;
        }
        int[] largeFirms = largeFirms(large);
        parks.sumSizes(size);
        Margin scaling = parks;
        Margin summing = sectors;
        boolean smallKept = false;
        for (int pass = 0; pass < 2 * FITTING_ROUNDS; pass++) {
            scaling.settleFactors();
            Margin next = pass + 1 < 2 * FITTING_ROUNDS ? summing : null;
            boolean largeOnly = scaling.keepsSmall() && (smallKept || next == null);
            scaling.scaleAndSum(size, largeOnly ? largeFirms : everyFirm, next, largeOnly);
            smallKept = scaling.keepsSmall();
            summing = scaling;
            scaling = next;
        }
    }

    /** The indices of the large firms, ascending. */
    private static int[] largeFirms(boolean[] large) {
        int count = 0;
        for (boolean b : large) {
            count += b ? 1 : 0;
        }
        int[] indices = new int[count];
        for (int i = 0, j = 0; i < large.length; i++) {
            if (large[i]) {
                indices[j++] = i;
            }
        }
        return indices;
    }

    /**
     * One margin of the size fitting: per group, the sums of its large and its small firms'
     * sizes and the factor each of them takes. Firms are indexed by cell, 2 x group + 1 for a
     * large firm and 2 x group for a small one, and one last cell, factor 1, for the firms outside
     * the margin, so a pass needs no branch on the firm (large firms are rare and scattered).
     */
    private static final class Margin {
        private final double[] target;
        private final int[] cell;
        private final double[] sum;
        private final double[] factor;

        Margin(double[] target, int firms) {
            this.target = target;
            cell = new int[firms];
            sum = new double[2 * target.length + 1];
            factor = new double[2 * target.length + 1];
        }

        /** Puts firm {@code i} in its cell; {@code group} -1 if it is outside the margin. */
        void place(int i, int group, boolean large) {
            cell[i] = group < 0 ? 2 * target.length : 2 * group + (large ? 1 : 0);
        }

        void sumSizes(double[] size) {
            for (int i = 0; i < size.length; i++) {
                sum[cell[i]] += size[i];
            }
        }

        /**
         * Scales the {@code firms} (ascending indices) by this margin's factors and sums their new
         * sizes for {@code next} (none when null): all of its sums, or those of its large firms
         * only ({@code largeOnly}), when the small firms' sums stand.
         */
        void scaleAndSum(double[] size, int[] firms, Margin next, boolean largeOnly) {
            if (next == null) {
                for (int i : firms) {
                    size[i] *= factor[cell[i]];
                }
                return;
            }
            next.clearSums(largeOnly);
            int[] nextCell = next.cell;
            double[] nextSum = next.sum;
            for (int i : firms) {
                double scaled = size[i] * factor[cell[i]];
                size[i] = scaled;
                nextSum[nextCell[i]] += scaled;
            }
        }

        private void clearSums(boolean largeOnly) {
            if (!largeOnly) {
                Arrays.fill(sum, 0.0);
                return;
            }
            for (int g = 0; g < target.length; g++) {
                sum[2 * g + 1] = 0.0;
            }
            sum[2 * target.length] = 0.0;
        }

        /**
         * Each group's large firms take up what its small firms leave of the target; when they
         * leave nothing (or the group has no large firm) every firm of the group is scaled alike.
         */
        void settleFactors() {
            for (int g = 0; g < target.length; g++) {
                double small = sum[2 * g];
                double large = sum[2 * g + 1];
                double rest = target[g] - small;
                if (rest > 0 && large > 0) {
                    factor[2 * g] = 1.0;
                    factor[2 * g + 1] = rest / large;
                } else if (large + small > 0) {
                    factor[2 * g] = target[g] / (large + small);
                    factor[2 * g + 1] = factor[2 * g];
                } else {
                    factor[2 * g] = 1.0;
                    factor[2 * g + 1] = 1.0;
                }
            }
            factor[2 * target.length] = 1.0;
        }

        /** Whether the factors leave every small firm's size as it is (a factor of exactly 1). */
        boolean keepsSmall() {
            for (int g = 0; g < target.length; g++) {
                if (factor[2 * g] != 1.0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Listed firms are the largest ones at the start: the {@code listed} largest by revenue,
     * equal revenues taken in array order, the set a stable sort by descending revenue would put
     * first. Found from the {@code listed}-th largest revenue, in {@link Double#compare} order as
     * the sort of firms used, selected (commons-math's quickselect) instead of sorted.
     */
    static void markLargestListed(Region region, int listed) {
        int n = region.firmCount;
        if (listed <= 0 || n == 0) {
            return;
        }
        Enterprise[] firms = region.firms;
        double[] revenue = new double[n];
        for (int i = 0; i < n; i++) {
            revenue[i] = firms[i].baseRevenue;
        }
        int top = Math.min(listed, n);
        // Revenues are +0 or more, never NaN: the selector's order (<) is then Double.compare's.
        double threshold = new KthSelector().select(revenue.clone(), null, n - top);
        // The top revenues that equal the threshold: that many of the equal firms list, in array order.
        int atThreshold = top;
        for (double r : revenue) {
            if (Double.compare(r, threshold) > 0) {
                atThreshold--;
            }
        }
        for (int i = 0; i < n; i++) {
            int order = Double.compare(revenue[i], threshold);
            if (order > 0 || order == 0 && atThreshold-- > 0) {
                firms[i].listed = true;
            }
        }
    }

    /**
     * Projects already under way at the start: for each kind and stage, Poisson with the mean
     * occupancy the start rate implies (rate x share x reach x mean duration), discounted for the
     * growth of starts before the start year and for firm turnover: a project in stage i began,
     * on average, the mean time to the middle of stage i earlier, when starts were exp(-g t) of
     * today's and only a share exp(-h t) of today's firms existed. The start rate is the inherited
     * pipeline's rate (projectStartsPerYear x the region's inherited multiplier of the kind:
     * initialPipelineMultiplier for innovative drugs, OpportunityPropensity) times the share of
     * opportunities worth starting at the start-year valuation without policy; each seeded
     * project's quality is drawn from those worth continuing at every gate up to its stage.
     * There is no financing check: the inherited pipeline was financed before the start, and its
     * size per firm is set by its own parameter (initialPipelineMultiplier), apart from the
     * arrival of opportunities after the start, which meets the financing rule.
     * A seeded project comes with the money for the rest of its current stage, raised before
     * the start; without it the firms would have to pay for the whole inherited pipeline out of
     * a few months of revenue, and many would fail in the first year, taking the pipeline along.
     */
    private void seedPipeline(Region region, Enterprise firm, InheritedPipelineTerms pipelineTerms) {
        double rate = firm.sectorSpec().projectStartsPerYear() * region.capacity.factor(firm.sector, firm.revenue());
        if (rate <= 0) {
            return;
        }
        double[] kinds = world.kindShares[firm.sector.ordinal()];
        double total = 0;
        for (double k : kinds) {
            total += k;
        }
        if (total <= 0) {
            return;
        }
        // The firm's tax position and park, which these factors read, stay as they are while its
        // pipeline is seeded.
        InheritedPipelineTerms.Terms terms =
                pipelineTerms.of(firm.sector, firm.afterTaxCostFactor(), firm.afterTaxRevenueFactor());
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] <= 0) {
                continue;
            }
            Route route = world.routes[k];
            double sigma = route.knownQualitySigma;
            double[] threshold = terms.threshold[k];
            double[] shareAbove = terms.shareAbove[k];
            // The share of opportunities worth starting, at the first gate's threshold.
            double taken = shareAbove[0];
            // The stages' means share this leading product (the same operations in the same order).
            double kindRate = rate * region.propensity.inherited(k) * taken * kinds[k] / total;
            double[] decay = terms.decay[k];
            for (int stage = 0; stage < route.stageCount(); stage++) {
                double stageYears = route.meanMonths[stage] / 12.0;
                double mean = kindRate * route.reachProbability[stage] * stageYears * decay[stage];
                int count = Draws.poisson(firm.random(), mean);
                for (int c = 0; c < count; c++) {
                    double quality = Draws.lognormalAbove(firm.random(), sigma, threshold[stage], shareAbove[stage]);
                    firm.cash += firm.seedProject(route, stage, quality);
                }
            }
        }
    }
}
