package org.highland.scenario;

import java.util.Map;
import org.highland.model.Param;
import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.EntrySpec;
import org.highland.model.spec.FirmSpec;
import org.highland.model.spec.ModelSpec;
import org.highland.model.spec.RegionSpec;
import org.highland.model.spec.RoutesSpec;
import org.highland.model.spec.SectorsSpec;
import org.highland.model.spec.TalentSpec;
import org.highland.model.spec.TimeSpec;
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
        Map<String, PolicySpec> policies) {

    /** The model's part of the scenario. */
    public ModelSpec model() {
        return new ModelSpec(time, regions, sectors, routes, firms, entry, talent, capital);
    }

    /** The same scenario ending in another year (for quick runs and tests). */
    public Scenario withEndYear(int endYear) {
        return new Scenario(name, description, seed, replications, new TimeSpec(time.startYear(), endYear),
                regions, sectors, routes, firms, entry, talent, capital, policies);
    }

    /** The same scenario with the seed and replications a run actually used. */
    public Scenario withRun(long runSeed, int runReplications) {
        return new Scenario(name, description, runSeed, runReplications, time,
                regions, sectors, routes, firms, entry, talent, capital, policies);
    }
}
