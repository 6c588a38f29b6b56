package org.highland.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.highland.model.BudgetMode;
import org.highland.model.CapitalMarket;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Region;
import org.highland.model.Stage;
import org.highland.model.StageFilter;
import org.highland.model.World;

/**
 * Government guidance fund: each month the government commits a twelfth of its annual
 * contribution, social capital adds {@code leverage} times as much, and the fund places public x
 * (1 + leverage) alongside venture capital (after it, in the capital step) in firms of the target
 * sectors with a project in a target stage, weighted as venture capital weighs them. Only the
 * public commitment is an outlay. The social part is new money drawn in by the fund, not taken
 * from the regions' venture pool (whose size the national cycle sets). Money finding no eligible
 * firm waits in the fund for the next month.
 */
public record GuidanceFundPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        List<Stage> stages,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e6, doc = "public contribution a year at full scale") double annualPublicMillion,
        @Param(unit = "ratio", min = 0, max = 20, doc = "social capital drawn in per yuan of public money (the fund places public x (1 + leverage));"
                + " assumption: public money a quarter of the fund (typical 1:4)") double leverage)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligible = Eligibility.sectors(sectors);
        // The stage test reads the stage mask of the firm's pipeline, not its project objects (a test per candidate a month).
        StageFilter targetStages = stages.isEmpty() ? null : new StageFilter(world, EnumSet.copyOf(stages));
        Predicate<Enterprise> target = firm -> eligible[firm.sector.ordinal()]
                && (targetStages == null || firm.hasProjectIn(targetStages));
        return new Instrument() {
            private double undeployed;

            @Override
            public void onFinancing(World w) {
                undeployed += account.payOut(annualPublicMillion * w.scale / 12.0) * (1.0 + leverage);
                undeployed -= CapitalMarket.coInvest(home, undeployed, account.random(), target);
            }
        };
    }
}
