package org.highland.model;

import org.highland.model.random.Uniform;

/**
 * Step 7, after each region's firm step: a firm that ran out of cash for {@code exitGraceMonths}
 * while holding projects of positive value is offered for sale at {@code acquisitionPriceShare}
 * of its pipeline value. A buyer is drawn among the region's surviving firms of a sector that
 * develops products and holds more cash than the price, in proportion to its cash (the deeper
 * the pocket, the likelier the bid), from the region's monthly stream so that paired variants
 * share the draw. The buyer pays the price (to the target's owners, outside the model) and takes
 * the projects, each with its own generator, and the products; the target's own business closes.
 * Without a buyer the target exits as any failed firm does.
 */
final class Acquisitions {
    private final World world;

    Acquisitions(World world) {
        this.world = world;
    }

    /** Sells or closes every firm the region queued this month, in the order they failed. */
    void resolve(Region region) {
        if (region.distressedCount == 0) {
            return;
        }
        Uniform rng = world.streams.monthly("acquisition", region.index, world.month());
        for (int d = 0; d < region.distressedCount; d++) {
            Enterprise target = region.distressed[d];
            region.distressed[d] = null;
            double price = world.capitalSpec.acquisitionPriceShare() * target.pipelineValue();
            Enterprise buyer = drawBuyer(region, price, rng.nextDouble());
            if (buyer == null) {
                Settlement.exit(world, region, target);
            } else {
                sell(region, target, buyer, price);
            }
        }
        region.distressedCount = 0;
    }

    private void sell(Region region, Enterprise target, Enterprise buyer, double price) {
        buyer.cash -= price;
        world.ledger.acquisitionPayments += price;
        // The target's balance (negative: its debts) is settled out of the price, outside the model.
        world.ledger.exitCash += target.cash;
        buyer.takeOver(target);
        region.counters.add(Counter.ACQUISITIONS, 1);
    }

    /** The firm whose cash interval holds u x (total cash of the eligible firms), or null. */
    private static Enterprise drawBuyer(Region region, double price, double u) {
        double total = 0;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise f = region.firms[i];
            if (canBuy(f, price)) {
                total += f.cash;
            }
        }
        if (total <= 0) {
            return null;
        }
        double left = u * total;
        Enterprise last = null;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise f = region.firms[i];
            if (canBuy(f, price)) {
                last = f;
                left -= f.cash;
                if (left < 0) {
                    return f;
                }
            }
        }
        return last;
    }

    private static boolean canBuy(Enterprise firm, double price) {
        return firm.cash > price && firm.cash > 0 && firm.sectorSpec.projectStartsPerYear() > 0;
    }
}
