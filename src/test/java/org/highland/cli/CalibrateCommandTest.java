package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland calibrate} end to end on a tiny budget, including an interrupted and resumed run. */
class CalibrateCommandTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toString();

    @TempDir
    Path dir;

    private static int calibrate(String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", BASELINE, "--replications", "1", "--threads", "1",
                "--scale", "0.02"));
        args.addAll(List.of(extra));
        return ValidateCommandTest.execute(args.toArray(String[]::new)).code();
    }

    private static List<String> overlayValues(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(CalibrateCommand.OVERLAY)).stream()
                .filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void aResumedCalibrationEqualsAnUninterruptedOne() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(ExitCodes.OK, calibrate("--budget", "6", "--out", whole.toString()));
        List<String> log = Files.readAllLines(whole.resolve("calibration.csv"));
        assertEquals(7, log.size());
        assertTrue(log.get(0).startsWith("evaluation,") && log.get(0).endsWith(",loss,within"));

        // An interrupted run: its log holds the first 3 evaluations and a line cut short.
        Path part = dir.resolve("part");
        assertEquals(ExitCodes.OK, calibrate("--budget", "3", "--out", part.toString()));
        Files.writeString(part.resolve("calibration.csv"), String.join("\n", log.subList(0, 4)) + "\n4,0.1");
        assertEquals(ExitCodes.OK, calibrate("--budget", "6", "--resume", part.toString()));
        assertEquals(log, Files.readAllLines(part.resolve("calibration.csv")));
        assertEquals(overlayValues(whole), overlayValues(part));
        assertEquals(Files.readAllLines(whole.resolve("validation.csv")),
                Files.readAllLines(part.resolve("validation.csv")));
    }

    @Test
    void badInputExitsTwo() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--resume", dir.toString()));
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--out", full.toString()));
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "0", "--out", dir.resolve("z").toString()));
    }
}
