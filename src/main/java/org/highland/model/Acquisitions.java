package org.highland.model;

import org.highland.model.random.Uniform;

/**
 * Step 7, after each region's firm step: a firm that ran out of cash for {@code exitGraceMonths}
 * while holding projects of positive value is offered for sale at {@code acquisitionPriceShare}
 * of its pipeline value. A buyer is drawn among the region's surviving firms that hold more cash
 * than the price and whose sector develops every kind of product the target holds (a device
 * maker buys devices, a drug maker drugs; instruments that target sectors stay coherent), in
 * proportion to its cash (the deeper the pocket, the likelier the bid), from the region's
 * monthly stream so that paired variants share the draw. The buyer pays the price (to the target's owners, outside the model) and takes
 * the projects, each with its own generator, and the products; the target's own business closes.
 * Without a buyer the target exits as any failed firm does.
 */
final class Acquisitions {
    private final World world;
    /** Per sector, a bit per project kind the sector develops (its kind weight is positive). */
    private final int[] sectorKinds = new int[Sector.COUNT];

    Acquisitions(World world) {
        this.world = world;
        for (int s = 0; s < Sector.COUNT; s++) {
            if (world.sectors[s].projectStartsPerYear() > 0) {
                for (int k = 0; k < ProjectKind.COUNT; k++) {
                    if (world.kindShares[s][k] > 0) {
                        sectorKinds[s] |= 1 << k;
                    }
                }
            }
        }
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
            double price = world.capitalSpec.acquisitionPriceShare() * CapitalMarket.pipelineValue(target);
            Enterprise buyer = drawBuyer(region, price, kinds(target), rng.nextDouble());
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
        takeOver(buyer, target);
        region.counters.add(Counter.ACQUISITIONS, 1);
    }

    /**
     * The buyer takes the target's projects (each keeps its own generator) and its products,
     * launched or pooled past exclusivity; the target is left without any.
     */
    private static void takeOver(Enterprise buyer, Enterprise target) {
        for (int i = 0; i < target.projectCount; i++) {
            buyer.addProject(target.projects[i]);
            target.projects[i] = null;
        }
        target.projectCount = 0;
        double pooled = buyer.matureSales + target.matureSales;
        if (pooled > 0) {
            buyer.matureDecline = (buyer.matureSales * buyer.matureDecline + target.matureSales * target.matureDecline) / pooled;
        }
        buyer.matureSales = pooled;
        target.matureSales = 0;
    }

    /** A bit per kind of the target's projects and products. */
    private static int kinds(Enterprise target) {
        int kinds = 0;
        for (int i = 0; i < target.projectCount; i++) {
            kinds |= 1 << target.projects[i].route.kind.ordinal();
        }
        return kinds;
    }

    /** The firm whose cash interval holds u x (total cash of the eligible firms), or null. */
    private Enterprise drawBuyer(Region region, double price, int kinds, double u) {
        double total = 0;
        for (int i = 0; i < region.firmCount; i++) {
            Enterprise f = region.firms[i];
            if (canBuy(f, price, kinds)) {
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
            if (canBuy(f, price, kinds)) {
                last = f;
                left -= f.cash;
                if (left < 0) {
                    return f;
                }
            }
        }
        return last;
    }

    private boolean canBuy(Enterprise firm, double price, int kinds) {
        return firm.cash > price && firm.cash > 0 && (kinds & ~sectorKinds[firm.sector.ordinal()]) == 0;
    }
}
