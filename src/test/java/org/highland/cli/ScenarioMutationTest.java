package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation test through the full command line, in-process: 2,400 mutants of the shipped
 * scenarios (and of --set arguments), each read by {@code check} (which loads and validates
 * everything as {@code run} would and writes nothing), and one in 100 also run for real with the
 * tiniest settings.
 * Whatever the mutant, the exit code is 0 or 2, no exception or stack trace reaches the user, and
 * a run that exits 2 leaves nothing behind.
 */
class ScenarioMutationTest {
    static final int MUTANTS = 2400;
    static final int RUN_EVERY = 100;
    static final long SEED = 20261127L;

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private int ok;
    private int bad;
    private int runs;

    @Test
    void everyMutantExitsZeroOrTwoWithASentenceAndWritesNothingOnTwo() throws IOException {
        Path scenarios = Path.of("scenarios");
        List<Path> shipped;
        try (Stream<Path> files = Files.list(scenarios)) {
            shipped = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        // A copy of the folder, so that mutants of a variant still find the baseline they extend.
        Path work = Files.createDirectories(dir.resolve("scenarios"));
        for (Path p : shipped) {
            Files.copy(p, work.resolve(p.getFileName()));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        for (int m = 0; m < MUTANTS; m++) {
            Path source = shipped.get(random.nextInt(shipped.size()));
            String text = Files.readString(source);
            long seed = random.nextLong();
            boolean viaSet = m % 5 == 4;
            Path mutant = work.resolve("mutant-" + source.getFileName());
            List<String> args = new ArrayList<>();
            if (viaSet) {
                Files.copy(source, mutant, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                args.addAll(List.of("--set", SetMutator.mutate(seed)));
            } else {
                Files.write(mutant, ScenarioMutator.mutate(text, seed));
            }
            String label = "mutant " + m + " (seed " + seed + ") of " + source.getFileName()
                    + (viaSet ? " with " + args : "");
            List<String> params = new ArrayList<>(List.of("check", mutant.toString()));
            params.addAll(args);
            check(label, CliRun.highland(params.toArray(String[]::new)), null);
            if (m % RUN_EVERY == 0) {
                Path out = dir.resolve("out-" + m);
                List<String> run = new ArrayList<>(List.of("run", mutant.toString()));
                run.addAll(ReliabilityRegressionTest.TINY);
                run.addAll(args);
                run.addAll(List.of("--out", out.toString()));
                check(label + " run", CliRun.highland(run.toArray(String[]::new)), out);
                runs++;
            }
        }
        System.out.printf("mutation test: %d mutants, %d runs; exit 0: %d, exit 2: %d, other: %d%n", MUTANTS, runs,
                ok, bad, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " mutants misbehaved, e.g.:\n"
                + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        assertTrue(ok > MUTANTS / 20 && bad > MUTANTS / 4, "mutants both pass and fail: " + ok + " / " + bad);
    }

    private void check(String label, CliRun r, Path out) throws IOException {
        boolean trace = r.err.contains("\tat ") || r.err.contains("Exception") || r.err.contains("Error:");
        if (r.exitCode == ExitCodes.OK && !trace) {
            ok++;
        } else if (r.exitCode == ExitCodes.BAD_INPUT && !trace && r.err.startsWith("highland: ")) {
            bad++;
            if (out != null) {
                assertFalse(Files.exists(out), label + ": exit 2 but " + out + " was written");
                try (Stream<Path> left = Files.list(out.getParent())) {
                    assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                            label + ": exit 2 left a working folder");
                }
            }
        } else {
            failures.add(label + "\n" + r);
        }
    }

    /** --set arguments: a real path, or a mangled one, with a hostile value. */
    static final class SetMutator {
        private static final List<String> PATHS = List.of("seed", "replications", "time.endYear", "time.startYear",
                "routes.genericDrug.stages", "routes.innovativeDrug.stages[0]", "regions.Anhui.firmShares",
                "regions.Zhejiang.initialFirms", "regions.Zhejiang.parks", "policies", "policies.x",
                "policies.zhejiangTrialSupport.phase3MaxMillion", "firms", "capital.nationalCycle", "name",
                "description", "regions", "regions.Nowhere.initialFirms", "routes.genericDrug.stages[99]", "a..b",
                "[0]", "regions.Anhui.parks.x.y", "sectors.cxo.projectKinds", "tax");

        private SetMutator() {
        }

        static String mutate(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            String path = PATHS.get(random.nextInt(PATHS.size()));
            String value = ScenarioMutator.HOSTILE.get(random.nextInt(ScenarioMutator.HOSTILE.size()));
            return random.nextInt(10) == 0 ? path + value : path + "=" + value;
        }
    }
}
