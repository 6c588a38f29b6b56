package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.TalentTier;
import org.highland.model.World;

/**
 * Talent income-tax rebate: the income tax a talent pays beyond {@code thresholdShare} of income
 * is refunded at a tier's share (Hangzhou, Nov 2020: 80-100 % of the part above 15 %). The refund
 * goes to the talents, never to a firm's cash: it raises their after-tax wage
 * ({@link Region#afterTaxWage}), on which talent chooses its region. The refunds to the region's
 * whole pool at its current wages are the outlay; when the budget binds, the refund is cut to
 * what is paid.
 */
public record TalentTaxRebatePolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        @Param(unit = "share", min = 0, max = 1, doc = "tax burden (share of income) above which tax is refunded") double thresholdShare,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the excess refunded to leading talents") double refundShareLeading,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the excess refunded to senior R&D staff") double refundShareSenior,
        @Param(unit = "share", min = 0, max = 1, doc = "share of the excess refunded to skilled staff") double refundShareSkilled)
        implements PolicySpec {

    /** Share of a tier's income tax refunded when the tax is {@code taxRate} of income. */
    public double rebateShare(TalentTier tier, double taxRate) {
        double refund = switch (tier) {
            case LEADING -> refundShareLeading;
            case SENIOR_RD -> refundShareSenior;
            case SKILLED -> refundShareSkilled;
        };
        return taxRate > thresholdShare ? refund * (taxRate - thresholdShare) / taxRate : 0;
    }

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        double[] tax = world.spec.talent().effectiveTaxRate().toArray();
        double[] share = new double[TalentTier.COUNT];
        // Read once: values() copies the array on every call, and onMonth runs every month.
        TalentTier[] tiers = TalentTier.values();
        for (TalentTier t : tiers) {
            share[t.ordinal()] = rebateShare(t, tax[t.ordinal()]);
        }
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                double claim = 0;
                for (TalentTier t : tiers) {
                    double people = home.talent(t) * w.scale;
                    if (people > 0) {
                        // thousand yuan a year -> million yuan a month
                        claim += people * home.wage(t) / 1000.0 * tax[t.ordinal()] * share[t.ordinal()] / 12.0;
                    }
                }
                double funded = Funding.payOutShare(account, claim);
                double[] lever = home.levers().taxRebateShare;
                for (int t = 0; t < TalentTier.COUNT; t++) {
                    lever[t] = Math.min(1.0, lever[t] + share[t] * funded);
                }
            }
        };
    }
}
