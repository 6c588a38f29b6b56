package org.highland.model;

import java.util.Arrays;
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
    /** Rejections before the exact scan decides (few firms can pay the price). */
    private static final int MAX_TRIES = 64;
    /** Per sector, a bit per project kind the sector develops (its kind weight is positive). */
    private final int[] sectorKinds = new int[Sector.COUNT];
    /** The month's index of firms with cash, and their cumulative cash (scratch, reused). */
    private Enterprise[] cashFirms = new Enterprise[0];
    private double[] cumulativeCash = new double[0];
    private int indexed;

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
            Enterprise buyer = drawBuyer(region, price, kinds(target), rng);
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
        // Both pipelines may have skipped quiet months: bring their countdowns up to date first.
        buyer.catchUpProjects();
        target.catchUpProjects();
        // A target holds a pipeline (it has value); a buyer without one gets one.
        Pipeline from = target.pipeline;
        if (from == null) {
            return;
        }
        for (int i = 0; i < target.projectCount; i++) {
            buyer.addProject(from.projects[i]);
            from.projects[i] = null;
        }
        target.projectCount = 0;
        from.financingStale = true;
        Pipeline to = buyer.pipeline();
        double pooled = to.matureSales + from.matureSales;
        if (pooled > 0) {
            to.matureDecline = (to.matureSales * to.matureDecline + from.matureSales * from.matureDecline) / pooled;
        }
        to.matureSales = pooled;
        from.matureSales = 0;
    }

    /** A bit per kind of the target's projects and products. */
    private static int kinds(Enterprise target) {
        int kinds = 0;
        for (int i = 0; i < target.projectCount; i++) {
            kinds |= 1 << target.pipeline.projects[i].route.kind.ordinal();
        }
        return kinds;
    }

    /**
     * Firms with positive cash and their cumulative cash, built during the region's firm step
     * from each survivor right after it settles ({@link #indexCash(Enterprise)}), in the order of
     * the region's array, so the index costs no second pass over the firms (cash changes only by
     * the sales themselves, which the draw re-checks): a buyer is then found by a binary search,
     * not a scan of the region per sale.
     */
    void startCashIndex(Region region) {
        if (cashFirms.length < region.firmCount) {
            cashFirms = new Enterprise[region.firms.length];
            cumulativeCash = new double[region.firms.length];
        }
        indexed = 0;
    }

    /** Drops the index's references to firms ({@link FirmsStep}: firms are about to be copied). */
    void clearCashIndex() {
        Arrays.fill(cashFirms, null);
        indexed = 0;
    }

    /** Adds a surviving firm of this month's region step to the cash index. */
    void indexCash(Enterprise f) {
        if (f.cash > 0) {
            double before = indexed == 0 ? 0 : cumulativeCash[indexed - 1];
            cashFirms[indexed] = f;
            cumulativeCash[indexed++] = before + f.cash;
        }
    }

    /**
     * A buyer drawn in proportion to its cash among the firms that can buy (cash above the price,
     * a sector that develops the target's kinds): rejection sampling on the month's cash index,
     * which draws exactly that distribution; a firm whose cash fell since (an earlier buyer of the
     * month) is re-checked and thinned to its cash now. After
     * {@code MAX_TRIES} rejections (few firms can pay) the exact scan decides.
     */
    private Enterprise drawBuyer(Region region, double price, int kinds, Uniform rng) {
        if (indexed > 0) {
            double total = cumulativeCash[indexed - 1];
            for (int t = 0; t < MAX_TRIES; t++) {
                int pick = Arrays.binarySearch(cumulativeCash, 0, indexed, rng.nextDouble() * total);
                int entry = pick >= 0 ? Math.min(pick + 1, indexed - 1) : -pick - 1;
                Enterprise f = cashFirms[entry];
                if (!canBuy(f, price, kinds)) {
                    continue;
                }
                // An earlier buyer of the month has less cash than indexed: thin it to its cash now.
                double indexedCash = cashWhenIndexed(entry);
                if (f.cash >= indexedCash || rng.nextDouble() * indexedCash < f.cash) {
                    return f;
                }
            }
        }
        return scanForBuyer(region, price, kinds, rng.nextDouble());
    }

    /** The cash the firm at {@code entry} of the index had when the index was built (its interval's width). */
    private double cashWhenIndexed(int entry) {
        return cumulativeCash[entry] - (entry == 0 ? 0 : cumulativeCash[entry - 1]);
    }

    /** The firm whose cash interval holds u x (total cash of the eligible firms), or null. */
    private Enterprise scanForBuyer(Region region, double price, int kinds, double u) {
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
