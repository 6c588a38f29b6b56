package org.highland.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;
import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.CycleYear;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4: venture capital is raised and allocated. The four regions draw on one national pool
 * whose size follows the national cycle ({@code capital.nationalCycle}, an exogenous yearly index
 * held at its last value after the data end). Each region's share responds to the expected value
 * of its pipelines relative to the start: share_r proportional to homeBias_r x value_r^elasticity,
 * the home bias solved so that the first allocation reproduces the {@code ventureBillion} shares
 * (an identity). A region's money is paid out in lognormal rounds to firms drawn in proportion to
 * the weight they registered last month: the expected value of their projects times a stage
 * preference, plus seed and revenue terms (investors act on what they have seen: a one-month
 * information lag). Nothing is placed in the first month.
 */
public final class CapitalMarket implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    /** The cycle's years and indices, in scenario order (years increase). */
    private final int[] cycleYears;
    private final double[] cycleIndex;
    /** The four regions' start-year venture volume at model scale, million yuan per month. */
    private final double startMonthlyPool;
    private final double[] shareWeight;

    public CapitalMarket(World world) {
        this.world = world;
        List<CycleYear> cycle = world.capitalSpec.nationalCycle();
        cycleYears = new int[cycle.size()];
        cycleIndex = new double[cycle.size()];
        for (int i = 0; i < cycle.size(); i++) {
            cycleYears[i] = cycle.get(i).year();
            cycleIndex[i] = cycle.get(i).index();
        }
        double pool = 0;
        for (Region region : world.regions) {
            pool += startMonthlyVolume(region);
        }
        startMonthlyPool = pool;
        shareWeight = new double[world.regions.length];
    }

    @Override
    public void step(SimState state) {
        double totalWeight = 0;
        for (Region region : world.regions) {
            // The reference is the first pipeline value firms have shown (none before their first step).
            if (Double.isNaN(region.initialPipelineValue) && region.pipelineValue > 0) {
                region.initialPipelineValue = region.pipelineValue;
            }
            double response = region.initialPipelineValue > 0
                    ? Math.pow(region.pipelineValue / region.initialPipelineValue, world.capitalSpec.valueElasticity())
                    : 1.0;
            shareWeight[region.index] = startMonthlyVolume(region) * response;
            totalWeight += shareWeight[region.index];
        }
        double pool = startMonthlyPool * cycle(world.year());
        for (Region region : world.regions) {
            region.ventureThisMonth = totalWeight > 0 ? pool * shareWeight[region.index] / totalWeight : 0;
            placeWholeRounds(region);
            region.government.financing(world);
        }
    }

    /** The national cycle's index for a year: the last listed year at or before it (the first before any). */
    double cycle(int year) {
        double index = cycleIndex.length > 0 ? cycleIndex[0] : 1.0;
        for (int i = 0; i < cycleYears.length && cycleYears[i] <= year; i++) {
            index = cycleIndex[i];
        }
        return index;
    }

    /** A region's start-year venture financing at model scale, million yuan per month. */
    private double startMonthlyVolume(Region region) {
        return region.spec.ventureBillion() * 1000.0 * world.scale / 12.0;
    }

    /** Expected value of a firm's projects at their current stages this month, million yuan. */
    static double pipelineValue(Enterprise firm) {
        return firm.pipelineValue();
    }

    /**
     * Expected value of a project at its current stage, million yuan: what investors and buyers
     * price, the same valuation the firms decide by ({@link ProjectValuation}): the expected
     * present value of the product's profit at the project's quality plus the support it can
     * expect, gross of the development cost still to pay (investors fund that cost). Launched
     * products are valued through their sales (revenue), not here: 0.
     */
    public static double projectValue(Enterprise owner, Project project) {
        if (project.launched) {
            return 0;
        }
        return owner.region.valuation.grossValue(owner.sector, project.route.kind, project.stageIndex, project.quality);
    }

    /** Venture volume relative to the start-year level; 1 before the first allocation. */
    static double ventureIndex(Region region) {
        double start = region.spec.ventureBillion() * 1000.0 * region.world.scale / 12.0;
        return start > 0 && region.ventureThisMonth > 0 ? region.ventureThisMonth / start : 1.0;
    }

    /**
     * Adds this month's volume to the region's venture balance and pays out whole rounds while
     * the balance covers the next one; a round too large for the balance waits, with its size (the
     * n-th round's size is drawn from the n-th generator), for a later month. Rounds thus keep their size
     * at any scale: cutting the last round of the month down to the volume left would, at a small
     * scale (a volume of a round or two a month), split the money into more and smaller rounds
     * than at full scale and reach more firms.
     */
    static void placeWholeRounds(Region region) {
        int n = region.candidateCount;
        if (n == 0 || region.ventureThisMonth <= 0) {
            return;
        }
        World world = region.world;
        CapitalSpec spec = world.capitalSpec;
        if (region.ventureRounds == 0 && region.ventureBalance == 0) {
            // Money raised before the start and still waiting for its round: a share, uniform as
            // in the steady state, of the first round. Without it the first year would place half
            // a round less than the volume, 1 / scale times more in full-scale terms.
            Uniform first = world.streams.numbered("ventureRound", region.index, 0);
            double size = Draws.lognormal(first, spec.dealMedianMillion(), spec.dealSigma());
            region.ventureBalance = size * world.streams.numbered("ventureStart", region.index, 0).nextDouble();
        }
        region.ventureBalance += region.ventureThisMonth;
        // Common random numbers: the n-th round's size comes from its own generator, the firms
        // picked this month from the month's generator, so paired variants fund the same firms
        // in a month even when one of them is a round ahead.
        Uniform picks = world.streams.monthly("capital", region.index, world.month());
        while (true) {
            Uniform round = world.streams.numbered("ventureRound", region.index, region.ventureRounds);
            double size = Draws.lognormal(round, spec.dealMedianMillion(), spec.dealSigma());
            if (size > region.ventureBalance) {
                return;
            }
            invest(region, region.candidates, region.cumulativeWeight, n, size, picks, Counter.VENTURE_FINANCING);
            region.ventureBalance -= size;
            region.ventureRounds++;
        }
    }

    /**
     * Guidance-fund co-investment: places {@code volume} million yuan among this month's
     * candidates that pass {@code target}, weighted as venture capital weighs them, and counts it
     * as guidance-fund investment. Returns what was placed (0 when no candidate qualifies).
     */
    public static double coInvest(Region region, double volume, Uniform rng, Predicate<Enterprise> target) {
        int n = region.candidateCount;
        if (region.subsetFirms.length < n) {
            region.subsetFirms = new Enterprise[region.candidates.length];
            region.subsetWeight = new double[region.candidates.length];
        }
        Enterprise[] firms = region.subsetFirms;
        double[] cumulative = region.subsetWeight;
        int m = 0;
        double before = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double weight = region.cumulativeWeight[i] - before;
            before = region.cumulativeWeight[i];
            if (target.test(region.candidates[i])) {
                total += weight;
                firms[m] = region.candidates[i];
                cumulative[m++] = total;
            }
        }
        if (m == 0 || volume <= 0) {
            return 0;
        }
        place(region, firms, cumulative, m, volume, rng, Counter.GUIDANCE_FUND_INVESTMENT);
        return volume;
    }

    private static void place(Region region, Enterprise[] firms, double[] cumulativeWeight, int n,
                              double volume, Uniform rng, Counter counter) {
        CapitalSpec spec = region.world.capitalSpec;
        double left = volume;
        while (left > 1e-9) {
            double round = Math.min(left, Draws.lognormal(rng, spec.dealMedianMillion(), spec.dealSigma()));
            invest(region, firms, cumulativeWeight, n, round, rng, counter);
            left -= round;
        }
    }

    /** One round to a candidate drawn in proportion to its weight. */
    private static void invest(Region region, Enterprise[] firms, double[] cumulativeWeight, int n,
                               double round, Uniform rng, Counter counter) {
        int pick = Arrays.binarySearch(cumulativeWeight, 0, n, rng.nextDouble() * cumulativeWeight[n - 1]);
        Enterprise firm = firms[pick >= 0 ? Math.min(pick + 1, n - 1) : -pick - 1];
        firm.receive(round);
        region.world.ledger.financing += round;
        region.counters.add(counter, round);
    }
}
