package org.highland.model;

import org.highland.model.random.Draws;
import org.highland.model.random.Uniform;
import org.highland.model.spec.LocationSpec;

/**
 * The location choice of one region: a multinomial logit over its parks and "outside any park",
 * used by entrants and by relocating firms. Once a month ({@link #update}) it sets every park's
 * rent (with congestion), growth bonus (agglomeration) and stage-cost factor (platforms), and the
 * utility of each location:
 * <pre>
 *   V_p = asc_p + b_rent * (rent_p - subsidy_p) + b_platform * platforms_p
 *         + b_density * ln(1 + D_p / D_ref) + b_vacancy * ln(free places_p)     (parks)
 *   V_0 = asc_0 + b_rent * rent_0                                                (outside)
 * </pre>
 * with densities and free places in full-scale firms, so behaviour does not depend on the scale.
 * The constants are set once from the start state without policy ({@link #anchor}) so that the
 * start-year odds of park p against outside are its {@code entryWeight}. A full park is not in
 * the choice set. The region's entry follows the logsum L = ln sum exp(V_p):
 * entrants x exp(lambda (L_t - L_0)) (nested logit, lambda = {@code inclusiveValueWeight}).
 */
public final class ParkChoice {
    private final Region region;
    private final LocationSpec spec;
    private final Park[] parks;
    private final double outsideRent;
    private final double[] asc;
    /** An incumbent's constant: ln(entryWeight) less the start attributes (no size term, see below). */
    private final double[] stayConstant;
    private final double[] observed;
    private final double[] utility;
    private final double[] weight;
    private final double[] scratch;
    private double logsum;
    private double startLogsum;

    ParkChoice(Region region, LocationSpec spec) {
        this.region = region;
        this.spec = spec;
        this.parks = region.parks;
        this.outsideRent = spec.outsideRentMillion() * region.spec.costOfLiving();
        this.asc = new double[parks.length];
        this.stayConstant = new double[parks.length];
        this.observed = new double[parks.length];
        this.utility = new double[parks.length];
        this.weight = new double[parks.length];
        this.scratch = new double[parks.length];
    }

    /**
     * Sets the constants from the populated start state, before any policy acts: subsidies 0,
     * platforms and capacity as specified. A park full at the start is scored with one free place.
     */
    void anchor() {
        double scale = region.world.scale;
        for (Park park : parks) {
            double rent = baseRent(park, Park.occupancy(park.firms, park.capacity));
            double start = attributes(park, rent, park.isRemainder() ? 0 : park.spec.platforms());
            double size = 0;
            if (!park.isRemainder()) {
                size = spec.vacancyUtility() * Math.log(Math.max(1.0, park.spec.capacityFirms() - park.firms / scale));
            }
            double odds = park.isRemainder() ? 1.0 : park.spec.entryWeight();
            asc[park.index] = Math.log(odds) - start - size;
            stayConstant[park.index] = Math.log(odds) - start;
        }
        update();
        startLogsum = logsum;
    }

    /** Monthly: the parks' rent, growth bonus and cost factor, the utilities and the logsum. */
    void update() {
        double scale = region.world.scale;
        double[] subsidy = region.levers.parkRentSubsidy;
        double total = 0;
        for (Park park : parks) {
            int p = park.index;
            double rent = baseRent(park, Park.occupancy(park.firms, park.capacity));
            park.rent = rent;
            park.rentPremiumMonth = park.isRemainder() ? 0 : (rent - outsideRent) / 12.0;
            park.growthBonus = park.isRemainder() ? 0 : park.spec.growthBonus()
                    + spec.agglomerationElasticity() * Park.agglomeration(park.density(scale), spec.referenceDensityFirms());
            park.stageCostFactor = Park.stageCostFactor(park.platforms, spec);
            observed[p] = attributes(park, rent - subsidy[p], park.platforms);
            double v = asc[p] + observed[p];
            if (!park.isRemainder()) {
                v += park.hasRoom() ? spec.vacancyUtility() * Math.log(park.vacancy(scale)) : 0;
            }
            utility[p] = v;
            weight[p] = park.hasRoom() ? Math.exp(v) : 0;
            total += weight[p];
        }
        logsum = Math.log(total);
    }

    /**
     * Multiplier on the region's expected entrants: exp(lambda (L_t - L_0 + extra)), where
     * {@code extraUtility} is what else a founder gains in the region against the start, in the
     * same utility units (early financing, {@link EntryProcess}).
     */
    double entryFactor(double extraUtility) {
        return Math.exp(spec.inclusiveValueWeight() * (logsum - startLogsum + extraUtility));
    }

    /** An entrant's park: logit over the parks with room now (one uniform). */
    int chooseForEntrant(Uniform rng) {
        for (int p = 0; p < parks.length; p++) {
            scratch[p] = parks[p].hasRoom() ? weight[p] : 0;
        }
        return Draws.categorical(rng, scratch);
    }

    /**
     * A reviewing firm's location: staying against every other location with room, whose utility
     * is lowered by the moving cost (one uniform). Staying is valued at the location's start odds
     * plus the change of its attributes since the start: the free places (the size term) count
     * for those who look for a site, while a firm that has one is reached by a filling park
     * through its rising rent. At the start, movers thus go where entrants go.
     */
    int chooseForIncumbent(Enterprise firm, Uniform rng) {
        double moving = spec.movingCostUtility();
        Park current = firm.park;
        for (int p = 0; p < parks.length; p++) {
            Park park = parks[p];
            if (park == current) {
                scratch[p] = Math.exp(stayConstant[p] + observed[p]);
            } else {
                scratch[p] = park.hasRoom() ? Math.exp(utility[p] - moving) : 0;
            }
        }
        return Draws.categorical(rng, scratch);
    }

    private double baseRent(Park park, double occupancy) {
        return park.isRemainder() ? outsideRent : Park.congestedRent(park.spec.rentMillion(), occupancy, spec);
    }

    /** The observed part of a location's utility apart from vacancy. */
    private double attributes(Park park, double netRent, double platforms) {
        if (park.isRemainder()) {
            return spec.rentUtility() * netRent;
        }
        double density = Park.agglomeration(park.density(region.world.scale), spec.referenceDensityFirms());
        return attributeUtility(spec, netRent, platforms, density);
    }

    /** b_rent x rent after subsidy + b_platform x platforms + b_density x ln(1 + D / D_ref). */
    static double attributeUtility(LocationSpec spec, double netRent, double platforms, double agglomeration) {
        return spec.rentUtility() * netRent + spec.platformUtility() * platforms + spec.densityUtility() * agglomeration;
    }

    /** The region's outside rent: {@code outsideRentMillion} x cost of living, per firm and year. */
    public double outsideRent() {
        return outsideRent;
    }

    /** Choice probability of each location this month (0 for a full park). */
    public double share(int park) {
        double total = 0;
        for (int p = 0; p < parks.length; p++) {
            total += parks[p].hasRoom() ? weight[p] : 0;
        }
        return parks[park].hasRoom() && total > 0 ? weight[park] / total : 0;
    }

    public double logsum() {
        return logsum;
    }

    public double startLogsum() {
        return startLogsum;
    }
}
