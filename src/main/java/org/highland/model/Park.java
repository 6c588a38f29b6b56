package org.highland.model;

import org.highland.model.spec.LocationSpec;
import org.highland.model.spec.ParkSpec;

/**
 * An industrial park, or (with a null spec) the "outside any park" remainder of a region. Its
 * monthly state (rent, growth bonus, stage-cost factor) is set by {@link ParkChoice} once per
 * region and month and read by the firms located here.
 */
public final class Park {
    public final int index;
    public final String name;
    /** Null for the remainder. */
    public final ParkSpec spec;
    int firms;
    /** Firms the park can host, at model scale; park investment raises it. */
    double capacity;
    /** Shared platforms; park investment adds to them. */
    double platforms;
    double entries;
    double entrantCapital;
    /** Cumulative firms that moved in and out, at model scale. */
    double relocationsIn;
    double relocationsOut;

    /** Rent of a site here this month, before subsidy, million yuan per firm and year. */
    double rent;
    /** What a firm here pays each month beyond the region's outside rent (already in its margin). */
    double rentPremiumMonth;
    /** Agglomeration and park-specific growth of the firms here, per year. */
    double growthBonus;
    /** Multiplier on the monthly cost of the projects of firms here (shared platforms). */
    double stageCostFactor = 1.0;

    /** {@code scale} thins the capacity like the firms, so a full park binds at any scale. */
    Park(int index, String name, ParkSpec spec, double scale) {
        this.index = index;
        this.name = name;
        this.spec = spec;
        this.capacity = spec == null ? Double.POSITIVE_INFINITY : spec.capacityFirms() * scale;
        this.platforms = spec == null ? 0 : spec.platforms();
    }

    public boolean isRemainder() {
        return spec == null;
    }

    public String city() {
        return spec == null ? null : spec.city();
    }

    public int firms() {
        return firms;
    }

    public double capacity() {
        return capacity;
    }

    public double platforms() {
        return platforms;
    }

    /** Cumulative entrants, at model scale. */
    public double entries() {
        return entries;
    }

    /** Registered capital of cumulative entrants, million yuan at model scale. */
    public double entrantCapital() {
        return entrantCapital;
    }

    public double relocationsIn() {
        return relocationsIn;
    }

    public double relocationsOut() {
        return relocationsOut;
    }

    /** Rent of a site this month before subsidy, million yuan per firm and year. */
    public double rent() {
        return rent;
    }

    /** Growth added to the revenue growth of firms here this month, per year. */
    public double growthBonus() {
        return growthBonus;
    }

    /** Multiplier on the project stage costs of firms here (1 = no platform saving). */
    public double stageCostFactor() {
        return stageCostFactor;
    }

    /** Firms here at full scale, the density that agglomeration and choice read. */
    double density(double scale) {
        return firms / scale;
    }

    /** Free places at full scale (infinite outside any park). */
    double vacancy(double scale) {
        return (capacity - firms) / scale;
    }

    boolean hasRoom() {
        return firms < capacity;
    }

    /** Park investment: more room and more shared platforms, from now on. */
    public void invest(double extraCapacity, double extraPlatforms) {
        capacity += extraCapacity;
        platforms += extraPlatforms;
    }

    /** Firms over capacity, 0 outside any park and 1 for a park without room. */
    static double occupancy(int firms, double capacity) {
        if (Double.isInfinite(capacity)) {
            return 0;
        }
        return capacity > 0 ? firms / capacity : 1;
    }

    /** Rent with congestion: base x (1 + rise x occupancy^power), occupancy capped at 1. */
    static double congestedRent(double baseRent, double occupancy, LocationSpec spec) {
        double u = Math.max(0, Math.min(1, occupancy));
        return baseRent * (1.0 + spec.congestionRentRise() * Math.pow(u, spec.congestionExponent()));
    }

    /**
     * Agglomeration: ln(1 + density / reference), which grows like ln(density) for dense parks
     * (the elasticity form of the urban-economics literature) and is 0 for an empty park, so a
     * near-empty park is never worse than outside any park.
     */
    static double agglomeration(double densityFirms, double referenceFirms) {
        return Math.log1p(Math.max(0, densityFirms) / referenceFirms);
    }

    /** Share of stage costs left after the platforms' saving, capped. */
    static double stageCostFactor(double platforms, LocationSpec spec) {
        return 1.0 - Math.min(spec.platformCostSavingCap(), spec.platformCostSaving() * Math.max(0, platforms));
    }
}
