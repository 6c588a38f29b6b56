package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * TCM cultivation support: a subsidy per mu of TCM planting area (standardised planting bases),
 * which speeds the growth of the planted area by {@code areaGrowthPerThousandYuan} a year per
 * 1,000 yuan per mu. The subsidy on the whole area is the outlay; when the budget binds the
 * growth bonus falls with the funded share.
 */
public record TcmCultivationPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100) int startYear,
        @Param(unit = "year", min = 2000, max = 2100) int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        @Param(unit = "yuan_per_mu_year", min = 0, max = 1e5, doc = "subsidy per mu of planting area") double subsidyPerMuYuan,
        @Param(unit = "growth_per_thousand_yuan_per_mu", min = 0, max = 1, doc = "extra annual area growth per 1,000 yuan/mu of subsidy") double areaGrowthPerThousandYuan)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                // The area is a full-scale quantity; budgets are at the model's scale.
                double claim = subsidyPerMuYuan * home.tcmPlantingAreaMu() * w.scale / 1e6 / 12.0;
                double funded = Funding.payOutShare(account, claim);
                home.levers().tcmAreaGrowthBonus += areaGrowthPerThousandYuan * subsidyPerMuYuan / 1000.0 * funded;
            }
        };
    }
}
