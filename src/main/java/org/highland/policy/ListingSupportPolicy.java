package org.highland.policy;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * Listing support: a lump sum to an eligible firm when it lists, and optionally faster listing
 * (guidance and fast-track services shorten the wait from qualifying to listing, for every firm of
 * the region, since the queue is the exchange's, not the sector's).
 */
public record ListingSupportPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        @Param(unit = "million_yuan", min = 0, max = 1e3, doc = "lump sum per listing") double rewardPerListingMillion,
        @Param(unit = "multiplier", min = 0.05, max = 1, doc = "multiplier on the mean wait from qualifying to listing (1 = no speed-up)") double listingDelayMultiplier)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligible = Eligibility.sectors(sectors);
        return new Instrument() {
            @Override
            public void onMonth(World w) {
                home.levers().listingDelayMultiplier *= listingDelayMultiplier;
            }

            @Override
            public void onListing(World w, Enterprise firm) {
                if (eligible[firm.sector.ordinal()]) {
                    account.pay(firm, rewardPerListingMillion);
                }
            }
        };
    }
}
