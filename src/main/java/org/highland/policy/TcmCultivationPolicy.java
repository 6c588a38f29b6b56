package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * TCM cultivation support: a subsidy per mu of TCM planting area (standardised planting bases),
 * paid on the whole area. Growers act on it through their land-use decision
 * ({@link org.highland.model.TcmLandUse}): the subsidy they can expect, the rate times the share of
 * claims the budget paid last year, is added to the margin of herbs per mu.
 */
public record TcmCultivationPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        @Param(unit = "yuan_per_mu_year", min = 0, max = 1e5, doc = "subsidy per mu of planting area") double subsidyPerMuYuan)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                // The area is a full-scale quantity; budgets are at the model's scale.
                account.payOut(subsidyPerMuYuan * home.tcmPlantingAreaMu() * w.scale / 1e6 / 12.0);
                home.levers().tcmSubsidyPerMu += subsidyPerMuYuan * account.expectedPayShare();
            }
        };
    }
}
