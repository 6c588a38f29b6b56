package org.highland.model;

import java.util.Arrays;
import org.highland.model.random.SplitMix64;
import org.highland.model.spec.LocationSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2b: each month a share of firms reconsider where they sit, in two nested stages.
 * <p>
 * Region: a reviewing firm weighs staying in its region against moving to each other region r,
 * by the change of the regions' location logsums since the start ({@link ParkChoice}) and the
 * cross-region moving cost valued like rent (its annual equivalent times the rent coefficient):
 * <pre>
 *   P(r) = exp(lambda (dL_r - dL_own) - c_region) / (1 + sum_s exp(lambda (dL_s - dL_own) - c_region)),
 *   dL = L_t - L_0,  lambda = inclusiveValueWeight,  c_region = -b_rent x regionMoveCost / movingCostYears.
 * </pre>
 * Changes rather than levels because each region's constants are anchored to its own start
 * odds, so levels do not compare between regions; without policy the flows are thus driven by
 * the cost alone (assumption). A firm that picks another region and has the cash moves to a
 * location chosen there as an entrant chooses, pays the cost and takes that region's growth
 * shift; its id, generators, projects, cash and tax position stay.
 * <p>
 * Location: a firm that stays in its region chooses by the region's location logit between
 * staying and every other location with room, whose utility is lowered by the local moving
 * cost; it moves if it can pay the cost from cash.
 * <p>
 * Whether a firm reviews this month is a hash of its stream seed and the month; the region stage
 * draws one more hashed uniform, and the location stage draws from the firm's own event
 * generator as before, so a firm reviews in the same months and with the same draws in every
 * policy variant (common random numbers), and the loop allocates nothing for the firms that do
 * not review. Firms that change region are taken out of their old region's array after all
 * regions' reviews (stable compaction) and appended to the new region's in the order they moved,
 * so nobody reviews twice in a month and the arrays keep a deterministic order. A mover also
 * leaves its old region's financing candidates at once; talent demand, candidacy and counters
 * follow it from the next firm step on.
 */
public final class RelocationProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Salts of the review draw, of the choice generator and of the region draw. */
    private static final long REVIEW = 0x52454C4F43415445L;
    private static final long CHOICE = 0x4D4F56455041524BL;
    private static final long REGION = 0x4D4F5645524547L;
    private final World world;
    /** Per origin region: cumulative probabilities of moving to each region (own region: no move). */
    private final double[][] moveCumulative;
    private Enterprise[] movers = new Enterprise[8];
    /** Places of the region's firms that review this month (scratch, reused). */
    private int[] reviewers = new int[64];
    private int moverCount;

    public RelocationProcess(World world) {
        this.world = world;
        int n = world.regions.length;
        this.moveCumulative = new double[n][n];
    }

    @Override
    public void step(SimState state) {
        LocationSpec spec = world.spec.location();
        double share = spec.relocationReviewShare();
        if (share <= 0) {
            return;
        }
        int month = world.month();
        boolean regionMoves = regionMoveOdds(spec);
        // The salt's half of every firm's review draw, the same for all firms of the month.
        long reviewKey = SplitMix64.mix(REVIEW + month);
        long reviewLimit = Enterprise.eventLimit(share);
        for (Region region : world.regions) {
            int reviewing = findReviewers(region.firmSeeds, region.firmCount, reviewKey, reviewLimit);
            Enterprise[] firms = region.firms;
            for (int r = 0; r < reviewing; r++) {
                int i = reviewers[r];
                Enterprise firm = firms[i];
                if (!regionMoves || !reviewRegion(region, firm, spec, month)) {
                    review(region, firm, spec, month);
                    region.firmParks[i] = firm.park.index;
                } else {
                    region.markMovedAway(i);
                }
            }
        }
        handOver();
    }

    /**
     * Puts the places of the firms that review this month, in array order, in {@link #reviewers}
     * and returns their number. A loop of its own, with nothing but the hash in it, runs several
     * times faster than one that also holds the reviews; the reviews change no seed and no
     * place in the array (movers leave it after all regions' reviews), so the same firms review
     * in the same order as when each was reviewed as the loop met it.
     */
    private int findReviewers(long[] seeds, int firmCount, long reviewKey, long reviewLimit) {
        int found = 0;
        for (int i = 0; i < firmCount; i++) {
            if (Enterprise.eventBitsOfKey(seeds[i], reviewKey) < reviewLimit) {
                if (found == reviewers.length) {
                    reviewers = Arrays.copyOf(reviewers, found * 2);
                }
                reviewers[found++] = i;
            }
        }
        return found;
    }

    /** The region-stage probabilities of this month; false if no move between regions is possible. */
    private boolean regionMoveOdds(LocationSpec spec) {
        Region[] regions = world.regions;
        if (regions.length < 2 || Double.isInfinite(spec.regionMoveCostMillion())) {
            return false;
        }
        double lambda = spec.inclusiveValueWeight();
        double cost = spec.regionMoveUtility();
        for (Region from : regions) {
            double[] cumulative = moveCumulative[from.index];
            double own = from.parkChoice.logsum() - from.parkChoice.startLogsum();
            double total = 1.0;
            for (Region to : regions) {
                double w = 0;
                if (to != from) {
                    double change = to.parkChoice.logsum() - to.parkChoice.startLogsum();
                    w = Math.exp(lambda * (change - own) - cost);
                }
                total += w;
                cumulative[to.index] = w;
            }
            double sum = 0;
            for (int r = 0; r < regions.length; r++) {
                sum += cumulative[r] / total;
                cumulative[r] = sum;
            }
        }
        return true;
    }

    /** The region stage: true if the firm moved to another region. */
    private boolean reviewRegion(Region region, Enterprise firm, LocationSpec spec, int month) {
        double[] cumulative = moveCumulative[region.index];
        double u = firm.eventUniform(REGION + month);
        int target = -1;
        for (int r = 0; r < cumulative.length; r++) {
            if (u < cumulative[r]) {
                target = r;
                break;
            }
        }
        double cost = spec.regionMoveCostMillion();
        if (target < 0 || target == region.index || firm.cash < cost) {
            return false;
        }
        Region to = world.regions[target];
        Park at = to.parks[to.parkChoice.chooseForEntrant(firm.eventRandom(CHOICE + month))];
        firm.moveRegion(to, at, cost);
        world.ledger.movingCosts += cost;
        region.counters.add(Counter.FIRMS_MOVED_OUT, 1);
        to.counters.add(Counter.FIRMS_MOVED_IN, 1);
        if (moverCount == movers.length) {
            movers = Arrays.copyOf(movers, moverCount * 2);
        }
        movers[moverCount++] = firm;
        return true;
    }

    /** Takes the movers out of their old regions' arrays and appends them to their new regions'. */
    private void handOver() {
        if (moverCount == 0) {
            return;
        }
        for (Region region : world.regions) {
            region.dropMovedAway();
        }
        for (int i = 0; i < moverCount; i++) {
            movers[i].region.append(movers[i]);
            movers[i] = null;
        }
        moverCount = 0;
    }

    private void review(Region region, Enterprise firm, LocationSpec spec, int month) {
        int choice = region.parkChoice.chooseForIncumbent(firm, firm.eventRandom(CHOICE + month));
        Park to = region.parks[choice];
        double cost = spec.movingCostMillion();
        if (to == firm.park || !to.hasRoom() || firm.cash < cost) {
            return;
        }
        firm.relocate(to, cost);
        world.ledger.movingCosts += cost;
        region.counters.add(Counter.RELOCATIONS, 1);
    }
}
