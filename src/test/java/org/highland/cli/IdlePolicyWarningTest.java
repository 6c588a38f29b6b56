package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy in force only outside the simulated years (a run cut short with --end before the
 * policy starts) acts on nothing: the run says so rather than report no effect and no outlay as
 * if they were the policy's.
 */
class IdlePolicyWarningTest {
    private static final Path SHANGHAI_STYLE = Path.of("scenarios/shanghai-trial-support.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aPolicyStartingAfterTheLastSimulatedYearIsWarnedAbout() {
        CliRun run = CliRun.highland("check", SHANGHAI_STYLE.toString(), "--end", "2022");
        assertEquals(0, run.exitCode, run.toString());
        // The baseline's super-deduction for services from 2023 is idle too: one line names both.
        assertTrue(run.err.contains("warning: shanghai-trial-support: not in force in any simulated year (2015-2022), so acting on nothing"
                + " and spending nothing in this run: policies rdSuperDeductionServices2023 (2023-2035),"
                + " zhejiangTrialSupport (2023-2035). Fix: to include them, run to 2023 or later (--end 2023).\n"),
                run.err);
        assertEquals(1, run.err.lines().filter(l -> l.contains("not in force")).count(), run.err);
        CliRun full = CliRun.highland("check", SHANGHAI_STYLE.toString(), "--end", "2023");
        assertFalse(full.err.contains("not in force"), full.err);
    }

    @Test
    void aPolicyEndingBeforeTheFirstSimulatedYearIsWarnedAbout() throws IOException {
        Path early = Files.writeString(dir.resolve("early.yaml"), "extends: " + SHANGHAI_STYLE + "\n"
                + "policies:\n  zhejiangTrialSupport: {startYear: 2010, endYear: 2014}\n");
        CliRun run = CliRun.highland("check", early.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.err.contains("warning: early: not in force in any simulated year (2015-2035), so acting on nothing"
                + " and spending nothing in this run: policy zhejiangTrialSupport (2010-2014). Fix: move the years of"
                + " one that ends before 2015 into 2015-2035."), run.err);
    }

    @Test
    void aScenarioLoadedAgainIsWarnedAboutOnce() {
        // solve-stocks reloads its scenario every round, to 2021.
        ScenarioOptions options = new ScenarioOptions();
        options.endYear = 2021;
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setErr(e);
            options.load(SHANGHAI_STYLE);
            options.load(SHANGHAI_STYLE);
        } finally {
            System.setErr(stderr);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().filter(l -> l.contains("not in force")).count(), text);
    }
}
