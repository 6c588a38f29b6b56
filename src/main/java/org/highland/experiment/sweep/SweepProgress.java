package org.highland.experiment.sweep;

import java.io.PrintStream;
import java.util.Locale;
import org.highland.experiment.ProgressReporter;

/**
 * Progress of a sweep: the bar (done/total, rate, ETA) on a terminal; otherwise, for cluster jobs
 * and {@code nohup}, a line on stderr every 5 % of the tasks or every 30 s, whichever comes first.
 */
public final class SweepProgress implements AutoCloseable {
    private static final double LINE_SHARE = 0.05;
    private static final long LINE_NANOS = 30_000_000_000L;

    private final ProgressReporter bar;
    private final PrintStream log;
    private final long total;
    private final long startDone;
    private final long t0 = System.nanoTime();
    private long done;
    private long lastLineDone;
    private long lastLineTime = t0;

    private SweepProgress(ProgressReporter bar, PrintStream log, long total, long done) {
        this.bar = bar;
        this.log = log;
        this.total = total;
        this.startDone = done;
        this.done = done;
        this.lastLineDone = done;
    }

    /** A bar on a terminal, lines on {@code log} otherwise, or nothing when {@code log} is null. */
    public static SweepProgress start(String task, long total, long done, PrintStream log) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        if (terminal) {
            ProgressReporter bar = ProgressReporter.start(task, total - done);
            return new SweepProgress(bar, null, total, done);
        }
        return new SweepProgress(null, log, total, done);
    }

    /** One more task finished; thread-safe. */
    public synchronized void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (log != null && (done - lastLineDone >= Math.max(1, LINE_SHARE * total) || now - lastLineTime >= LINE_NANOS
                || done == total)) {
            double seconds = (now - t0) / 1e9;
            double rate = (done - startDone) / Math.max(seconds, 1e-9);
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            log.printf(Locale.ROOT, "sweep: %d/%d tasks (%.0f %%), %.2f tasks/s, ETA %d:%02d:%02d%n", done, total,
                    100.0 * done / total, rate, eta / 3600, eta / 60 % 60, eta % 60);
            lastLineDone = done;
            lastLineTime = now;
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
