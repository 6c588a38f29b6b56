package org.highland.cli;

import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.engine.ThreadPoolBackend;
import picocli.CommandLine.Option;

/**
 * Where a command's tasks run ({@code run}, {@code validate}, {@code compare}, {@code calibrate},
 * {@code sweep}, {@code sensitivity}): the thread pool of {@code --threads}, or Spark. Results do
 * not depend on it.
 */
public final class BackendOptions {
    static final String SPARK_BACKEND = "org.highland.experiment.engine.spark.SparkBackend";

    @Option(names = "--backend", defaultValue = "threads",
            description = "Where the replications run: threads (default; --threads of them) or spark (see the README). Results do not depend on it.")
    String backend;

    @Option(names = "--master", description = "Spark master URL for --backend spark, e.g. local[2] (default: spark-submit's).")
    String master;

    /** Opens the backend; the caller closes it. Checks the options before starting anything. */
    TaskBackend open(int threads) {
        switch (backend) {
            case "threads":
                if (threads < 1) {
                    throw new BadInputException("--threads " + threads + ": expected at least 1. Fix: pass 1 or more.");
                }
                return new ThreadPoolBackend(threads);
            case "spark":
                try {
                    Class.forName("org.apache.spark.api.java.JavaSparkContext");
                } catch (ClassNotFoundException e) {
                    throw new BadInputException("--backend spark: Spark is not on the class path. Fix: run through"
                            + " spark-submit --class org.highland.cli.HighlandCommand target/highland.jar ...");
                }
                try {
                    TaskBackend spark = (TaskBackend) Class.forName(SPARK_BACKEND).getConstructor(String.class)
                            .newInstance(master);
                    // Standard output stays the command's results; say on stderr where the work went.
                    System.err.println("backend: " + spark.describe());
                    return spark;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot start the Spark backend", e);
                }
            default:
                throw new BadInputException("--backend " + backend + ": expected threads or spark. Fix: pass one of them.");
        }
    }
}
