package org.highland.model;

import org.highland.model.spec.ParkSpec;

/** An industrial park, or (with a null spec) the "outside any park" remainder of a region. */
public final class Park {
    public final int index;
    public final String name;
    /** Null for the remainder. */
    public final ParkSpec spec;
    int firms;
    /** Firms the park can host; park investment raises it. */
    double capacity;
    /** Shared platforms; park investment adds to them. */
    double platforms;
    double entries;
    double entrantCapital;

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

    /** Park investment: more room and more shared platforms, from now on. */
    public void invest(double extraCapacity, double extraPlatforms) {
        capacity += extraCapacity;
        platforms += extraPlatforms;
    }
}
