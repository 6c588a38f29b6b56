package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.run.CliRun;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code scale:} is the scale its runs use unless --scale is given: check shows it,
 * the manifest and the resolved scenario record the one used, it is validated like any field,
 * and scenarios compared together must agree on it.
 */
class ScaleKeyTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Path scenario(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), "extends: " + BASELINE + "\nname: " + name + "\n" + body);
    }

    @Test
    void theDefaultIsOneAndTheBaselineSaysNothingElse() {
        assertEquals(1.0, Scenarios.defaults().scale());
        assertEquals(1.0, Scenarios.load(BASELINE, List.of()).scale());
    }

    @Test
    void checkShowsTheScaleAndWhereItCameFrom() throws IOException {
        Path small = scenario("small", "scale: 0.03\n");
        CliRun fromFile = CliRun.highland("check", small.toString());
        assertEquals(0, fromFile.exitCode, fromFile.toString());
        assertTrue(fromFile.out.contains("scale 0.03 from the scenario"), fromFile.out);
        CliRun fromOption = CliRun.highland("check", small.toString(), "--scale", "0.05");
        assertTrue(fromOption.out.contains("scale 0.05 from --scale"), fromOption.out);
        CliRun fromSet = CliRun.highland("check", small.toString(), "--set", "scale=0.04");
        assertTrue(fromSet.out.contains("scale 0.04 from --set scale=0.04"), fromSet.out);
        CliRun byDefault = CliRun.highland("check", scenario("plain", "seed: 5\n").toString());
        assertTrue(byDefault.out.contains("scale 1.0, the default)"), byDefault.out);
        assertTrue(byDefault.out.contains(", 7 policies, "), byDefault.out);
        Path one = Files.writeString(dir.resolve("one.yaml"), "policies:\n  zj: {type: review-reform, region: Zhejiang}\n");
        CliRun single = CliRun.highland("check", one.toString());
        assertTrue(single.out.contains(", 1 policy, "), "one policy, not '1 policies': " + single.out);
    }

    @Test
    void aRunUsesTheFilesScaleUnlessOverriddenAndRecordsTheOneUsed() throws IOException {
        Path small = scenario("small", "scale: 0.03\n");
        for (String given : new String[] {null, "0.04"}) {
            Path out = dir.resolve("run-" + given);
            List<String> args = new java.util.ArrayList<>(List.of("run", small.toString(), "--end", "2015",
                    "--replications", "1", "--threads", "1", "--out", out.toString()));
            if (given != null) {
                args.addAll(List.of("--scale", given));
            }
            CliRun run = CliRun.highland(args.toArray(String[]::new));
            assertEquals(0, run.exitCode, run.toString());
            double expected = given == null ? 0.03 : 0.04;
            assertEquals(expected, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("scale").asDouble());
            assertTrue(Files.readAllLines(out.resolve("scenario.resolved.yaml")).contains("scale: " + expected),
                    "the resolved scenario reruns at the scale used");
            assertTrue(run.out.contains("at scale " + expected), run.out);
        }
    }

    @Test
    void aBadScaleIsRejectedLikeAnyFieldAndAMisspeltKeyGetsASuggestion() throws IOException {
        for (String value : List.of("0", "1.5", "half")) {
            CliRun run = CliRun.highland("check", scenario("bad", "scale: " + value + "\n").toString());
            assertEquals(2, run.exitCode, value + ": " + run);
            assertTrue(run.err.contains("bad.yaml:3") && run.err.contains("scale"), run.err);
        }
        CliRun run = CliRun.highland("check", scenario("typo", "scael: 0.1\n").toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("did you mean 'scale'"), run.err);
        CliRun tooSmall = CliRun.highland("check", scenario("tiny", "scale: 0.0005\n").toString());
        assertEquals(2, tooSmall.exitCode, tooSmall.toString());
        assertTrue(tooSmall.err.contains("scale: 0.0005") && tooSmall.err.contains("fewer than 10"), tooSmall.err);
    }

    @Test
    void aSweepRunsAtItsBaseScenariosScaleUnlessScaleIsGiven() throws IOException {
        Path base = scenario("small", "scale: 0.02\n");
        Path experiment = Files.writeString(dir.resolve("one.yaml"), """
                base: %s
                factors: [{path: firms.discountRatePerYear, levels: [0.1]}]
                design: {method: grid, size: 1}
                outputs: [{metric: enterprises, area: Zhejiang, year: 2015}]
                """.formatted(base));
        Path out = dir.resolve("sweep");
        CliRun run = CliRun.highland("sweep", experiment.toString(), "--end", "2015", "--threads", "1", "--quiet",
                "--out", out.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertEquals(0.02, new ObjectMapper().readTree(out.resolve("sweep.json").toFile()).get("scale").asDouble());
    }

    @Test
    void scenariosComparedTogetherMustAgreeUnlessScaleIsGiven() throws IOException {
        Path base = scenario("base", "scale: 0.03\n");
        Path variant = scenario("variant", "scale: 0.05\n");
        Path out = dir.resolve("compare");
        CliRun refused = CliRun.highland("compare", base.toString(), variant.toString(), "--end", "2015",
                "--replications", "1", "--out", out.toString());
        assertEquals(2, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains("variant.yaml: scale: 0.05 differs from the first scenario's 0.03"), refused.err);
        assertFalse(Files.exists(out));
    }
}
