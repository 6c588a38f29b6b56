package org.highland.experiment.compare;

/**
 * What a variant bought in one region by a horizon year, against its base: means over paired
 * replications of cumulative or end-of-horizon differences.
 *
 * @param variant                variant name
 * @param region                 province
 * @param year                   horizon year
 * @param baseOutlayMillion      the base's public outlay, summed over the years up to the horizon, million yuan
 * @param extraOutlayMillion     extra public outlay, summed over the same years, million yuan
 * @param extraOutputBillion     extra biomedicine output, summed over the same years, billion yuan
 * @param extraApprovals         extra innovative drug approvals over the same years, count
 * @param extraEnterprises       extra firms alive at the end of the horizon year, count
 * @param extraLeadingTalents    extra leading talents at the end of the horizon year, count
 * @param replications           number of paired replications
 * @param intervals              90 % intervals across the replications of each quantity and ratio
 * @param spillOverOnly          the variant changes no instrument that pays in this region (see
 *                               {@link VariantReach}), so any change of its outlay is spill-over
 *                               and no ratio is given
 */
public record CostEffectivenessRow(String variant, String region, int year, double baseOutlayMillion,
                                   double extraOutlayMillion,
                                   double extraOutputBillion, double extraApprovals, double extraEnterprises,
                                   double extraLeadingTalents, int replications, Intervals intervals,
                                   boolean spillOverOnly) {
    /** A row of a region the variant acts in. */
    public CostEffectivenessRow(String variant, String region, int year, double baseOutlayMillion,
                                double extraOutlayMillion, double extraOutputBillion, double extraApprovals,
                                double extraEnterprises, double extraLeadingTalents, int replications,
                                Intervals intervals) {
        this(variant, region, year, baseOutlayMillion, extraOutlayMillion, extraOutputBillion, extraApprovals,
                extraEnterprises, extraLeadingTalents, replications, intervals, false);
    }

    /**
     * The 5th-95th percentile interval of each quantity over the paired replications, and of each
     * ratio computed replication by replication (amount of that replication over its own extra
     * outlay). A ratio's interval is undefined when the outlay did not change in some replication
     * ({@link #outlayChanged()} applied to that replication), since one near-zero outlay would
     * make it meaningless. The point ratios above are ratios of means; they usually but not
     * necessarily lie inside the per-replication ratio interval.
     */
    public record Intervals(Interval extraOutlay, Interval extraOutput, Interval extraApprovals,
                            Interval extraEnterprises, Interval extraLeadingTalents, Interval outputPerYuan,
                            Interval approvalsPer100m, Interval enterprisesPer100m, Interval leadingTalentsPer100m) {
    }

    /** The reason for no ratio in a region the variant does not act in. */
    public static final String SPILL_OVER = "the variant changes no instrument that pays here: its outlay moved by spill-over";

    /** Million yuan in the "100 million yuan" unit planners use (yi). */
    private static final double MILLION_PER_100M = 100.0;
    /**
     * Below this share of the base's outlay a difference in outlay is spill-over noise (a region
     * without the policy still pays its own instruments to a slightly different set of firms), and
     * a ratio to it would be huge and meaningless.
     */
    public static final double MIN_OUTLAY_SHARE = 0.001;

    /** Yuan of extra output per yuan of extra outlay (= 100 M yuan of output per 100 M yuan). */
    public double outputPerYuan() {
        return per100m(extraOutputBillion * 1000.0 / MILLION_PER_100M);
    }

    /** Extra innovative drug approvals per 100 million yuan of extra outlay. */
    public double approvalsPer100m() {
        return per100m(extraApprovals);
    }

    /** Extra firms per 100 million yuan of extra outlay. */
    public double enterprisesPer100m() {
        return per100m(extraEnterprises);
    }

    /** Extra leading talents per 100 million yuan of extra outlay. */
    public double leadingTalentsPer100m() {
        return per100m(extraLeadingTalents);
    }

    /**
     * Whether the variant's outlay differs from the base's by enough to divide by: at least 0.1 %
     * of the base's outlay, and in the same direction in the replications' 90 % interval (a
     * region that only feels spill-over pays a little more in some histories and less in others).
     */
    public boolean outlayChanged() {
        return ratioNote().isEmpty();
    }

    /** Why the ratios are left empty, or "" when they are given. */
    public String ratioNote() {
        if (extraOutlayMillion == 0) {
            return "no extra outlay";
        }
        if (spillOverOnly) {
            return SPILL_OVER;
        }
        if (!outlayChanged(extraOutlayMillion, baseOutlayMillion)) {
            return "extra outlay below 0.1 % of the base's: spill-over noise";
        }
        Interval outlay = intervals == null ? Interval.NONE : intervals.extraOutlay();
        if (replications > 1 && !(outlay.p05() > 0 || outlay.p95() < 0)) {
            return "extra outlay within noise: its 90 % interval spans 0";
        }
        return "";
    }

    /** Whether an extra outlay is large enough against the base's outlay to divide by. */
    static boolean outlayChanged(double extraOutlayMillion, double baseOutlayMillion) {
        return extraOutlayMillion != 0 && Math.abs(extraOutlayMillion) >= MIN_OUTLAY_SHARE * Math.abs(baseOutlayMillion);
    }


    /**
     * An amount per 100 million yuan of extra outlay; NaN unless {@link #outlayChanged()}. A
     * variant that spends less (a cut) gives the amount lost per 100 M yuan saved.
     */
    private double per100m(double amount) {
        return outlayChanged() ? amount / (extraOutlayMillion / MILLION_PER_100M) : Double.NaN;
    }
}
