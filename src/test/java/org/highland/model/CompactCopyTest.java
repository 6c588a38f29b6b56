package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly compaction's copy of a firm ({@link Enterprise#compactCopy}): every field of the
 * firm, its pipeline and its projects has the same value (bits of doubles included), the mutable
 * parts it owns (arrays, pipeline, projects) are its own, and what firms share (region, park,
 * route, sector) stays shared; a field of another type fails the walk until the test says which
 * it is. Runs with the yearly copies equal runs without them, bit for bit, over every shipped
 * scenario and every policy type with firms moving between regions, and no object of December
 * stays reachable after January.
 */
class CompactCopyTest {
    /** The firm's own mutable objects: the copy must hold copies of them, never the originals. */
    private static final List<Class<?>> OWNED = List.of(Pipeline.class, Project.class);
    /**
     * What firms share and the copy must share too. A field of any other type fails the walk
     * until it is added to one of the two lists: someone must decide whether the copy owns it.
     */
    private static final List<Class<?>> SHARED = List.of(Sector.class, Region.class, Park.class, Route.class);

    @Test
    void aCopyHoldsEqualValuesAndSharesNothingMutable() throws IllegalAccessException {
        Scenario scenario = Scenarios.load(Path.of("scenarios/combined.yaml"), List.of("time.endYear=2019"));
        HighlandSim sim = ModelRuns.start(scenario, 0.05, scenario.seed(), 0);
        ModelRuns.run(sim, scenario.time().months() - 1, world -> { });
        int withPipeline = 0;
        int withSalesPath = 0;
        int withLosses = 0;
        int firms = 0;
        World world = sim.world();
        for (int r = 0; r < world.regionCount(); r++) {
            Region region = world.region(r);
            for (int i = 0; i < region.firmCount(); i++) {
                Enterprise firm = region.firm(i);
                assertCopied(firm, firm.compactCopy(), "firm " + firm.id());
                firms++;
                withPipeline += firm.pipeline != null ? 1 : 0;
                withSalesPath += firm.pipeline != null && firm.pipeline.salesPath != null ? 1 : 0;
                withLosses += firm.tax().lastYearTaxable < 0 ? 1 : 0;
            }
        }
        assertTrue(firms > 1000, "firms compared: " + firms);
        assertTrue(withPipeline > 100, "firms with a pipeline: " + withPipeline);
        assertTrue(withSalesPath > 0, "firms with a ramping product: " + withSalesPath);
        assertTrue(withLosses > 10, "firms carrying a loss: " + withLosses);
    }

    /** Every policy type, in force from the start, with cheap moves between regions. */
    private static final String ALL_POLICIES = """
            policies:
              rdSubsidy: {type: rd-subsidy, region: all, annualBudgetMillion: 1000, share: 0.1}
              trial: {type: clinical-trial-support, region: all, annualBudgetMillion: 800, costShare: 0.3, phase1MaxMillion: 5, phase2MaxMillion: 10, phase3MaxMillion: 30}
              approval: {type: approval-reward, region: all, annualBudgetMillion: 300, innovativeDrugMillion: 48, class3DeviceMillion: 5}
              rebate: {type: talent-tax-rebate, region: all, annualBudgetMillion: 2000, refundShareLeading: 1.0}
              programme: {type: talent-programme, region: all, annualBudgetMillion: 100, placesPerYear: 50}
              park: {type: park-investment, region: Zhejiang, park: Qiantang Pharmaceutical Port, annualBudgetMillion: 600, rentSubsidyPerFirmMillion: 0.1}
              fund: {type: guidance-fund, region: all, annualBudgetMillion: 500, annualPublicMillion: 300}
              listing: {type: listing-support, region: all, annualBudgetMillion: 100, rewardPerListingMillion: 3, listingDelayMultiplier: 0.5}
              vbp: {type: volume-based-procurement, region: all, priceCut: 0.5}
              tcm: {type: tcm-cultivation-support, region: Zhejiang, annualBudgetMillion: 200, subsidyPerMuYuan: 200}
              care: {type: elderly-care-subsidy, region: Zhejiang, annualBudgetMillion: 1000, operatingSubsidyPerBedYuan: 1200}
              reform: {type: review-reform, region: all, clinicalMonthsMultiplier: 0.8, reviewMonthsMultiplier: 0.8}
              deduction: {type: rd-super-deduction, region: all, extraDeductionShare: 1.0}
            """;
    private static final String[] CHEAP_MOVES = {"location.regionMoveCostMillion=0.5", "location.relocationReviewShare=0.05"};

    @TempDir
    Path dir;

    /** Every shipped scenario, past 2023 when their policies start. */
    @Test
    void everyShippedScenarioRunsTheSameWithAndWithoutCopies() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("scenarios"))) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 9, "scenario files: " + files);
        for (Path file : files) {
            assertSameResults(file.toString(), Scenarios.load(file, List.of("time.endYear=2026")));
        }
    }

    /**
     * Every policy type in force, and firms moving between regions (in January too): a
     * hand-over, an instrument or a financing round that kept an old object would show.
     */
    @Test
    void everyPolicyTypeWithMovesBetweenRegionsRunsTheSame() {
        Scenario scenario = ModelRuns.scenario(dir, "all", ALL_POLICIES, concat("time.endYear=2020", CHEAP_MOVES));
        assertSameResults("every policy type", scenario);
        Scenario churn = ModelRuns.scenario(dir, "churn", ALL_POLICIES, "time.endYear=2019",
                "location.regionMoveCostMillion=0.1", "location.relocationReviewShare=1");
        assertSameResults("every firm reviewing its location monthly", churn);
    }

    /**
     * After January's firm step no firm, loss array, pipeline, project array, project or sales
     * path of December is reachable: nothing holds an old object (with the copies switched off
     * some 2,300 of them stay).
     */
    @Test
    void noObjectOfDecemberStaysReachableAfterJanuary() {
        Scenario scenario = ModelRuns.scenario(dir, "reach", ALL_POLICIES, concat("time.endYear=2017", CHEAP_MOVES));
        HighlandSim sim = ModelRuns.start(scenario, 0.05, scenario.seed(), 0);
        // Through December 2016 (month 23).
        ModelRuns.run(sim, 24, w -> { });
        List<WeakReference<Object>> december = new ArrayList<>();
        World world = sim.world();
        for (int r = 0; r < world.regionCount(); r++) {
            Region region = world.region(r);
            for (int i = 0; i < region.firmCount(); i++) {
                ownedObjects(region.firm(i), december);
            }
        }
        ModelRuns.run(sim, 1, w -> { });
        for (int g = 0; g < 3; g++) {
            System.gc();
        }
        int reachable = 0;
        String example = null;
        for (WeakReference<Object> ref : december) {
            Object o = ref.get();
            if (o != null) {
                reachable++;
                example = example != null ? example : o.getClass().getSimpleName() + (o instanceof Enterprise e ? " " + e.id() : "");
            }
        }
        assertTrue(december.size() > 1000, "objects followed: " + december.size());
        assertEquals(0, reachable, "objects of December still reachable after January, e.g. " + example);
    }

    private static void ownedObjects(Enterprise firm, List<WeakReference<Object>> into) {
        into.add(new WeakReference<>(firm));
        Object losses = field(TaxPosition.class, "losses", firm);
        if (losses != null) {
            into.add(new WeakReference<>(losses));
        }
        Pipeline pl = firm.pipeline;
        if (pl != null) {
            into.add(new WeakReference<>(pl));
            into.add(new WeakReference<>(pl.projects));
            if (pl.salesPath != null) {
                into.add(new WeakReference<>(pl.salesPath));
            }
            for (int k = 0; k < firm.projectCount; k++) {
                into.add(new WeakReference<>(pl.projects[k]));
            }
        }
    }

    private static Object field(Class<?> type, String name, Object of) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(of);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static void assertSameResults(String label, Scenario scenario) {
        ModelRuns.assertSameBits(label, run(scenario, false), "without copies", run(scenario, true), "with copies");
    }

    private static ReplicationResult run(Scenario scenario, boolean compactYearly) {
        HighlandSim sim = ModelRuns.start(scenario, 0.05, scenario.seed(), 0);
        sim.world().compactYearly = compactYearly;
        ModelRuns.run(sim, scenario.time().months(), w -> { });
        if (scenario.name().equals("all") || scenario.name().equals("churn")) {
            double movedIn = 0;
            double guidance = 0;
            for (int r = 0; r < sim.world().regionCount(); r++) {
                movedIn += sim.world().region(r).counters().get(Counter.FIRMS_MOVED_IN);
                guidance += sim.world().region(r).counters().get(Counter.GUIDANCE_FUND_INVESTMENT);
            }
            // The features the comparison is about did happen.
            assertTrue(movedIn > 100, scenario.name() + ": too few moves between regions: " + movedIn);
            assertTrue(guidance > 0, scenario.name() + ": no guidance-fund investment");
        }
        ReplicationResult result = sim.result();
        sim.finish();
        return result;
    }

    /** Walks every instance field of {@code original}'s classes, comparing it with the copy's. */
    private static void assertCopied(Object original, Object copy, String path) throws IllegalAccessException {
        assertNotSame(original, copy, path + " is the same object");
        assertSame(original.getClass(), copy.getClass(), path);
        for (Class<?> c = original.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                assertValue(field.getType(), field.get(original), field.get(copy), path + "." + field.getName());
            }
        }
    }

    private static void assertValue(Class<?> type, Object original, Object copy, String path) throws IllegalAccessException {
        if (type.isPrimitive()) {
            // Boxed by reflection: Double.equals compares the bits, as the model's runs do.
            assertEquals(original, copy, path);
        } else if (original == null || copy == null) {
            assertSame(original, copy, path);
        } else if (type.isArray()) {
            assertNotSame(original, copy, path + " is shared");
            assertEquals(Array.getLength(original), Array.getLength(copy), path + " length");
            Class<?> element = type.getComponentType();
            for (int i = 0; i < Array.getLength(original); i++) {
                assertValue(element, Array.get(original, i), Array.get(copy, i), path + "[" + i + "]");
            }
        } else if (OWNED.contains(type)) {
            assertCopied(original, copy, path);
        } else if (SHARED.contains(type)) {
            assertSame(original, copy, path + " should be shared");
        } else {
            fail(path + " is of type " + type.getName() + ": add it to OWNED (copied) or SHARED in this test,"
                    + " and copy it in Enterprise.compactCopy if the firm owns it");
        }
    }
}
