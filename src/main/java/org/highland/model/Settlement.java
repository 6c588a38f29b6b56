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

    /**
     * Closes the firm's month, in which it spent {@code rdMonth} million yuan on R&D; true when it
     * exits (the caller removes it). {@code newYear}: this month opens a year after a simulated
     * one, so the past year closes first. Alone, outside the firms' sweep.
     */
    boolean close(Region region, Enterprise firm, double rdMonth, boolean newYear) {
        MonthTerms terms = new MonthTerms(world).open(region);
        boolean exits = close(terms, firm, rdMonth, newYear);
        terms.close();
        return exits;
    }

    /** {@link #close(Region, Enterprise, double, boolean)} in the firms' sweep, with the region's month in {@code terms}. */
    boolean close(MonthTerms terms, Enterprise firm, double rdMonth, boolean newYear) {
        Region region = terms.region;
        MonthTerms.SectorTerms own = terms.sectors[firm.sector.ordinal()];
        if (newYear) {
            world.corporateTax.closeYear(firm, world.year() - 1);
        }
        payRent(terms, firm);
        settle(terms, own, firm, rdMonth);
        if (newYear) {
            reviewHightech(firm);
        }
        if (!firm.listed) {
            considerListing(terms, own, firm);
        }
        if (firm.monthsNegativeCash >= terms.exitGraceMonths) {
            // Out of cash for too long: a firm holding a pipeline is offered for sale after the
            // firm step (Acquisitions); without one it closes.
            if (CapitalMarket.pipelineValue(firm) > 0) {
                region.addDistressed(firm);
            } else {
                exit(world, region, firm);
            }
            return true;
        }
        if (firm.ageMonths >= firm.exitAgeMonths && lifetimeEnds(firm)) {
            exit(world, region, firm);
            return true;
        }
        return false;
    }

    /** The firm leaves the population; the cash it holds (negative after a failure) leaves with it. */
    static void exit(World world, Region region, Enterprise firm) {
        world.ledger.exitCash += firm.cash;
        region.counters.add(Counter.EXITS, 1);
    }

    /**
     * The operating margin already pays for a site outside any park; a firm in a park pays the
     * park's rent beyond that (negative where the park is cheaper). Subsidies arrive as cash.
     */
    private static void payRent(MonthTerms terms, Enterprise firm) {
        double premium = firm.park.rentPremiumMonth;
        firm.cash -= premium;
        terms.rentPremium += premium;
    }

    private void settle(MonthTerms terms, MonthTerms.SectorTerms own, Enterprise firm, double rdMonth) {
        // The sector's operating margin is before corporate income tax.
        double operating = firm.revenue() / 12.0 * own.operatingMargin;
        double tax = world.corporateTax.settleMonth(firm, operating, rdMonth, own.rdExtraDeduction, terms.taxForegone);
        firm.cash += operating - rdMonth - tax;
        terms.operatingCashFlow += operating;
        terms.rdSpend += rdMonth;
        terms.corporateTax += tax;
        terms.regionCorporateTax += tax;
        firm.monthsNegativeCash = firm.cash < 0 ? Enterprise.months(firm.monthsNegativeCash + 1) : 0;
    }

    /** China's high-tech certification: R&D share of revenue by size band (5 / 4 / 3 %). */
    private void reviewHightech(Enterprise firm) {
        double revenue = firm.revenueLastYear;
        if (revenue <= 0) {
            firm.hightech = false;
            return;
        }
        FirmSpec spec = world.firmSpec;
        double required = revenue < MID_SIZE_MILLION ? spec.hightechRdShareSmall()
                : revenue < LARGE_SIZE_MILLION ? spec.hightechRdShareMid() : spec.hightechRdShareLarge();
        firm.hightech = firm.rdLastYear / revenue >= required;
    }

    /**
     * A firm not yet listed qualifies, waits for its listing, or lists. Whether its sector may list
     * on its pipeline is read (infinity where not) rather than tested: the sectors come in the
     * firms' creation order, a branch the processor cannot foresee.
     */
    private void considerListing(MonthTerms terms, MonthTerms.SectorTerms own, Enterprise firm) {
        if (firm.monthsToListing < 0) {
            boolean bySales = firm.revenue() >= terms.listingRevenueMillion;
            boolean byPipeline = firm.clinicalProjects >= own.listingClinicalProjects;
            if (bySales || byPipeline) {
                FirmSpec spec = world.firmSpec;
                double delay = spec.listingDelayMonths() * terms.region.levers.listingDelayMultiplier;
                firm.monthsToListing = Enterprise.months(Math.max(1, (long) Math.ceil(Draws.exponential(firm.eventRandom(LISTING_DELAY), delay))));
            }
            return;
        }
        if (--firm.monthsToListing > 0) {
            return;
        }
        list(terms.region, firm);
    }

    private void list(Region region, Enterprise firm) {
        FirmSpec spec = world.firmSpec;
        firm.listed = true;
        double raised = Draws.lognormal(firm.eventRandom(IPO_RAISE), spec.ipoRaiseMillion(), world.capitalSpec.dealSigma());
        firm.receive(raised);
        world.ledger.financing += raised;
        region.counters.add(Counter.LISTINGS, 1);
        region.counters.add(Counter.IPO_PROCEEDS, raised);
        region.government.listed(world, firm);
    }

    /** The firm has reached its drawn natural life: true if it ends now. */
    private boolean lifetimeEnds(Enterprise firm) {
        // The outside hazard (closure, sale) strikes small firms; a large one lives on.
        if (firm.revenue() >= world.firmSpec.largeFirmRevenueMillion()) {
            firm.exitAgeMonths = Enterprise.months((long) firm.ageMonths + firm.drawLifetime(firm.eventRandom(LIFETIME + firm.ageMonths)));
            return false;
        }
        return true;
    }
}
