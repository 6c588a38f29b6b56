package org.highland.model;

import org.highland.model.random.SplitMix64;
import org.highland.model.random.Uniform;

/**
 * A development project owned by one enterprise. Its stage's duration and outcome are drawn
 * once on entering the stage and then counted down; its firm visits it only in a month with an
 * event and catches up the months skipped in between ({@link Enterprise}), so a quiet month costs
 * nothing.
 * It draws from its own generator, so an extra project in one policy variant does not shift
 * its firm's other draws (common random numbers hold inside the firm). The generator is a
 * SplitMix64 whose 8 bytes of state the project keeps itself (no second object per project).
 */
public final class Project implements Uniform, Cloneable {
    final Route route;
    /**
     * State of the project's own SplitMix64 generator ({@link #random()}) while in development;
     * once launched, the product's peak sales (the bits of the double): launching draws its last
     * number, so the two never hold at the same time and share the 8 bytes.
     */
    private long randomState;
    /** Opportunity quality: the multiple of the route's peak sales the firm expected when starting. */
    double quality = 1.0;
    /**
     * While in development, the months left in the stage; once launched, the months the product
     * has been on the market: both as of the firm's last visit to its projects. Launching ends
     * the stage's countdown, so one int holds either.
     */
    int months;
    /**
     * Index into the route's stages (a route has at most seven): a byte, with the flags, one
     * count for the stage and the market, and the generator sharing its state with the peak
     * sales, keeps the project at 40 bytes (12 of header, 27 of fields). The project keeps no
     * identity of its own (its first firm and number there): no rule or output reads one, and it
     * would take another 8 bytes.
     */
    byte stageIndex;
    boolean willSucceed;
    boolean launched;

    /** A project whose generator starts from {@code seed}, drawing what a {@code new SplitMix64(seed)} draws. */
    Project(Route route, long seed) {
        this.route = route;
        this.randomState = seed;
    }

    /** A copy of the project, generator state included, allocated now ({@link Enterprise#compactCopy}). */
    Project copy() {
        try {
            return (Project) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The project's own generator: the project itself, drawing from the state it keeps. */
    Uniform random() {
        return this;
    }

    /** The project's generator's next uniform on [0, 1), as a SplitMix64 with its state draws it. */
    @Override
    public double nextDouble() {
        randomState = SplitMix64.advance(randomState);
        return SplitMix64.unit(SplitMix64.mix(randomState));
    }

    /** The project's generator's next standard normal (two uniforms, as SplitMix64 draws it). */
    @Override
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return SplitMix64.gaussian(u1, u2);
    }

    public ProjectKind kind() {
        return route.kind;
    }

    /** The current stage; APPROVED once launched. */
    public Stage stage() {
        return launched ? Stage.APPROVED : route.stages[stageIndex];
    }

    /** Expected spend of the current stage as drawn on entry, million yuan. */
    public double stageCostMillion() {
        return launched ? 0 : route.costPerMonth[stageIndex] * months;
    }

    public double quality() {
        return quality;
    }

    public int stageIndex() {
        return stageIndex;
    }

    /**
     * Months left in the stage as of the firm's last visit to its projects: exact when the stage
     * is entered (e.g. in {@link Instrument#onStageEntered}); between visits it omits the months
     * the firm skipped. None once launched.
     */
    public int monthsLeft() {
        return launched ? 0 : months;
    }

    /** Months a launched product has been on the market as of its firm's last visit to its projects (0 before launch). */
    public int monthsOnMarket() {
        return launched ? months : 0;
    }

    /** Peak annual sales of a launched product, million yuan (drawn at launch). */
    public double peakSales() {
        return launched ? Double.longBitsToDouble(randomState) : 0;
    }

    /** Launches the product: its generator's state gives way to its peak sales. */
    void launch(double peakSales) {
        launched = true;
        months = 0;
        randomState = Double.doubleToRawLongBits(peakSales);
    }

    /**
     * Annual sales of a launched product as of its firm's last visit to its projects, million
     * yuan: they ramp to peak over the route's ramp months, peak x m / ramp months in its m-th
     * month on the market, and hold from the last ramp month on (none before the first). Computed
     * rather than stored, as the visits used to set them month by month: the same product, in the
     * same order, so the same bits. While it ramps between visits the firm computes its sales in
     * closed form ({@link PipelineVisit}).
     */
    public double sales() {
        int ramped = launched ? Math.min(months, route.lastRampMonth) : 0;
        return ramped == 0 ? 0 : peakSales() * ramped / route.rampMonths;
    }
}
