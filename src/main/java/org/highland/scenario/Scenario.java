package org.highland.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.highland.model.Param;
import org.highland.model.Sector;
import org.highland.model.spec.CapitalSpec;
import org.highland.model.spec.EntrySpec;
import org.highland.model.spec.FirmSpec;
import org.highland.model.spec.LocationSpec;
import org.highland.model.spec.ModelSpec;
import org.highland.model.spec.RegionSpec;
import org.highland.model.spec.RouteSpec;
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
        @Param(unit = "share", min = 0.0001, max = 1, doc = "default share of real firms simulated, outputs reported"
                + " at full scale; --scale overrides")
        double scale,
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
    /** What a policy name may look like. */
    public static final String POLICY_NAME = "[A-Za-z][A-Za-z0-9_-]{0,63}";

    /** Policies must name a region of the scenario (or "all") and, for park investment, its park. */
    @Override
    public void check(Checks checks) {
        checks.require(time.endYear() >= time.startYear(), "time.endYear",
                "a year no earlier than time.startYear (" + time.startYear() + "), got " + time.endYear(), "raise time.endYear");
        checks.require(!capital.nationalCycle().isEmpty(), "capital.nationalCycle",
                "at least one {year, index}", "list the national venture cycle by year");
        for (int i = 1; i < capital.nationalCycle().size(); i++) {
            checks.require(capital.nationalCycle().get(i).year() > capital.nationalCycle().get(i - 1).year(),
                    "capital.nationalCycle[" + i + "].year", "a year after the previous entry's",
                    "list the years in increasing order");
        }
        checkModelInvariants(checks);
        for (Map.Entry<String, PolicySpec> e : policies.entrySet()) {
            String path = "policies." + e.getKey();
            // Policy names become metric and file names (policy_outlay.<name>), so they stay identifiers.
            checks.require(e.getKey().matches(POLICY_NAME), "policies",
                    "policy names of letters, digits, '_' and '-' starting with a letter (at most 64), got '"
                            + e.getKey() + "'", "rename the policy, e.g. zhejiangTrialSupport");
            PolicySpec policy = e.getValue();
            boolean allRegions = PolicyInstaller.ALL_REGIONS.equals(policy.region());
            checks.require(allRegions || regions.containsKey(policy.region()), path + ".region",
                    "\"all\" or one of " + regions.keySet() + ", got '" + policy.region() + "'",
                    Wording.didYouMean(policy.region(), regions.keySet(), "name a region of the scenario"));
            // The end year found is named: a policy that states only a late startYear keeps its
            // type's default endYear (2035), a field its author never wrote.
            checks.require(policy.startYear() <= policy.endYear(), path + ".endYear",
                    "a year no earlier than startYear (" + policy.startYear() + "), got " + policy.endYear(),
                    "raise endYear or lower startYear");
            List<String> sectorNames = Arrays.stream(Sector.values()).map(Sector::name).toList();
            for (int i = 0; i < policy.sectors().size(); i++) {
                String sector = policy.sectors().get(i);
                // An unknown name would silently make the policy target no firm.
                checks.require(sectorNames.contains(sector), path + ".sectors[" + i + "]",
                        "one of " + sectorNames + ", got '" + sector + "'",
                        Wording.didYouMean(sector, sectorNames, "use one of the listed sectors, spelled exactly"));
            }
            if (policy instanceof ParkInvestmentPolicy park) {
                boolean found = regions.entrySet().stream()
                        .anyMatch(r -> (allRegions || r.getKey().equals(policy.region()))
                                && r.getValue().parks().containsKey(park.park()));
                List<String> parks = regions.entrySet().stream()
                        .filter(r -> allRegions || r.getKey().equals(policy.region()))
                        .flatMap(r -> r.getValue().parks().keySet().stream()).toList();
                checks.require(found, path + ".park", "a park of " + (allRegions ? "some region" : policy.region())
                        + ", one of: " + String.join(", ", parks) + "; got '" + park.park() + "'",
                        Wording.didYouMean(park.park(), parks, "use one of the listed parks, or add the park under regions."
                                + (allRegions ? "<region>" : policy.region()) + ".parks"));
            }
        }
    }

    /**
     * What the ranges alone do not catch and the model would turn into a silently wrong result or
     * a crash: a route without stages, and shares that are all zero where something must be drawn
     * from them (a weighted draw over zero weights quietly picks the last sector).
     */
    private void checkModelInvariants(Checks checks) {
        String[] routeNames = {"innovativeDrug", "genericDrug", "class3Device", "otherDevice", "tcmProduct"};
        RouteSpec[] routeSpecs = routes.toArray();
        for (int i = 0; i < routeSpecs.length; i++) {
            checks.require(!routeSpecs[i].stages().isEmpty(), "routes." + routeNames[i] + ".stages",
                    "at least one stage", "list the route's stages, e.g. as in the defaults");
        }
        for (Map.Entry<String, RegionSpec> e : regions.entrySet()) {
            String path = "regions." + e.getKey();
            RegionSpec r = e.getValue();
            checks.require(r.initialFirms() == 0 || r.firmShares().sum() > 0, path + ".firmShares",
                    "at least one share above 0 (the region starts with " + r.initialFirms() + " firms)",
                    "give each sector its share of the region's firms");
            checks.require(r.initialOutputBillion() == 0 || r.outputShares().sum() > 0, path + ".outputShares",
                    "at least one share above 0", "give each sector its share of the region's output");
            checks.require(r.entryPerYear() == 0 || r.entryShares().sum() > 0, path + ".entryShares",
                    "at least one share above 0 (the region has entrants)", "give each sector its share of entrants");
            // Review of a share rho a year can shrink the herb area by at most rho (every reviewed mu
            // leaving herbs): a faster decline has no candidate pool that reproduces it (TcmLandUse).
            if (r.tcmCultivation() != null) {
                double review = r.tcmCultivation().landReviewShare();
                checks.require(r.tcmCultivation().areaGrowth() >= -review, path + ".tcmCultivation.areaGrowth",
                        "at least -landReviewShare (" + -review + "): the area can shrink at most by the share reviewed a year",
                        "raise areaGrowth or raise tcmCultivation.landReviewShare");
            }
        }
    }

    /** The model's part of the scenario. */
    public ModelSpec model() {
        return new ModelSpec(time, regions, sectors, routes, firms, entry, talent, capital, tax, location);
    }

    /** The same scenario ending in another year (for quick runs and tests). */
    public Scenario withEndYear(int endYear) {
        return new Scenario(name, description, seed, replications, scale, new TimeSpec(time.startYear(), endYear),
                regions, sectors, routes, firms, entry, talent, capital, tax, location, policies);
    }

    /** The same scenario with the seed and replications a run actually used. */
    public Scenario withRun(long runSeed, int runReplications) {
        return new Scenario(name, description, runSeed, runReplications, scale, time,
                regions, sectors, routes, firms, entry, talent, capital, tax, location, policies);
    }

    /** The same scenario with the scale a run actually used (--scale over the file's). */
    public Scenario withScale(double runScale) {
        return new Scenario(name, description, seed, replications, runScale, time,
                regions, sectors, routes, firms, entry, talent, capital, tax, location, policies);
    }
}
