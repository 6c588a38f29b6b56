package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * Elderly-care bed and institution subsidies: an operating subsidy per bed a year and a
 * construction subsidy per new bed (paid the month after the beds open). Operators act on them
 * through their opening decision ({@link org.highland.model.CareInvestment}): both rates, times
 * the share of claims the budget paid last year, enter the NPV of a new bed.
 */
public record ElderlyCarePolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        @Param(unit = "yuan_per_bed_year", min = 0, max = 1e6, doc = "operating subsidy per bed") double operatingSubsidyPerBedYuan,
        @Param(unit = "yuan_per_bed", min = 0, max = 1e6, doc = "construction subsidy per new bed") double newBedSubsidyYuan)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        return new Instrument() {
            private double bedsBefore = Double.NaN;

            @Override
            public void onMonth(World w) {
                // Beds are full-scale quantities; budgets are at the model's scale.
                double beds = home.elderlyBeds();
                if (!Double.isNaN(bedsBefore) && beds > bedsBefore) {
                    account.payOut(newBedSubsidyYuan * (beds - bedsBefore) * w.scale / 1e6);
                }
                bedsBefore = beds;
                account.payOut(operatingSubsidyPerBedYuan * beds * w.scale / 1e6 / 12.0);
                double payShare = account.expectedPayShare();
                home.levers().careOperatingSubsidyPerBed += operatingSubsidyPerBedYuan * payShare;
                home.levers().careNewBedSubsidy += newBedSubsidyYuan * payShare;
            }
        };
    }
}
