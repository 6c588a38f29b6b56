package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Spark backend in local[2] writes the same bytes as the thread pool. */
@ExtendWith(LoopbackSpark.class)
class SparkBackendTest {
    @TempDir
    Path dir;

    @Test
    void sparkLocalEqualsThreadPoolByteForByte() throws Exception {
        Path experiment = SweepFixtures.grid(dir, 2);
        Path threads = dir.resolve("threads");
        Path spark = dir.resolve("spark");
        CliRun a = CliRun.highland("sweep", experiment.toString(), "--scale", "0.02", "--end", "2016", "--threads", "1",
                "--quiet", "--out", threads.toString());
        assertEquals(0, a.exitCode, a.toString());
        CliRun b = CliRun.highland("sweep", experiment.toString(), "--scale", "0.02", "--end", "2016", "--backend", "spark",
                "--master", "local[2]", "--quiet", "--out", spark.toString());
        assertEquals(0, b.exitCode, b.toString());
        assertTrue(b.out.contains("on Spark local[2]"), b.out);
        SweepDeterminismTest.assertSameFiles(threads, spark);
    }
}
