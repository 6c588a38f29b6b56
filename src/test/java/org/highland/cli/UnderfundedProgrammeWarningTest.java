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
 * A talent programme whose places cost more a year than its budget fills only the places the
 * budget pays for: the run says so, since the programme's placesPerYear says otherwise and the
 * results show only the smaller inflow.
 */
class UnderfundedProgrammeWarningTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private Path programme(String fields) throws IOException {
        return Files.writeString(dir.resolve("talent.yaml"), "extends: " + BASELINE + "\nname: talent\n"
                + "policies:\n  zjTalent: {type: talent-programme, region: Zhejiang, startYear: 2024, " + fields + "}\n");
    }

    @Test
    void placesCostingMoreThanTheBudgetAreWarnedAbout() throws IOException {
        CliRun run = CliRun.highland("check", programme(
                "annualBudgetMillion: 150, placesPerYear: 100, grantPerTalentMillion: 2").toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.err.contains("warning: talent: policies.zjTalent (talent-programme) offers placesPerYear 100 at"
                + " grantPerTalentMillion 2, 200 million yuan a year, but has an annualBudgetMillion of 150: the budget"
                + " stops the grants once spent, so at most about 75 places a year are filled. Fix: set"
                + " annualBudgetMillion to 200 or more, or lower placesPerYear."), run.err);
    }

    @Test
    void placesTheBudgetPaysForAreNotWarnedAbout() throws IOException {
        CliRun run = CliRun.highland("check", programme(
                "annualBudgetMillion: 200, placesPerYear: 100, grantPerTalentMillion: 2").toString());
        assertEquals(0, run.exitCode, run.toString());
        assertFalse(run.err.contains("placesPerYear"), run.err);
    }
}
