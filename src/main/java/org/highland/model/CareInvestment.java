package org.highland.model;

import org.highland.model.spec.ElderlyCareSpec;

/**
 * Operators' decision to open elderly-care institutions. The value of a new bed is
 * <pre>
 *   NPV = a(r, T) x (fee x 12 x occupancy - operating cost + operating subsidy x payShare)
 *         - construction cost + construction subsidy x payShare,
 *   a(r, T) = (1 - (1 + r)^-T) / r,
 * </pre>
 * discounted at the firms' rate r over a bed's life T. Of the potential openings, the share
 * 1 / (1 + exp(-NPV / sigma)) opens, so openings rise with the NPV and pass half of the potential
 * where it turns positive. The potential is set so that without support the openings reproduce
 * the trend's openings: the net growth g ({@code institutionGrowth}, the back-cast) plus the
 * closures c ({@code closureRate}), potential = (g + c) / share(NPV0). With the support operators
 * expect, institutions thus grow at
 * <pre>
 *   g' = g + (g + c) (share(NPV1) / share(NPV0) - 1)
 * </pre>
 * exactly g without support. Support moves openings, not closures: a region whose institutions
 * shrink still opens some, and those respond (until 29 November 2026 the openings were g alone,
 * so support did nothing where g was not positive).
 */
public final class CareInvestment {
    private CareInvestment() {
    }

    /** Present value of 1 yuan a year for {@code years} years at {@code rate}. */
    public static double annuity(double rate, double years) {
        return rate > 0 ? (1.0 - Math.pow(1.0 + rate, -years)) / rate : years;
    }

    /** NPV of a new bed, yuan, with the expected operating subsidy per bed a year and construction subsidy per bed. */
    public static double bedValue(ElderlyCareSpec spec, double discountRate, double operatingSubsidy, double newBedSubsidy) {
        double margin = spec.monthlyFeeYuan() * 12.0 * spec.occupancy() - spec.operatingCostYuanPerBed() + operatingSubsidy;
        return annuity(discountRate, spec.bedLifeYears()) * margin - spec.constructionCostYuanPerBed() + newBedSubsidy;
    }

    /** Share of the potential openings that open: the logit of the NPV per bed. */
    public static double openingShare(double bedValue, double scale) {
        return 1.0 / (1.0 + Math.exp(-bedValue / scale));
    }

    /** Annual growth of the number of institutions with the expected subsidies (yuan per bed a year, per new bed). */
    public static double institutionGrowth(ElderlyCareSpec spec, double discountRate, double operatingSubsidy,
                                           double newBedSubsidy) {
        double trend = spec.institutionGrowth();
        if (operatingSubsidy == 0 && newBedSubsidy == 0) {
            return trend;
        }
        double scale = spec.investmentScaleYuanPerBed();
        double without = openingShare(bedValue(spec, discountRate, 0, 0), scale);
        double with = openingShare(bedValue(spec, discountRate, operatingSubsidy, newBedSubsidy), scale);
        double openings = Math.max(0, trend + spec.closureRate());
        return trend + openings * (with / without - 1.0);
    }
}
