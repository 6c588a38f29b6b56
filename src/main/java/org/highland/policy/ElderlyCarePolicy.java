package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * Elderly-care bed and institution subsidies: an operating subsidy per bed a year and a
 * construction subsidy per new bed. The operating subsidy makes running an institution pay,
 * so institutions grow faster by {@code institutionGrowthPerThousandYuan} a year per 1,000 yuan
 * per bed; new beds are paid the month after they open. When the budget binds, the growth bonus
 * falls with the funded share of the operating subsidy.
 */
public record ElderlyCarePolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100) int startYear,
        @Param(unit = "year", min = 2000, max = 2100) int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        @Param(unit = "yuan_per_bed_year", min = 0, max = 1e6, doc = "operating subsidy per bed") double operatingSubsidyPerBedYuan,
        @Param(unit = "yuan_per_bed", min = 0, max = 1e6, doc = "construction subsidy per new bed") double newBedSubsidyYuan,
        @Param(unit = "growth_per_thousand_yuan_per_bed", min = 0, max = 1, doc = "extra annual institution growth per 1,000 yuan a year of operating subsidy per bed") double institutionGrowthPerThousandYuan)
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
                double claim = operatingSubsidyPerBedYuan * beds * w.scale / 1e6 / 12.0;
                double funded = Funding.payOutShare(account, claim);
                home.levers().elderlyInstitutionGrowthBonus += institutionGrowthPerThousandYuan * operatingSubsidyPerBedYuan / 1000.0 * funded;
            }
        };
    }
}
