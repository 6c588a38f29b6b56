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
 * R&D super-deduction, a tax expenditure: an eligible firm deducts {@code extraDeductionShare} of
 * its R&D spend from taxable profit on top of the spend itself (Caishui [2015] No. 119: 50 %;
 * Caishui [2018] No. 99: 75 %; MOF/SAT Announcement 2021 No. 13: 100 % for manufacturers). It
 * acts through the corporate income tax ({@link org.highland.model.CorporateTax}): a profitable
 * firm pays less tax; a loss-making firm gets no cash, its deduction enlarges the loss it carries
 * forward. The tax foregone is the outlay, so cost-effectiveness sees it. A tax expenditure has no
 * budget: the default budget is too large to bind. A finite budget acts as a quota: once this
 * year's foregone tax reaches it, the deduction is withdrawn from the next month to year end.
 */
public record RdSuperDeductionPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e12, doc = "quota on the tax foregone per region and year at full scale (default too large to bind: a tax expenditure has no budget)") double annualBudgetMillion,
        BudgetMode budgetMode,
        List<String> sectors,
        @Param(unit = "share", min = 0, max = 5, doc = "extra deduction from taxable profit per yuan of R&D spend") double extraDeductionShare)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        boolean[] eligible = Eligibility.sectors(sectors);
        return new Instrument() {
            /** This month's extra deduction share per sector (0 once a quota is spent). */
            private final double[] granted = new double[Sector.COUNT];

            @Override
            public void onMonth(World w) {
                boolean open = account.remainingThisYear() > 0;
                for (int i = 0; i < Sector.COUNT; i++) {
                    granted[i] = open && eligible[i] ? extraDeductionShare : 0;
                    home.levers().rdExtraDeduction[i] += granted[i];
                }
            }

            @Override
            public void onTaxForegone(World w, double[] foregoneBySector) {
                // Overlapping deductions share a sector's foregone tax in proportion to their shares.
                double claim = 0;
                double[] total = home.levers().rdExtraDeduction;
                for (int i = 0; i < Sector.COUNT; i++) {
                    if (granted[i] > 0 && total[i] > 0) {
                        claim += foregoneBySector[i] * granted[i] / total[i];
                    }
                }
                account.payOut(claim);
            }
        };
    }
}
