package org.highland.experiment.engine.spark;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.engine.TaskSet;
import scala.Tuple2;

/**
 * Runs tasks on an Apache Spark cluster: the task set is broadcast once, task numbers are
 * parallelized one per partition (so the scheduler balances tasks of unequal length), and results
 * come back to the driver in task order within each chunk, which hands them on as the thread pool
 * does. Tasks go out in chunks of {@value #TASKS_PER_CORE} per core with up to {@value #IN_FLIGHT}
 * chunks queued, so the driver holds a bounded number of results and a killed sweep loses at most
 * the chunks in flight; each chunk is one Spark job, and fewer, larger jobs spread Spark's cost per
 * job over more tasks (with 2 per core it added about 15 ms of CPU per task of a small sweep). Spark is a provided dependency: this class is loaded only for {@code --backend spark},
 * under {@code spark-submit} or with Spark on the class path.
 */
public final class SparkBackend implements TaskBackend {
    private static final int IN_FLIGHT = 3;
    private static final int TASKS_PER_CORE = 8;

    private final JavaSparkContext spark;

    /** @param master master URL, e.g. {@code local[2]}; null for the one spark-submit sets */
    public SparkBackend(String master) {
        SparkConf conf = new SparkConf().setAppName("highland");
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        this.spark = new JavaSparkContext(conf);
    }

    /** Runs one task on an executor. */
    private static final class RunTask<R extends Serializable> implements Function<Integer, Tuple2<Integer, R>> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<TaskSet<R>> set;

        RunTask(Broadcast<TaskSet<R>> set) {
            this.set = set;
        }

        @Override
        public Tuple2<Integer, R> call(Integer task) {
            return new Tuple2<>(task, set.value().run(task));
        }
    }

    @Override
    public <R extends Serializable> void run(TaskSet<R> set, int[] tasks, Sink<R> sink) throws Exception {
        Broadcast<TaskSet<R>> shared = spark.broadcast(set);
        int chunk = Math.max(1, spark.defaultParallelism() * TASKS_PER_CORE);
        Deque<JavaFutureAction<List<Tuple2<Integer, R>>>> inFlight = new ArrayDeque<>();
        try {
            for (int from = 0; from < tasks.length || !inFlight.isEmpty(); from += chunk) {
                if (from < tasks.length) {
                    List<Integer> ids = new ArrayList<>();
                    for (int i = from; i < Math.min(tasks.length, from + chunk); i++) {
                        ids.add(tasks[i]);
                    }
                    inFlight.add(spark.parallelize(ids, ids.size()).map(new RunTask<>(shared)).collectAsync());
                }
                if (inFlight.size() >= IN_FLIGHT || from + chunk >= tasks.length) {
                    for (Tuple2<Integer, R> r : inFlight.poll().get()) {
                        sink.accept(r._1(), r._2());
                    }
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            shared.destroy();
        }
    }

    @Override
    public String describe() {
        return "Spark " + spark.master() + " (" + spark.defaultParallelism() + " cores)";
    }

    @Override
    public void close() {
        spark.stop();
    }
}
