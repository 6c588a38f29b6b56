package org.highland.policy;

import org.highland.model.BudgetMode;
import org.highland.model.Government;
import org.highland.model.Instrument;
import org.highland.model.Param;
import org.highland.model.Park;
import org.highland.model.Region;
import org.highland.model.World;

/**
 * Park investment: building out a park adds room for firms and shared platforms (CRO/CDMO,
 * animal, GMP pilot); a rent subsidy is paid monthly to each firm in the park. None of them acts
 * on attraction directly: entrants and relocating firms weigh the park's free places, platforms
 * and rent after subsidy in their location choice (model.ParkChoice), and the platforms cut the
 * stage costs of the firms there. The construction cost is claimed each January until paid;
 * capacity and platforms arrive in proportion to what is paid, so a tight budget spreads the
 * build over several years. Rent subsidies come out of what is left; the subsidy firms see in
 * their choice is what the budget actually pays.
 */
public record ParkInvestmentPolicy(
        String region,
        @Param(unit = "year", min = 2000, max = 2100, doc = "first year in force (from January)") int startYear,
        @Param(unit = "year", min = 2000, max = 2100, doc = "last year in force (to December)") int endYear,
        @Param(unit = "million_yuan_per_year", min = 0, max = 1e7, doc = "annual budget per region at full scale") double annualBudgetMillion,
        BudgetMode budgetMode,
        String park,
        @Param(unit = "firms", min = 0, max = 1e6, doc = "extra firms the park can host at full scale") double extraCapacityFirms,
        @Param(unit = "platforms", min = 0, max = 100, doc = "extra shared platforms") double extraPlatforms,
        @Param(unit = "million_yuan", min = 0, max = 1e6, doc = "construction cost of the extra capacity and platforms at full scale") double investmentMillion,
        @Param(unit = "million_yuan_per_firm_year", min = 0, max = 100, doc = "rent subsidy paid to each firm in the park") double rentSubsidyPerFirmMillion)
        implements PolicySpec {

    @Override
    public Instrument mechanism(World world, Region home, Government.Account account) {
        Park target = find(home);
        if (target == null) {
            if (PolicyInstaller.ALL_REGIONS.equals(region)) {
                return new Instrument() {
                };
            }
            throw new IllegalArgumentException("park-investment: region " + home.name + " has no park named '" + park + "'");
        }
        double cost = investmentMillion * world.scale;
        return new Instrument() {
            private double unpaid = cost;
            private boolean built;

            @Override
            public void onYearStart(World w, int year) {
                if (built) {
                    return;
                }
                double share = 1.0;
                if (cost > 0) {
                    double paid = account.payOut(unpaid);
                    unpaid -= paid;
                    share = paid / cost;
                }
                built = unpaid <= 1e-9 * Math.max(1.0, cost);
                // Capacity is counted in model-scale firms, like the park's firms.
                target.invest(extraCapacityFirms * w.scale * share, extraPlatforms * share);
            }

            @Override
            public void onMonth(World w) {
                double perFirm = rentSubsidyPerFirmMillion / 12.0;
                if (perFirm <= 0 || target.firms() == 0) {
                    return;
                }
                double paid = 0;
                // The park's firms in the region's order, found in the dense park-index array.
                for (int i = 0; i < home.firmCount(); i++) {
                    if (home.firmInPark(i, target)) {
                        paid += account.pay(home.firm(i), perFirm);
                    }
                }
                // The subsidy a firm can count on is what the budget paid per firm this month.
                home.levers().parkRentSubsidy[target.index] += 12.0 * paid / target.firms();
            }
        };
    }

    private Park find(Region home) {
        for (int p = 0; p < home.parkCount(); p++) {
            if (!home.park(p).isRemainder() && home.park(p).name.equals(park)) {
                return home.park(p);
            }
        }
        return null;
    }
}
