package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.TalentTier;
import org.highland.model.World;

/**
 * Talent programme: a number of places a year for talents recruited from outside the four
 * regions, each with a grant. The recruits join the region's pool of the tier month by month;
 * grants are the outlay, and places go unfilled when the budget binds.
 */
public record TalentProgrammePolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        TalentTier tier,
        @Param(unit = "people_per_year", min = 0, max = 1e6, doc = "places filled a year at full scale") double placesPerYear,
        @Param(unit = "million_yuan", min = 0, max = 1e3, doc = "grant per recruited talent") double grantPerTalentMillion)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                double places = placesPerYear / 12.0;
                double funded = Funding.payOutShare(account, places * w.scale * grantPerTalentMillion);
                // The talent market scales the lever (full-scale people) to the model's scale.
                home.levers().talentInflow[tier.ordinal()] += places * funded;
            }
        };
    }
}
