package org.highland.experiment;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar with ETA on stderr for interactive use, silent otherwise.
 *
 * <p>The bar is shown only when the JVM has a console (stdin and stdout are a terminal) and the
 * {@code CI} environment variable is unset, so piped output and CI logs stay free of
 * carriage-return noise. {@link #step()} may be called from any thread.
 */
public final class ProgressReporter implements AutoCloseable {
    private final ProgressBar bar;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ProgressReporter(ProgressBar bar) {
        this.bar = bar;
    }

    /** Starts reporting {@code total} steps of {@code task}; a no-op when not interactive. */
    public static ProgressReporter start(String task, long total) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        return interactive ? new ProgressReporter(bar(task, total)) : disabled();
    }

    /** A reporter that shows nothing, e.g. for a {@code --quiet} option or tests. */
    public static ProgressReporter disabled() {
        return new ProgressReporter(null);
    }

    private static ProgressBar bar(String task, long total) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUpdateIntervalMillis(500)
                .setSpeedUnit(ChronoUnit.SECONDS)
                .build();
    }

    /** Records one finished step; thread-safe (the library synchronises its state). */
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Finishes the bar line; idempotent. */
    @Override
    public void close() {
        if (bar != null && closed.compareAndSet(false, true)) {
            bar.close();
        }
    }
}
