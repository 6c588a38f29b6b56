package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.highland.cli.HighlandChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on Spark stopped by kill or Ctrl-C says what it kept and how to go on, as on the thread
 * pool, and nothing more: Spark's own shutdown hook cancels the running job, and that failure of
 * work the user stopped is not reported as a fault of Highland with a stack trace.
 */
class SparkInterruptTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedSparkSweepSaysHowToResumeWithoutAStackTrace() throws Exception {
        Path experiment = SweepFixtures.grid(dir, 4);
        Path journal = dir.resolve(".stopped.partial").resolve(SweepRunner.JOURNAL);
        String said = HighlandChild.terminateWhen(sparkOptions(), List.of("sweep", experiment.toString(), "--scale",
                        "0.02", "--end", "2016", "--backend", "spark", "--master", "local[1]", "--quiet", "--out",
                        dir.resolve("stopped").toString()), dir.resolve("stopped.log"),
                () -> Files.exists(journal) && Files.readString(journal).contains("#end "));
        assertTrue(said.contains("sweep interrupted: ") && said.contains("continue with the same command and --resume"),
                said);
        assertFalse(said.contains("highland: failed") || said.contains("at org.highland."), said);
    }

    /** The options Spark needs on this Java (the test JVM's --add-opens), and its driver on the loopback address. */
    private static List<String> sparkOptions() {
        List<String> options = new ArrayList<>(List.of("-Dspark.driver.host=127.0.0.1",
                "-Dspark.driver.bindAddress=127.0.0.1", "-Dspark.ui.enabled=false"));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens") || argument.startsWith("-Djdk.reflect.")
                    || argument.startsWith("-Dio.netty.")) {
                options.add(argument);
            }
        }
        return options;
    }
}
