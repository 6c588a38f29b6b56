package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The yearly compaction's copy of a firm ({@link Enterprise#compactCopy}): every field of the
 * firm, its pipeline and its projects has the same value (bits of doubles included), the mutable
 * parts it owns (arrays, pipeline, projects) are its own, and what firms share (region, park,
 * route, sector) stays shared. A field added later is covered too, since the walk reads the
 * classes' fields. And a run with the yearly copies equals one without them, bit for bit.
 */
class CompactCopyTest {
    /** The firm's own mutable objects: the copy must hold copies of them, never the originals. */
    private static final List<Class<?>> OWNED = List.of(Pipeline.class, Project.class);

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

    @Test
    void aRunWithYearlyCopiesEqualsOneWithoutBitForBit() {
        for (String file : List.of("scenarios/baseline.yaml", "scenarios/combined.yaml")) {
            Scenario scenario = Scenarios.load(Path.of(file), List.of("time.endYear=2022"));
            ReplicationResult compacted = run(scenario, true);
            ReplicationResult kept = run(scenario, false);
            int compared = 0;
            for (int m = 0; m < kept.metrics().size(); m++) {
                for (int a = 0; a < kept.areas().size(); a++) {
                    for (int y = kept.firstYear(); y <= kept.lastYear(); y++) {
                        long expected = Double.doubleToLongBits(kept.value(m, a, y));
                        long actual = Double.doubleToLongBits(compacted.value(m, a, y));
                        if (expected != actual) {
                            fail(file + ": " + kept.metrics().get(m) + " in " + kept.areas().get(a) + " " + y
                                    + ": with copies " + compacted.value(m, a, y) + ", without " + kept.value(m, a, y));
                        }
                        compared++;
                    }
                }
            }
            assertTrue(compared > 1000, file + ": too few values compared: " + compared);
        }
    }

    private static ReplicationResult run(Scenario scenario, boolean compactYearly) {
        HighlandSim sim = ModelRuns.start(scenario, 0.05, scenario.seed(), 0);
        sim.world().compactYearly = compactYearly;
        ModelRuns.run(sim, scenario.time().months(), w -> { });
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
        } else {
            assertSame(original, copy, path + " should be shared");
        }
    }
}
