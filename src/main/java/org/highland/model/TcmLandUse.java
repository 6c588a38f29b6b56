package org.highland.model;

import org.highland.model.spec.TcmCultivationSpec;

/**
 * Growers' land-use decision for TCM herbs. Each year a share rho ({@code landReviewShare}) of the
 * herb area A and of the farmland that could take herbs (the candidate pool C) comes up for
 * review; each reviewed mu goes to herbs with the logit probability
 * <pre>
 *   s = 1 / (1 + exp(-(m_herb - m_grain) / sigma)),   m_herb = price x yield - cost + subsidy x payShare
 * </pre>
 * so the herb area moves to A (1 - rho) + s rho (A + C), a growth of rho (s (A + C) / A - 1). The
 * pool is not observed: it is the one for which the margins without support, s0, reproduce the
 * area's trend g ({@code areaGrowth}, the back-cast), i.e. rho (A + C) / A = (rho + g) / s0. With
 * the subsidy growers expect, the growth is then
 * <pre>
 *   g' = g + (rho + g) (s1 / s0 - 1),
 * </pre>
 * exactly g without support, larger the lower the herb share of reviewed land (the steeper the
 * logit) and the more the budget is expected to pay.
 */
public final class TcmLandUse {
    private TcmLandUse() {
    }

    /** Expected margin of herbs over grain per mu and year, yuan: price x yield - cost + subsidy - grain margin. */
    public static double marginGap(TcmCultivationSpec spec, double yieldTonnesPerMu, double priceYuanPerTonne,
                                   double expectedSubsidyPerMu) {
        return priceYuanPerTonne * yieldTonnesPerMu - spec.cultivationCostYuanPerMu() + expectedSubsidyPerMu
                - spec.grainMarginYuanPerMu();
    }

    /** Herb share of the reviewed land: the logit of the margin gap. */
    public static double herbShare(double marginGap, double scale) {
        return 1.0 / (1.0 + Math.exp(-marginGap / scale));
    }

    /**
     * Annual growth of the herb area when growers expect {@code expectedSubsidyPerMu} yuan per mu a
     * year on top of the market margins at this yield and price.
     */
    public static double areaGrowth(TcmCultivationSpec spec, double yieldTonnesPerMu, double priceYuanPerTonne,
                                    double expectedSubsidyPerMu) {
        double trend = spec.areaGrowth();
        if (expectedSubsidyPerMu == 0) {
            return trend;
        }
        double scale = spec.landUseScaleYuanPerMu();
        double without = herbShare(marginGap(spec, yieldTonnesPerMu, priceYuanPerTonne, 0), scale);
        double with = herbShare(marginGap(spec, yieldTonnesPerMu, priceYuanPerTonne, expectedSubsidyPerMu), scale);
        double reviewed = Math.max(0, spec.landReviewShare() + trend);
        return trend + reviewed * (with / without - 1.0);
    }
}
