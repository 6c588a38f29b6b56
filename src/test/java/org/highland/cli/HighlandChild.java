package org.highland.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code highland} (or a test's own program) in a child JVM on the test class path and stops
 * it with SIGTERM (as kill does; Ctrl-C's SIGINT runs the same shutdown hooks) once the test's
 * condition holds, to see what a command says and leaves when it is interrupted.
 */
public final class HighlandChild {
    /** What the test waits for before stopping the child, e.g. a first logged result. */
    public interface Ready {
        boolean now() throws Exception;
    }

    private static final long READY_SECONDS = 60;
    private static final long EXIT_SECONDS = 30;

    private HighlandChild() {
    }

    /**
     * Starts {@code highland args...} with its output to {@code log}, waits until {@code ready}
     * holds (or the child ends, or a minute passes), terminates it and returns what it printed.
     */
    public static String terminateWhen(List<String> args, Path log, Ready ready) throws Exception {
        return terminateWhen(HighlandCommand.class, List.of(), args, log, ready);
    }

    /** As {@link #terminateWhen(List, Path, Ready)}, for another program on the test class path. */
    public static String terminateWhen(Class<?> main, List<String> args, Path log, Ready ready) throws Exception {
        return terminateWhen(main, List.of(), args, log, ready);
    }

    /** As {@link #terminateWhen(List, Path, Ready)}, with options for the child's JVM (e.g. what Spark needs). */
    public static String terminateWhen(List<String> jvmOptions, List<String> args, Path log, Ready ready)
            throws Exception {
        return terminateWhen(HighlandCommand.class, jvmOptions, args, log, ready);
    }

    private static String terminateWhen(Class<?> main, List<String> jvmOptions, List<String> args, Path log,
                                        Ready ready) throws Exception {
        Process child = start(main, jvmOptions, args, log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
            while (!ready.now() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            child.destroy();
            child.waitFor(EXIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        return Files.readString(log);
    }

    /**
     * Starts a program on the test class path in a child JVM with its output to {@code log}, for a
     * test that stops it itself, e.g. with SIGKILL ({@link Process#destroyForcibly()}).
     */
    public static Process start(Class<?> main, List<String> args, Path log) throws Exception {
        return start(main, List.of(), args, log);
    }

    private static Process start(Class<?> main, List<String> jvmOptions, List<String> args, Path log)
            throws Exception {
        // Its own temporary folder beside the log: a child stopped mid-write leaves nothing in the machine's.
        Path tmp = Files.createDirectories(log.toAbsolutePath().resolveSibling("child-tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
