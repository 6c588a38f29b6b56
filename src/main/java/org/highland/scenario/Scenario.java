package org.highland.scenario;

import java.util.Map;
import org.highland.model.Param;
import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.EntrySpec;
import org.highland.model.spec.FirmSpec;
import org.highland.model.spec.LocationSpec;
import org.highland.model.spec.ModelSpec;
import org.highland.model.spec.RegionSpec;
import org.highland.model.spec.RoutesSpec;
import org.highland.model.spec.SectorsSpec;
import org.highland.model.spec.TalentSpec;
import org.highland.model.spec.TaxSpec;
import org.highland.model.spec.TimeSpec;
import org.highland.policy.ParkInvestmentPolicy;
import org.highland.policy.PolicyInstaller;
import org.highland.policy.PolicySpec;

/**
 * A scenario as a planner writes it: every model parameter plus the policies in force. Files
 * give only what differs from the built-in defaults ({@code highland/defaults.yaml}), or from the
 * file they {@code extends}.
 */
public record Scenario(
        String name,
        String description,
        @Param(unit = "seed", min = 0, max = 9.007199254740992E15, doc = "default random seed; --seed overrides")
        long seed,
        @Param(unit = "count", min = 1, max = 100000, doc = "default number of replications; --replications overrides")
        int replications,
        TimeSpec time,
        Map<String, RegionSpec> regions,
        SectorsSpec sectors,
        RoutesSpec routes,
        FirmSpec firms,
        EntrySpec entry,
        TalentSpec talent,
        CapitalSpec capital,
        TaxSpec tax,
        LocationSpec location,
        Map<String, PolicySpec> policies) implements Checked {

    /** Policies must name a region of the scenario (or "all") and, for park investment, its park. */
    @Override
    public void check(Checks checks) {
        checks.require(time.endYear() >= time.startYear(), "time.endYear",
                "a year no earlier than time.startYear (" + time.startYear() + ")", "raise time.endYear");
        checks.require(!capital.nationalCycle().isEmpty(), "capital.nationalCycle",
                "at least one {year, index}", "list the national venture cycle by year");
        for (int i = 1; i < capital.nationalCycle().size(); i++) {
            checks.require(capital.nationalCycle().get(i).year() > capital.nationalCycle().get(i - 1).year(),
                    "capital.nationalCycle[" + i + "].year", "a year after the previous entry's",
                    "list the years in increasing order");
        }
        for (Map.Entry<String, PolicySpec> e : policies.entrySet()) {
            String path = "policies." + e.getKey();
            PolicySpec policy = e.getValue();
            boolean allRegions = PolicyInstaller.ALL_REGIONS.equals(policy.region());
            checks.require(allRegions || regions.containsKey(policy.region()), path + ".region",
                    "\"all\" or one of " + regions.keySet(), "name a region of the scenario");
            checks.require(policy.startYear() <= policy.endYear(), path + ".endYear",
                    "a year no earlier than startYear (" + policy.startYear() + ")", "raise endYear or lower startYear");
            if (policy instanceof ParkInvestmentPolicy park) {
                boolean found = regions.entrySet().stream()
                        .anyMatch(r -> (allRegions || r.getKey().equals(policy.region()))
                                && r.getValue().parks().containsKey(park.park()));
                checks.require(found, path + ".park", "a park of " + (allRegions ? "some region" : policy.region()),
                        "use a name listed under regions." + (allRegions ? "<region>" : policy.region()) + ".parks");
            }
        }
    }

    /** The model's part of the scenario. */
    public ModelSpec model() {
        return new ModelSpec(time, regions, sectors, routes, firms, entry, talent, capital, tax, location);
    }

    /** The same scenario ending in another year (for quick runs and tests). */
    public Scenario withEndYear(int endYear) {
        return new Scenario(name, description, seed, replications, new TimeSpec(time.startYear(), endYear),
                regions, sectors, routes, firms, entry, talent, capital, tax, location, policies);
    }

    /** The same scenario with the seed and replications a run actually used. */
    public Scenario withRun(long runSeed, int runReplications) {
        return new Scenario(name, description, runSeed, runReplications, time,
                regions, sectors, routes, firms, entry, talent, capital, tax, location, policies);
    }
}
