package org.highland.model;

import java.util.Arrays;
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
    private static final int FITTING_ROUNDS = 8;
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
        for (int i = 0; i < n; i++) {
            double capital = Draws.lognormal(random, world.entrySpec.registeredCapitalMedianMillion(),
                    world.entrySpec.registeredCapitalSigma());
            double cash = Math.max(size[i] * world.sectors[sector[i].ordinal()].initialCashMonths() / 12.0,
                    capital * world.entrySpec.paidInShare());
            Enterprise firm = region.newFirm(sector[i], region.parks[park[i]], size[i], cash);
            firm.hightech = random.nextDouble() < spec.initialHightechShare();
            seedPipeline(region, firm);
            region.add(firm);
        }
        region.initialFirms = n;
        int listedAtFullScale = (int) Math.round(spec.initialListedShare() * full);
        markLargestListed(region, full > 0 ? Thinning.count((double) listedAtFullScale * n / full, random) : 0);
        // Senior and skilled pools start at a ratio of the first month's demand (TalentMarket).
        Arrays.fill(region.talent, Double.NaN);
        region.talent[TalentTier.LEADING.ordinal()] = spec.initialLeadingTalent() * world.scale;
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
        // Each firm's group on either margin (-1: not in the park margin), looked up once.
        int[] parkGroup = new int[size.length];
        int[] sectorGroup = new int[size.length];
        for (int i = 0; i < size.length; i++) {
            parkGroup[i] = sector[i].biomedicine() ? park[i] : -1;
            sectorGroup[i] = sector[i].ordinal();
        }
        for (int round = 0; round < FITTING_ROUNDS; round++) {
            scaleMargin(size, large, parkGroup, parkTarget);
            scaleMargin(size, large, sectorGroup, sectorTarget);
        }
    }

    private static void scaleMargin(double[] size, boolean[] large, int[] group, double[] target) {
        double[] largeSum = new double[target.length];
        double[] smallSum = new double[target.length];
        for (int i = 0; i < size.length; i++) {
            int g = group[i];
            if (g >= 0) {
                if (large[i]) {
                    largeSum[g] += size[i];
                } else {
                    smallSum[g] += size[i];
                }
            }
        }
        for (int i = 0; i < size.length; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            double rest = target[g] - smallSum[g];
            if (rest > 0 && largeSum[g] > 0) {
                if (large[i]) {
                    size[i] *= rest / largeSum[g];
                }
            } else if (largeSum[g] + smallSum[g] > 0) {
                size[i] *= target[g] / (largeSum[g] + smallSum[g]);
            }
        }
    }

    /**
     * Listed firms are the largest ones at the start: the {@code listed} largest by revenue,
     * equal revenues taken in array order, the set a stable sort by descending revenue would put
     * first. Found from the {@code listed}-th largest revenue (a sort of the primitive revenues,
     * in {@link Double#compare} order as the sort of firms used) instead of sorting the firms:
     * the start-year population is built once per replication.
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
        double[] ascending = revenue.clone();
        Arrays.sort(ascending);
        int first = Math.max(0, n - listed);
        double threshold = ascending[first];
        // The top revenues that equal the threshold: that many of the equal firms list, in array order.
        int atThreshold = 0;
        for (int j = first; j < n && Double.compare(ascending[j], threshold) == 0; j++) {
            atThreshold++;
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
    private void seedPipeline(Region region, Enterprise firm) {
        double rate = firm.sectorSpec().projectStartsPerYear() * region.capacity.factor(firm.sector, firm.revenue());
        // Starts grew at g before the start, and a firm of age A has no project older than A: in a
        // population with exit hazard h, ages are exponential with rate h. Both discount a stage
        // by exp(-(g + h) x mean age of its projects).
        double discount = world.firmSpec.pipelineGrowthBeforeStart() + firm.sectorSpec().exitHazard();
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
        ProjectValuation valuation = region.valuation;
        // The firm's tax position and park, which these factors read, stay as they are while its
        // pipeline is seeded.
        double costFactor = firm.afterTaxCostFactor();
        double revenueFactor = firm.afterTaxRevenueFactor();
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] <= 0) {
                continue;
            }
            Route route = world.routes[k];
            double sigma = route.knownQualitySigma;
            double threshold = 0;
            double taken = 0;
            double yearsBefore = 0;
            for (int stage = 0; stage < route.stageCount(); stage++) {
                threshold = Math.max(threshold,
                        valuation.qualityThreshold(firm.sector, route.kind, stage, costFactor) / revenueFactor);
                if (stage == 0) {
                    taken = Draws.lognormalShareAbove(sigma, threshold);
                }
                double stageYears = route.meanMonths[stage] / 12.0;
                double age = yearsBefore + stageYears / 2.0;
                yearsBefore += stageYears;
                double mean = rate * region.propensity.inherited(k) * taken * kinds[k] / total
                        * route.reachProbability[stage] * stageYears
                        * Math.exp(-discount * age);
                int count = Draws.poisson(firm.random(), mean);
                for (int c = 0; c < count; c++) {
                    double quality = Draws.lognormalAbove(firm.random(), sigma, threshold);
                    firm.cash += firm.seedProject(route, stage, quality);
                }
            }
        }
    }
}
