package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.CliRun;
import org.highland.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiment files are checked like scenarios: every problem named with its line, exit 2, nothing written. */
class ExperimentFileTest {
    @TempDir
    Path dir;

    @Test
    void goodFileResolvesDefaultRangesFromParameterRanges() throws Exception {
        ExperimentSpec spec = ExperimentReader.read(SweepFixtures.grid(dir, 2), null);
        assertEquals(List.of(SweepFactor.range("firms.discountRatePerYear", 0.05, 0.2),
                SweepFactor.levels("capital.valueElasticity", new double[] {0, 1})), spec.factors());
        assertEquals(3, spec.outputs().size());
        assertEquals("trial-base", spec.outputs().get(2).scenarioLabel());
        assertEquals(4, Designs.count(spec.method(), spec.factors(), spec.size()));
    }

    /** A grid's size spaces its range factors: one of factors that all list their levels needs none. */
    @Test
    void aGridOfLevelsNeedsNoSizeAndOneWithARangeIsToldToGiveIt() throws Exception {
        String levels = """
                base: %s
                factors:
                  - path: capital.valueElasticity
                    levels: [0, 0.5, 1]
                %s
                design: {method: grid}
                outputs: [{metric: enterprises, area: Zhejiang, year: 2016}]
                """;
        ExperimentSpec spec = ExperimentReader.read(SweepFixtures.write(dir, "levels.yaml",
                levels.formatted(SweepFixtures.BASELINE, "")), null);
        assertEquals(3, Designs.count(spec.method(), spec.factors(), spec.size()));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.read(SweepFixtures.write(dir,
                "range.yaml", levels.formatted(SweepFixtures.BASELINE, "  - path: firms.discountRatePerYear")), null));
        assertTrue(e.getMessage().contains("design.size: expected the number of levels of each range factor in a grid")
                && e.getMessage().contains("Fix: add 'size:' (e.g. size: 5), or give every factor its levels"),
                e.getMessage());
    }

    @Test
    void shippedExperimentsAreValid() throws Exception {
        try (var files = Files.list(Path.of("experiments"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(all.size() >= 3, all.toString());
            for (Path f : all) {
                ExperimentSpec spec = ExperimentReader.read(f, null);
                assertTrue(!spec.factors().isEmpty() && !spec.outputs().isEmpty(), f.toString());
                // A study of a policy's effect names its variant; the check of the levels has none.
                assertEquals(f.getFileName().toString().startsWith("trial-support"), spec.variants().containsKey("trial"),
                        f.toString());
            }
        }
    }

    @Test
    void badFileListsLocatedProblemsExitsTwoAndWritesNothing() throws Exception {
        Path file = SweepFixtures.write(dir, "bad.yaml", """
                base: %s
                factors:
                  - path: firms.discountRatePerYar
                  - path: capital.valueElasticity
                    range: [2, 1]
                design: {method: sobolx, size: 0}
                replicatons: 2
                outputs:
                  - {metric: enterprise, area: Zhejiang, year: 2016}
                """.formatted(SweepFixtures.BASELINE));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, null));
        String m = e.getMessage();
        assertTrue(m.contains("bad.yaml:5:") && m.contains("factors[1].range"), m);
        assertTrue(m.contains("bad.yaml:6:") && m.contains("design.method"), m);
        assertTrue(m.contains("design.size"), m);
        assertTrue(m.contains("bad.yaml:7:") && m.contains("replicatons") && m.contains("replications"), m);

        Path out = dir.resolve("out");
        CliRun run = CliRun.highland("sweep", file.toString(), "--scale", "0.02", "--out", out.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertFalse(Files.exists(out));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "only the experiment file itself");
        }
    }

    @Test
    void unknownParameterMetricAndYearAreLocated() throws Exception {
        Path file = SweepFixtures.write(dir, "semantic.yaml", """
                base: %s
                factors:
                  - path: firms.discountRatePerYar
                design: {method: lhs, size: 4}
                outputs:
                  - {metric: enterprise, area: Zhejiang, year: 2016}
                  - {metric: enterprises, area: Mars, year: 2099}
                """.formatted(SweepFixtures.BASELINE));
        String m = assertThrows(ScenarioException.class, () -> ExperimentReader.read(file, 2020)).getMessage();
        assertTrue(m.contains("semantic.yaml:3:") && m.contains("firms.discountRatePerYear"), m);
        assertTrue(m.contains("semantic.yaml:6:") && m.contains("'enterprise'"), m);
        assertTrue(m.contains("Mars") && m.contains("2099"), m);
    }
}
