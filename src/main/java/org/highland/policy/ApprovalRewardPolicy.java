package org.highland.policy;

import java.util.List;
import org.highland.model.BudgetMode;
import org.highland.model.Enterprise;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Project;
import org.highland.model.ProjectKind;
import org.highland.model.Region;
import org.highland.model.Sector;
import org.highland.model.World;

/**
 * Approval rewards: a lump sum when an eligible firm's innovative drug is approved or its class
 * III device registered (Hangzhou: up to 48 million yuan per innovative medicine). Firms count
 * the reward, discounted and weighted by the chance of approval and of the budget paying, when
 * starting and continuing projects.
 */
public record ApprovalRewardPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "reward per innovative drug approved") double innovativeDrugMillion,
        @Param(unit = "million_yuan", min = 0, max = 1e4, doc = "reward per class III device registered") double class3DeviceMillion)
        implements PolicySpec {

    /** The reward for an approval of this kind; other kinds earn nothing. */
    public double reward(ProjectKind kind) {
        return switch (kind) {
            case INNOVATIVE_DRUG -> innovativeDrugMillion;
            case CLASS3_DEVICE -> class3DeviceMillion;
            default -> 0;
        };
    }

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligible = Eligibility.sectors(sectors);
        return new Instrument() {
            @Override
            public void onApproval(World w, Enterprise firm, Project project) {
                if (eligible[firm.sector.ordinal()]) {
                    account.pay(firm, reward(project.kind()));
                }
            }

            @Override
            public double expectedApprovalPayment(World w, Sector sector, ProjectKind kind) {
                return eligible[sector.ordinal()] ? reward(kind) : 0;
            }
        };
    }
}
