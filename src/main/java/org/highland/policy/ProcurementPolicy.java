package org.highland.policy;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.World;

/**
 * Volume-based procurement and insurance price policy: generic drugs launched while it is in
 * force sell at {@code 1 - priceCut} of the free price, which firms foresee when choosing what to
 * develop (the innovative route gains relative to the generic one); optionally the established
 * business of firms in the target sectors loses {@code revenueCut} of its revenue, spread evenly
 * (in log terms) over the first {@code phaseInYears} as tenders reach their products. A price
 * policy costs the government nothing here (the insurance fund's savings are not modelled).
 */
public record ProcurementPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale (unused: no outlay)") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        @Param(unit = "share", min = 0, max = 0.99, doc = "cut in the price of newly launched generic drugs") double priceCut,
        @Param(unit = "share", min = 0, max = 0.99, doc = "share of the target sectors' established revenue lost") double revenueCut,
        @Param(unit = "year", min = 1, max = 30, doc = "years over which the revenue cut arrives") double phaseInYears)
        implements PolicySpec {

    /** Annual growth rate that, compounded monthly over the phase-in, removes {@code revenueCut}. */
    public double annualRevenueDrift() {
        return 12.0 * (Math.pow(1.0 - revenueCut, 1.0 / (12.0 * phaseInYears)) - 1.0);
    }

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligible = Eligibility.sectors(sectors);
        double drift = annualRevenueDrift();
        // Read once: values() copies the array on every call, and onMonth runs every month.
        Sector[] all = Sector.values();
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                home.levers().genericPriceIndex *= 1.0 - priceCut;
                int monthsIn = (w.year() - startYear) * 12 + w.monthOfYear();
                if (monthsIn < 12.0 * phaseInYears) {
                    for (Sector s : all) {
                        if (eligible[s.ordinal()]) {
                            home.levers().growthBonus[s.ordinal()] += drift;
                        }
                    }
                }
            }
        };
    }
}
