package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.highland.experiment.calibration.Confirmation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code calibrate} write byte-identical results with 1 and with 2 threads. */
class ThreadCountTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void validateGivesTheSameFilesWithOneAndTwoThreads() throws IOException {
        for (String threads : List.of("1", "2")) {
            ValidateCommandTest.Outcome o = ValidateCommandTest.execute("validate", BASELINE, "--replications", "3",
                    "--threads", threads, "--scale", "0.02", "--end", "2024", "--out", dir.resolve(threads).toString());
            assertEquals(ExitCodes.OK, o.code(), o.err());
        }
        for (String file : List.of("validation.csv", "summary.csv", "replications.csv")) {
            assertSameBytes(file);
        }
    }

    @Test
    void calibrateGivesTheSameFilesWithOneAndTwoThreads() throws IOException {
        for (String threads : List.of("1", "2")) {
            ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", BASELINE, "--replications", "2",
                    "--threads", threads, "--scale", "0.02", "--budget", "2", "--confirm-scale", "0.02",
                    "--confirm-replications", "2", "--out", dir.resolve(threads).toString());
            assertEquals(ExitCodes.OK, o.code(), o.err());
        }
        for (String file : List.of("calibration.csv", CalibrateCommand.OVERLAY, "validation.csv", Confirmation.FILE)) {
            assertSameBytes(file);
        }
    }

    private void assertSameBytes(String file) throws IOException {
        byte[] one = Files.readAllBytes(dir.resolve("1").resolve(file));
        byte[] two = Files.readAllBytes(dir.resolve("2").resolve(file));
        assertEquals(true, one.length > 100, file + " is nearly empty");
        assertArrayEquals(one, two, file + " differs between 1 and 2 threads");
    }
}
