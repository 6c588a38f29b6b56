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
 * A scenario file that extends no calibrated scenario runs the built-in defaults, which are not
 * fitted to the published figures: the run says so, where it used to run without a word.
 */
class UncalibratedWarningTest {
    private static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aFileThatExtendsNothingIsWarnedThatItRunsUncalibrated() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.yaml"), "name: plain\npolicies: {}\n");
        CliRun run = CliRun.highland("check", plain.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.err.contains("warning: plain keeps the built-in default of all ")
                && run.err.contains(" calibrated parameters (calibration-parameters.csv), which are not fitted to the"
                        + " published figures: it runs an uncalibrated model. Fix: start the file with 'extends:"
                        + " baseline.yaml'"), run.err);
    }

    @Test
    void theBaselineAndAFileExtendingItAreNotWarned() throws IOException {
        Path variant = Files.writeString(dir.resolve("variant.yaml"), "extends: " + BASELINE + "\nname: variant\n");
        for (Path file : new Path[] {BASELINE, variant}) {
            CliRun run = CliRun.highland("check", file.toString());
            assertEquals(0, run.exitCode, run.toString());
            assertFalse(run.err.contains("uncalibrated"), file + ": " + run.err);
        }
    }
}
