package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guidance fund contributing more public money a year than its annual budget gets only the
 * budget: the run says so, since the fund's own figure says otherwise.
 */
class UnderfundedFundWarningTest {
    private static final Path GUIDANCE_FUND = Path.of("scenarios/guidance-fund.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aPublicContributionAboveTheBudgetIsWarnedAbout() throws IOException {
        Path bigger = Files.writeString(dir.resolve("bigger-fund.yaml"), "extends: " + GUIDANCE_FUND + "\n"
                + "policies:\n  zhejiangGuidanceFund: {annualPublicMillion: 2000}\n");
        CliRun run = CliRun.highland("check", bigger.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.err.contains("warning: bigger-fund: policies.zhejiangGuidanceFund (guidance-fund) contributes"
                + " annualPublicMillion 2000 a year but has an annualBudgetMillion of 1000: the budget stops the"
                + " contributions once spent, so the fund gets at most about 1000 million yuan of public money a year."
                + " Fix: set annualBudgetMillion to 2000 or more, or lower annualPublicMillion."), run.err);
    }

    @Test
    void theShippedFundFitsItsBudget() {
        CliRun run = CliRun.highland("check", GUIDANCE_FUND.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertFalse(run.err.contains("annualPublicMillion"), run.err);
    }
}
