package org.highland.model;

import org.highland.model.spec.LocationSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2b: each month a share of firms reconsider where they sit. A reviewing firm chooses by the
 * region's location logit ({@link ParkChoice}) between staying and every other location with
 * room, whose utility is lowered by the moving cost (its annual equivalent valued like rent). A
 * firm that picks another location moves if it can pay the cost from cash.
 * <p>
 * Whether a firm reviews this month is a hash of its stream seed and the month, and its choice
 * draws from its own event generator, so a firm reviews in the same months and with the same
 * draws in every policy variant (common random numbers), and the loop allocates nothing for the
 * firms that do not review.
 * <p>
 * Moves stay within the region: a firm's region is fixed and firms live in their region's array.
 * A move between regions would need the firm to be handed from one region's array to another's
 * (with its counters and talent demand) and a choice set spanning regions.
 */
public final class RelocationProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Salts of the review draw and of the choice generator. */
    private static final long REVIEW = 0x52454C4F43415445L;
    private static final long CHOICE = 0x4D4F56455041524BL;
    private final World world;

    public RelocationProcess(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        LocationSpec spec = world.spec.location();
        double share = spec.relocationReviewShare();
        if (share <= 0) {
            return;
        }
        int month = world.month();
        for (Region region : world.regions) {
            Enterprise[] firms = region.firms;
            for (int i = 0; i < region.firmCount; i++) {
                Enterprise firm = firms[i];
                if (firm.eventUniform(REVIEW + month) < share) {
                    review(region, firm, spec, month);
                }
            }
        }
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
