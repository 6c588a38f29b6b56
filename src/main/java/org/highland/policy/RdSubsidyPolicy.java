package org.highland.policy;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.World;
import org.highland.model.random.Draws;

/**
 * R&D subsidy: each January a share of every eligible firm's R&D spend of the previous year is
 * paid back, up to a cap per firm. Firms respond only through their project decisions: they count
 * the grant on each stage's cost (share x cost, at most the cap per year of the stage, while the
 * budget lasts) when valuing projects, so more opportunities pass and fewer projects are stopped. R&D outside projects is routine spend
 * (a fixed share of revenue): the grant on it is a windfall, as no firm decision depends on it.
 */
public record RdSubsidyPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        @Param(unit = "share", min = 0, max = 1, doc = "share of last year's R&D spend paid back") double share,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e5, doc = "cap per firm and year") double capPerFirmMillion,
        @Param(unit = "share", min = 0, max = 1, doc = "minimum R&D share of revenue to qualify") double minRdShare)
        implements PolicySpec {

    /**
     * The grant a firm can expect on a stage of this cost and duration: the share of its cost, but
     * no more than the cap per firm and year over the stage's years. An upper bound: the firm's
     * routine R&D, which may already use up the cap, is not counted, nor is the payment's wait to
     * the next January.
     */
    public double stageGrant(double stageCostMillion, double stageMonths) {
        return Math.min(share * stageCostMillion, capPerFirmMillion * stageMonths / 12.0);
    }

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligible = Eligibility.sectors(sectors);
        return new Instrument() {
            /** The year's claimants, by their place in the region's array (reused from year to year). */
            private int[] claimants = new int[0];

            /**
             * Every claim of the year arrives in January, so when the budget runs out the order of
             * payment decides who goes unpaid: a random order (the account's own stream), not the
             * region's array, whose oldest firms come first.
             */
            @Override
            public void onYearStart(World w, int year) {
                if (claimants.length < home.firmCount()) {
                    claimants = new int[home.firmCount()];
                }
                int count = 0;
                for (int i = 0; i < home.firmCount(); i++) {
                    Enterprise firm = home.firm(i);
                    double rd = firm.rdLastYear();
                    if (eligible[firm.sector.ordinal()] && rd > 0 && rd >= minRdShare * firm.revenueLastYear()) {
                        claimants[count++] = i;
                    }
                }
                Draws.shuffle(claimants, count, account.random());
                for (int c = 0; c < count; c++) {
                    Enterprise firm = home.firm(claimants[c]);
                    account.pay(firm, Math.min(share * firm.rdLastYear(), capPerFirmMillion));
                }
            }

            @Override
            public double expectedStagePayment(World w, Sector sector, ProjectKind kind, int stageIndex,
                                               double stageCostMillion, double stageMonths) {
                return eligible[sector.ordinal()] ? stageGrant(stageCostMillion, stageMonths) : 0;
            }
        };
    }
}
