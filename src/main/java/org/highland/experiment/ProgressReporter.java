package org.highland.experiment;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of long work on stderr: a bar with ETA on a terminal; elsewhere (nohup, a cluster job,
 * a pipe) a plain line every 5 % of the work or every 30 s, whichever comes first, so a log shows
 * the run is alive. Work that ends within {@link #QUIET_SECONDS} prints no line, so quick runs and
 * tests stay quiet. {@link #step()} may be called from any thread.
 */
public final class ProgressReporter implements AutoCloseable {
    /** Seconds of work before the first plain line. */
    static final long QUIET_SECONDS = 10;
    /** Longest wait between plain lines. */
    static final long EVERY_SECONDS = 30;
    /** Share of the work between plain lines. */
    static final double EVERY_SHARE = 0.05;

    private final ProgressBar bar;
    private final Lines lines;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ProgressReporter(ProgressBar bar, Lines lines) {
        this.bar = bar;
        this.lines = lines;
    }

    /** Starts reporting {@code total} steps of {@code task}: a bar on a terminal, plain lines otherwise. */
    public static ProgressReporter start(String task, long total) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        if (interactive) {
            return new ProgressReporter(bar(task, total), null);
        }
        return new ProgressReporter(null, new Lines(task, total, System.err, System.nanoTime(), true));
    }

    /** As {@link #start}, or {@link #disabled()} when {@code quiet} (a command's {@code --quiet}). */
    public static ProgressReporter start(String task, long total, boolean quiet) {
        return quiet ? disabled() : start(task, total);
    }

    /** A reporter that shows nothing, e.g. for a {@code --quiet} option or tests. */
    public static ProgressReporter disabled() {
        return new ProgressReporter(null, null);
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
        if (lines != null) {
            lines.step();
        }
    }

    /** Finishes the bar line and stops the plain lines; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (bar != null) {
                bar.close();
            }
            if (lines != null) {
                lines.stop();
            }
        }
    }

    /** Plain progress lines, checked at each step and by a timer for slow steps. */
    static final class Lines {
        private final String task;
        private final long total;
        private final PrintStream out;
        private final long startNanos;
        private final AtomicLong done = new AtomicLong();
        private long lastPrintNanos;
        private long lastPrintedDone;
        private final Thread timer;

        Lines(String task, long total, PrintStream out, long startNanos, boolean withTimer) {
            this.task = task;
            this.total = Math.max(1, total);
            this.out = out;
            this.startNanos = startNanos;
            this.lastPrintNanos = startNanos;
            this.timer = withTimer ? new Thread(this::tick, "highland-progress") : null;
            if (timer != null) {
                timer.setDaemon(true);
                timer.start();
            }
        }

        void step() {
            step(System.nanoTime());
        }

        void step(long now) {
            done.incrementAndGet();
            maybePrint(now);
        }

        private void tick() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    maybePrint(System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Prints when due: after the quiet start, at each further 5 % of the work or after 30 s. */
        synchronized void maybePrint(long now) {
            long finished = done.get();
            if (now - startNanos < QUIET_SECONDS * 1_000_000_000L) {
                return;
            }
            boolean share = finished - lastPrintedDone >= Math.max(1, (long) Math.ceil(EVERY_SHARE * total));
            boolean time = now - lastPrintNanos >= EVERY_SECONDS * 1_000_000_000L;
            if (!share && !time) {
                return;
            }
            lastPrintNanos = now;
            lastPrintedDone = finished;
            out.println(line(task, finished, total, (now - startNanos) / 1e9));
            out.flush();
        }

        void stop() {
            if (timer != null) {
                timer.interrupt();
            }
        }
    }

    /** {@code run baseline: 12/40 (30 %), 1m 20s elapsed, about 3m 07s left}. */
    static String line(String task, long finished, long total, double elapsedSeconds) {
        String text = String.format(Locale.ROOT, "%s: %d/%d (%d %%), %s elapsed", task, finished, total,
                Math.round(100.0 * finished / total), duration(elapsedSeconds));
        if (finished > 0 && finished < total) {
            text += ", about " + duration(elapsedSeconds * (total - finished) / finished) + " left";
        }
        return text;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
