package org.highland.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.cli.ExitCodes;
import org.highland.cli.HighlandCommand;
import org.highland.policy.PolicySpec;
import org.highland.policy.TrialSupportPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays ({@code extends:} and {@code --set}) on the real scenario records and command line. */
class OverlayScenarioTest {
    private static final Path BASELINE = Path.of("scenarios", "baseline.yaml").toAbsolutePath();
    private static final Path SHANGHAI = Path.of("scenarios", "shanghai-trial-support.yaml");
    private static final String PHASE3 = "policies.zhejiangTrialSupport.phase3MaxMillion";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /**
     * A file that only extends the baseline is the baseline but for its name: a file that states
     * no name is named after itself, so its results and reports are not taken for the baseline's;
     * a name it states, or one a --set gives, wins.
     */
    @Test
    void aFileThatOnlyExtendsTheBaselineIsTheBaselineUnderItsOwnName() throws IOException {
        Path same = write("same.yaml", "extends: " + BASELINE + "\n");
        Scenario baseline = Scenarios.load(BASELINE, List.of());
        Scenario extending = Scenarios.load(same, List.of());
        assertEquals("same", extending.name());
        assertEquals("Extends baseline; the file gives no description of its own.", extending.description(),
                "not the baseline's description, which describes the baseline");
        assertEquals(Scenarios.toYaml(baseline), Scenarios.toYaml(Scenarios.load(same,
                List.of("name=baseline", "description=" + baseline.description()))));
        assertEquals("mine", Scenarios.load(same, List.of("name=mine")).name());
        assertEquals("named", Scenarios.load(write("x.json", "{\"extends\": \"" + BASELINE + "\", \"name\": \"named\"}"),
                List.of()).name());
        assertEquals("plain", Scenarios.load(write("plain.yml", "seed: 3\n"), List.of()).name(), "not 'unnamed'");
    }

    @Test
    void aVariantAddsItsPolicyAndKeepsEverythingElseOfItsBase() {
        Scenario base = Scenarios.load(BASELINE, List.of());
        Scenario variant = Scenarios.load(SHANGHAI, List.of());
        Map<String, PolicySpec> policies = new LinkedHashMap<>(variant.policies());
        TrialSupportPolicy added = (TrialSupportPolicy) policies.remove("zhejiangTrialSupport");
        assertEquals(base.policies(), policies);
        assertEquals("Zhejiang", added.region());
        assertEquals(2023, added.startYear());
        assertEquals(30.0, added.phase3MaxMillion());
        assertEquals(base.model(), variant.model());
    }

    @Test
    void setGivesANewRecordAndLeavesTheFileAlone() {
        Scenario changed = Scenarios.load(SHANGHAI, List.of(PHASE3 + "=20", "policies.zhejiangTrialSupport.startYear=2025"));
        TrialSupportPolicy policy = (TrialSupportPolicy) changed.policies().get("zhejiangTrialSupport");
        assertEquals(20.0, policy.phase3MaxMillion());
        assertEquals(2025, policy.startYear());
        assertEquals(10.0, policy.phase2MaxMillion(), "untouched fields keep the file's values");
        TrialSupportPolicy again = (TrialSupportPolicy) Scenarios.load(SHANGHAI, List.of()).policies()
                .get("zhejiangTrialSupport");
        assertEquals(30.0, again.phase3MaxMillion());
    }

    @Test
    void setCanReachAPolicyInheritedFromTheBase() {
        Scenario changed = Scenarios.load(SHANGHAI, List.of("policies.shanghaiTrialSupport.endYear=2030"));
        assertEquals(2030, changed.policies().get("shanghaiTrialSupport").endYear());
    }

    /** Exit code and standard error of one command line. */
    private record Outcome(int code, String err) {
    }

    private static Outcome execute(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            int code = HighlandCommand.execute(args);
            capture.flush();
            return new Outcome(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private String[] run(Path scenario, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", scenario.toString(), "--scale", "0.02",
                "--end", "2016", "--replications", "1", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void anUnknownPathInSetIsBadInputNamingTheArgumentAndTheNearestField() {
        Outcome o = execute(run(SHANGHAI, "--set", "policies.zhejiangTrialSupport.phase3MaxMilion=20"));
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains("--set #1 'policies.zhejiangTrialSupport.phase3MaxMilion=20'"), o.err());
        assertTrue(o.err().contains("did you mean 'phase3MaxMillion'"), o.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written for bad input");
    }

    @Test
    void aValueOfTheWrongTypeInSetIsBadInputPointingIntoTheArgument() {
        Outcome o = execute(run(SHANGHAI, "--set", PHASE3 + "=thirty"));
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains("--set #1 '" + PHASE3 + "=thirty':1:"), o.err());
        assertTrue(o.err().contains(PHASE3 + ": expected a number"), o.err());
    }

    @Test
    void aValueOfTheWrongTypeInAVariantFileNamesTheFileLineAndField() throws IOException {
        Path bad = write("bad.yaml", """
                extends: %s
                name: bad
                policies:
                  zhejiangTrialSupport:
                    type: clinical-trial-support
                    region: Zhejiang
                    phase3MaxMillion: thirty
                """.formatted(BASELINE));
        Outcome o = execute(run(bad));
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains(bad + ":7:5: " + PHASE3 + ": expected a number"), o.err());
    }

    @Test
    void anExtendsCycleIsBadInputNamingTheChain() throws IOException {
        Path a = write("a.yaml", "extends: b.yaml\nname: a\n");
        Path b = write("b.yaml", "name: b\nextends: a.yaml\n");
        Outcome o = execute("compare", a.toString(), SHANGHAI.toString(), "--scale", "0.02", "--end", "2016",
                "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains(b + ":2:1: extends: expected extends chains without a cycle, got "
                + a + " -> " + b + " -> " + a), o.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aBadVariantIsFoundBeforeAnythingRuns() throws IOException {
        Path bad = write("bad.yaml", "extends: " + BASELINE + "\nname: bad\nseed: -4\n");
        Outcome o = execute("compare", BASELINE.toString(), SHANGHAI.toString(), bad.toString(),
                "--scale", "0.02", "--end", "2016", "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains(bad + ":3:1: seed: expected a whole number in [0, "), o.err());
    }
}
