package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highland.run.CliRun;
import org.highland.run.HighlandSim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

/** {@code highland bench --against}: another build in the same JVM, replications in pairs; timings are not judged here. */
class BenchAgainstTest {
    /** This build's classes folder (or jar), loaded a second time as "the other build". */
    private static Path thisBuild() {
        return BuildComparison.thisBuild();
    }

    @Test
    void theLoadedBuildsClassesAreItsOwnAndItsLibrariesThisBuilds() throws Exception {
        try (LoadedBuild.ChildFirstLoader loader = new LoadedBuild.ChildFirstLoader(thisBuild().toUri().toURL())) {
            Class<?> otherSim = Class.forName(HighlandSim.class.getName(), false, loader);
            assertNotEquals(HighlandSim.class, otherSim);
            assertSame(loader, otherSim.getClassLoader());
            assertSame(SimState.class, Class.forName(SimState.class.getName(), false, loader));
        }
    }

    @Test
    void highlandsClassesAndResourcesNeverFallBackToThisBuild(@TempDir Path build) throws Exception {
        Files.createDirectories(build.resolve("highland"));
        Files.writeString(build.resolve("highland/defaults.yaml"), "other: build\n");
        try (LoadedBuild.ChildFirstLoader loader = new LoadedBuild.ChildFirstLoader(build.toUri().toURL())) {
            URL defaults = loader.getResource("highland/defaults.yaml");
            assertNotNull(defaults);
            assertEquals(build.resolve("highland/defaults.yaml"), Path.of(defaults.toURI()));
            // This build has targets.csv and HighlandSim; the other build has neither, so neither is found.
            assertNull(loader.getResource("highland/targets.csv"));
            assertFalse(loader.getResources("highland/targets.csv").hasMoreElements());
            assertThrows(ClassNotFoundException.class, () -> Class.forName(HighlandSim.class.getName(), false, loader));
            assertNotNull(loader.getResource("picocli/CommandLine.class"), "libraries come from this build");
        }
    }

    @Test
    void pairsTheSameReplicationsOfBothBuildsInOneJvmAndGivesTheRatiosInterval() {
        CliRun run = benchAgainstThisBuild(0);
        assertEquals(2, run.out.lines().filter(l -> l.startsWith("pair ")).count(), run.out);
        assertTrue(run.out.contains("(mean of two each, this, other, other, this)")
                && run.out.contains("(mean of two each, other, this, this, other)"), run.out);
        Matcher against = Pattern.compile("this build / the other: ([0-9.]+) \\(95 % interval ([0-9.]+)-([0-9.]+)\\) over 2 pairs"
                + " in one JVM \\(its interval leaves out the variation between JVMs\\); ").matcher(run.out);
        assertTrue(against.find(), run.out);
        double mean = Double.parseDouble(against.group(1));
        assertTrue(Double.parseDouble(against.group(2)) <= mean && mean <= Double.parseDouble(against.group(3)), run.out);
        // The same code with the same seed simulates the same firms: the other build really ran the replications.
        assertTrue(run.out.contains("both builds simulated the same firm-months in every pair"), run.out);
    }

    @Test
    void forksRunThePairsInFreshJvmsAndTakeTheIntervalOverTheForks() {
        CliRun run = benchAgainstThisBuild(2);
        assertEquals(2, run.out.lines().filter(l -> l.startsWith("fork 1 pair ")).count(), run.out);
        assertEquals(2, run.out.lines().filter(l -> l.startsWith("fork 2 pair ")).count(), run.out);
        assertTrue(Pattern.compile("this build / the other: [0-9.]+ \\(95 % interval [0-9.]+-[0-9.]+\\) over 2 forks of 2 pairs each; ")
                .matcher(run.out).find(), run.out);
        assertTrue(run.out.contains("both builds simulated the same firm-months in every pair"), run.out);
    }

    /** Two pairs at scale 0.01 against this build loaded a second time, in {@code forks} JVMs (0: this one). */
    private static CliRun benchAgainstThisBuild(int forks) {
        CliRun run = CliRun.highland("bench", "--against", thisBuild().toString(), "--scale", "0.01", "--replications", "2",
                "--forks", Integer.toString(forks));
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        return run;
    }

    @Test
    void theRatioIsAGeometricMeanWithAStudentInterval() {
        BuildComparison.Ratio symmetric = BuildComparison.Ratio.ofPairs(new double[] {0.5, 2.0});
        assertEquals(1.0, symmetric.mean(), 1e-12);
        assertEquals(1.0, symmetric.low() * symmetric.high(), 1e-9);
        // log 2 = sd / sqrt(2) * t(1, 0.975) = 12.706 * log 2: the interval's top is 2^12.706.
        assertEquals(Math.pow(2, 12.7062), symmetric.high(), symmetric.high() * 1e-4);
        assertTrue(symmetric.verdict().contains("cannot be told apart"), symmetric.verdict());

        BuildComparison.Ratio steady = BuildComparison.Ratio.ofPairs(new double[] {0.8, 0.8, 0.8});
        assertEquals(0.8, steady.low(), 1e-12);
        assertEquals(0.8, steady.high(), 1e-12);
        assertTrue(steady.verdict().startsWith("this build is faster") && steady.verdict().contains("80 %"), steady.verdict());
        assertTrue(BuildComparison.Ratio.ofPairs(new double[] {1.2, 1.25, 1.3}).verdict().startsWith("this build is slower"));

        BuildComparison.Ratio single = BuildComparison.Ratio.ofPairs(new double[] {0.9});
        assertTrue(Double.isNaN(single.low()) && single.verdict().contains("at least 2"), single.verdict());

        // Over forks each fork's geometric mean is one observation: (0.5, 2) and (1, 1) are two forks of ratio 1.
        BuildComparison.Ratio forks = BuildComparison.Ratio.ofForks(java.util.List.of(new double[] {0.5, 2.0}, new double[] {1.0, 1.0}));
        assertEquals(1.0, forks.mean(), 1e-12);
        assertEquals(1.0, forks.low(), 1e-12);
        assertEquals(2, forks.units());
        BuildComparison.Ratio apart = BuildComparison.Ratio.ofForks(java.util.List.of(new double[] {0.9, 0.9}, new double[] {0.4}));
        assertEquals(0.6, apart.mean(), 1e-12);
        assertTrue(apart.summary("").contains("over 2 forks; "), apart.summary(""));
    }

    @Test
    void benchRefusesAMissingBuildAndOptionsItCannotCombine(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.highland("bench", "--against", dir.resolve("nowhere.jar").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode, missing.toString());
        assertTrue(missing.err.contains("--against") && missing.err.contains("nowhere.jar") && missing.err.contains("Fix:"), missing.err);

        CliRun notABuild = CliRun.highland("bench", "--against", dir.toString(), "--scale", "0.01");
        assertEquals(ExitCodes.BAD_INPUT, notABuild.exitCode, notABuild.toString());
        assertTrue(notABuild.err.contains("not a Highland build"), notABuild.err);

        CliRun oddPairs = CliRun.highland("bench", "--against", thisBuild().toString(), "--replications", "3");
        assertEquals(ExitCodes.BAD_INPUT, oddPairs.exitCode, oddPairs.toString());
        assertTrue(oddPairs.err.contains("expected an even number of pairs") && oddPairs.err.contains("Fix:"), oddPairs.err);

        CliRun forksAlone = CliRun.highland("bench", "--forks", "2", "--scale", "0.01");
        assertEquals(ExitCodes.BAD_INPUT, forksAlone.exitCode, forksAlone.toString());
        assertTrue(forksAlone.err.contains("--forks applies to bench --against only"), forksAlone.err);

        for (String[] other : new String[][] {{"--threads", "2"}, {"--profile"}, {"--scales", "0.1,1"}}) {
            String[] args = new String[3 + other.length];
            args[0] = "bench";
            args[1] = "--against";
            args[2] = thisBuild().toString();
            System.arraycopy(other, 0, args, 3, other.length);
            CliRun run = CliRun.highland(args);
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
            assertTrue(run.err.contains("cannot be combined"), run.err);
        }
    }
}
