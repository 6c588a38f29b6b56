package org.highland.model;

import java.util.Arrays;

/**
 * Monthly levers through which instruments act on region-level mechanisms. The policy step
 * resets them to neutral and every active instrument then sets its own; mechanisms read them.
 */
public final class Levers {
    /** Multiplier on entry per sector. */
    public final double[] entryMultiplier = new double[Sector.COUNT];
    /** Rent subsidy paid to each firm of a park this month, million yuan per firm and year (index = park). */
    public final double[] parkRentSubsidy;
    /** Share of income tax above the threshold refunded, per talent tier. */
    public final double[] taxRebateShare = new double[TalentTier.COUNT];
    /** Extra inflow of talent per tier, people per month (talent programmes). */
    public final double[] talentInflow = new double[TalentTier.COUNT];
    /** Multiplier on the launch price of new generic products (volume-based procurement). */
    public double genericPriceIndex;
    /** Extra deduction from taxable profit per yuan of R&D, per sector (R&D super-deduction). */
    public final double[] rdExtraDeduction = new double[Sector.COUNT];
    /** Extra monthly revenue growth per sector (e.g. elderly-care or TCM support). */
    public final double[] growthBonus = new double[Sector.COUNT];
    /** Subsidy per mu a year TCM growers expect: rate times the budget's expected pay share (yuan). */
    public double tcmSubsidyPerMu;
    /** Operating subsidy per bed a year care operators expect: rate times expected pay share (yuan). */
    public double careOperatingSubsidyPerBed;
    /** Construction subsidy per new bed care operators expect: rate times expected pay share (yuan). */
    public double careNewBedSubsidy;
    /** Multiplier on the mean wait from qualifying to listing (listing support). */
    public double listingDelayMultiplier;
    /** Multiplier on the mean months of a stage entered now, per project kind and stage (review reform). */
    private final double[] stageMonthsMultiplier = new double[ProjectKind.COUNT * Stage.COUNT];

    Levers(int parks) {
        parkRentSubsidy = new double[parks];
        reset();
    }

    void reset() {
        Arrays.fill(entryMultiplier, 1.0);
        Arrays.fill(parkRentSubsidy, 0.0);
        Arrays.fill(taxRebateShare, 0.0);
        Arrays.fill(talentInflow, 0.0);
        Arrays.fill(growthBonus, 0.0);
        Arrays.fill(rdExtraDeduction, 0.0);
        genericPriceIndex = 1.0;
        tcmSubsidyPerMu = 0;
        careOperatingSubsidyPerBed = 0;
        careNewBedSubsidy = 0;
        listingDelayMultiplier = 1.0;
        Arrays.fill(stageMonthsMultiplier, 1.0);
    }

    public void scaleStageMonths(ProjectKind kind, Stage stage, double multiplier) {
        stageMonthsMultiplier[stageIndex(kind, stage)] *= multiplier;
    }

    double stageMonthsMultiplier(ProjectKind kind, Stage stage) {
        return stageMonthsMultiplier[stageIndex(kind, stage)];
    }

    private static int stageIndex(ProjectKind kind, Stage stage) {
        return kind.ordinal() * Stage.COUNT + stage.ordinal();
    }
}
