package org.highland.policy;

import java.util.Map;
import org.highland.model.Government;
import org.highland.model.Region;
import org.highland.model.World;

/** Opens a budgeted account and binds a mechanism for every policy in every region it covers. */
public final class PolicyInstaller {
    /** The region value that stands for every region. */
    public static final String ALL_REGIONS = "all";

    private PolicyInstaller() {
    }

    public static void install(World world, Map<String, PolicySpec> policies) {
        for (Map.Entry<String, PolicySpec> e : policies.entrySet()) {
            PolicySpec spec = e.getValue();
            for (int r = 0; r < world.regionCount(); r++) {
                Region region = world.region(r);
                if (!ALL_REGIONS.equals(spec.region()) && !spec.region().equals(region.name)) {
                    continue;
                }
                Government gov = region.government();
                Government.Account account = gov.open(e.getKey(), spec.startYear(), spec.endYear(),
                        spec.annualBudgetMillion(), spec.budgetMode());
                gov.bind(account, spec.mechanism(world, region, account));
            }
        }
    }
}
