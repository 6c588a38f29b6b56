package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.spec.FirmSpec;

/**
 * The end of a firm's month, applied right after its step (so each firm is visited once a month):
 * cash settles (operating margin less R&D less corporate income tax, {@link CorporateTax}; in
 * January the past tax year closes first), January reviews high-tech status, the firm lists
 * when it qualifies, and it exits at the end of its drawn natural life or after too many months
 * of negative cash; in the latter case a firm holding a pipeline is offered for sale first
 * ({@link Acquisitions}).
 */
public final class Settlement {
    private static final double MID_SIZE_MILLION = 50;
    /** Salts of the one-off generators a firm's listing draws from. */
    private static final long LISTING_DELAY = 0x4C49535444454CL;
    private static final long IPO_RAISE = 0x49504F524149L;
    private static final long LIFETIME = 0x4C49464554494D45L;
    private static final double LARGE_SIZE_MILLION = 200;
    private final World world;

    public Settlement(World world) {
        this.world = world;
    }

    /** Closes the firm's month; true when it exits (the caller removes it). */
    boolean close(Region region, Enterprise firm) {
        return close(region, firm, firm.table, firm.row());
    }

    /** {@link #close(Region, Enterprise)} for the firm whose state is row {@code r} of {@code t}. */
    boolean close(Region region, Enterprise firm, FirmTable t, int r) {
        // The first January has no previous year to close or review.
        boolean newYear = world.monthOfYear() == 0 && world.month() > 0;
        if (newYear) {
            world.corporateTax.closeYear(firm, world.year() - 1);
        }
        int b = r * FirmTable.DOUBLES;
        int k = r * FirmTable.INTS;
        Park park = region.parks[t.n[k + FirmTable.PARK]];
        payRent(park, t, b);
        settle(region, t, r, b, k);
        if (newYear) {
            reviewHightech(firm);
        }
        if ((t.n[k + FirmTable.FLAGS] & FirmTable.LISTED) == 0) {
            considerListing(region, firm, t, b, k);
        }
        if (t.n[k + FirmTable.MONTHS_NEGATIVE_CASH] >= world.firmSpec.exitGraceMonths()) {
            // Out of cash for too long: a firm holding a pipeline is offered for sale after the
            // firm step (Acquisitions); without one it closes.
            if (CapitalMarket.pipelineValue(firm) > 0) {
                region.addDistressed(firm);
            } else {
                exit(world, region, firm);
            }
            return true;
        }
        if (t.n[k + FirmTable.AGE_MONTHS] >= t.n[k + FirmTable.EXIT_AGE_MONTHS] && lifetimeEnds(firm)) {
            exit(world, region, firm);
            return true;
        }
        return false;
    }

    /** The firm leaves the population; the cash it holds (negative after a failure) leaves with it. */
    static void exit(World world, Region region, Enterprise firm) {
        world.ledger.exitCash += firm.cash();
        region.counters.add(Counter.EXITS, 1);
    }

    /**
     * The operating margin already pays for a site outside any park; a firm in a park pays the
     * park's rent beyond that (negative where the park is cheaper). Subsidies arrive as cash.
     */
    private void payRent(Park park, FirmTable t, int b) {
        double premium = park.rentPremiumMonth;
        t.d[b + FirmTable.CASH] -= premium;
        world.ledger.rentPremium += premium;
    }

    private void settle(Region region, FirmTable t, int r, int b, int k) {
        double[] d = t.d;
        double rd = d[b + FirmTable.RD_MONTH];
        // The sector's operating margin is before corporate income tax.
        double operating = (d[b + FirmTable.BASE_REVENUE] + d[b + FirmTable.PRODUCT_REVENUE]) / 12.0
                * world.sectors[t.n[k + FirmTable.SECTOR]].operatingMargin();
        double tax = world.corporateTax.settleMonth(region, t, r, operating, rd, region.taxForegone);
        d[b + FirmTable.CASH] += operating - rd - tax;
        world.ledger.operatingCashFlow += operating;
        world.ledger.rdSpend += rd;
        world.ledger.corporateTax += tax;
        region.counters.add(Counter.CORPORATE_TAX, tax);
        t.n[k + FirmTable.MONTHS_NEGATIVE_CASH] = d[b + FirmTable.CASH] < 0 ? t.n[k + FirmTable.MONTHS_NEGATIVE_CASH] + 1 : 0;
    }

    /** China's high-tech certification: R&D share of revenue by size band (5 / 4 / 3 %). */
    private void reviewHightech(Enterprise firm) {
        double revenue = firm.revenueLastYear;
        if (revenue <= 0) {
            firm.setFlag(FirmTable.HIGHTECH, false);
            return;
        }
        FirmSpec spec = world.firmSpec;
        double required = revenue < MID_SIZE_MILLION ? spec.hightechRdShareSmall()
                : revenue < LARGE_SIZE_MILLION ? spec.hightechRdShareMid() : spec.hightechRdShareLarge();
        firm.setFlag(FirmTable.HIGHTECH, firm.rdLastYear / revenue >= required);
    }

    /** An unlisted firm that qualifies starts its listing; one under way counts down and lists. */
    private void considerListing(Region region, Enterprise firm, FirmTable t, int b, int k) {
        FirmSpec spec = world.firmSpec;
        if (t.n[k + FirmTable.MONTHS_TO_LISTING] < 0) {
            boolean bySales = t.d[b + FirmTable.BASE_REVENUE] + t.d[b + FirmTable.PRODUCT_REVENUE] >= spec.listingRevenueMillion();
            boolean byPipeline = t.n[k + FirmTable.SECTOR] == Sector.INNOVATIVE_DRUG.ordinal()
                    && t.n[k + FirmTable.CLINICAL_PROJECTS] >= spec.listingClinicalProjects();
            if (bySales || byPipeline) {
                double delay = spec.listingDelayMonths() * region.levers.listingDelayMultiplier;
                t.n[k + FirmTable.MONTHS_TO_LISTING] = Math.max(1, (int) Math.ceil(Draws.exponential(firm.eventRandom(LISTING_DELAY), delay)));
            }
            return;
        }
        if (--t.n[k + FirmTable.MONTHS_TO_LISTING] > 0) {
            return;
        }
        t.n[k + FirmTable.FLAGS] |= FirmTable.LISTED;
        double raised = Draws.lognormal(firm.eventRandom(IPO_RAISE), spec.ipoRaiseMillion(), world.capitalSpec.dealSigma());
        firm.receive(raised);
        world.ledger.financing += raised;
        region.counters.add(Counter.LISTINGS, 1);
        region.counters.add(Counter.IPO_PROCEEDS, raised);
        region.government.listed(world, firm);
    }

    /** The firm's drawn life is over: a small firm exits; a large one draws another. */
    private boolean lifetimeEnds(Enterprise firm) {
        // The outside hazard (closure, sale) strikes small firms; a large one lives on.
        if (firm.revenue() >= world.firmSpec.largeFirmRevenueMillion()) {
            int age = firm.ageMonths();
            firm.setCount(FirmTable.EXIT_AGE_MONTHS, age + firm.drawLifetime(firm.eventRandom(LIFETIME + age)));
            return false;
        }
        return true;
    }
}
