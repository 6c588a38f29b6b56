package org.highland.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * {@code bench --instructions}: the instructions a replication executes, per firm-month and by
 * compiled method, and the lean reference's per firm-month ({@link LeanReference}), counted by
 * valgrind's callgrind in a child JVM: the ratio of the two is bench's model / reference figure
 * in work instead of time. Time on a shared machine moves by a third from minute to minute; an
 * instruction count does not move with the load, so a cut of 1 % shows where timing cannot tell
 * it from noise. It counts work, not time: a cache miss or a mispredicted branch costs no
 * instruction, so a change judged by it should still not lose in {@code bench --against}.
 * <p>
 * The child runs the replications one after another on its main thread and asks for a garbage
 * collection after each; callgrind dumps its counters at each such request
 * ({@code --dump-before=JVM_GC}), so each dump of the main thread holds one replication. The
 * child compiles in the foreground ({@code -Xbatch}), so the compiler's work stays on its own
 * threads and a later replication runs the final code; it checks for null explicitly
 * ({@code -XX:-ImplicitNullChecks}), since callgrind does not hand the JVM the faults its
 * implicit checks rely on: that adds a test and a branch per check to the count. Compiling in
 * the foreground moves some inlining decisions (a normal run inlines the financing registration
 * into the firms' sweep, the counted one calls it), so compare counts with counts, not with a
 * profile of a normal run.
 */
final class InstructionCount {
    /** Callgrind's number of the JVM's main thread: the launcher's first thread starts it. */
    private static final int MAIN_THREAD = 2;
    private static final int TOP = 15;
    private static final String FIRM_MONTHS = "firm-months ";
    private static final String REFERENCE_FIRM_MONTHS = "reference firm-months ";

    private InstructionCount() {
    }

    record Request(Path scenarioOrDefaults, double scale, int replications) {
    }

    /**
     * The report's first line. It names the scenario counted: a count depends on it (the built-in
     * defaults and {@code scenarios/baseline.yaml} differ by a tenth per firm-month), so counts
     * are compared only for the same scenario and scale.
     */
    static String header(Request request) {
        Path scenario = request.scenarioOrDefaults();
        return String.format(Locale.ROOT, "instructions of %s: a warm-up and %d replication%s at scale %s under valgrind's"
                + " callgrind (some 50 times slower than without)", scenario == null ? "the built-in defaults" : scenario,
                request.replications(), request.replications() == 1 ? "" : "s", request.scale());
    }

    static void report(Request request, PrintWriter out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("highland-instructions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.println(header(request));
            out.flush();
            Child child = runChild(request, dir);
            List<CallgrindProfile> dumps = mainThreadDumps(dir, child.pid());
            int replications = child.firmMonths().size();
            if (dumps.size() < replications + 2) {
                throw new IllegalStateException("callgrind wrote " + dumps.size() + " dumps of the main thread for "
                        + replications + " replications and 2 reference runs (see " + dir.resolve("valgrind.log") + ")");
            }
            for (int k = 0; k < replications; k++) {
                long instructions = dumps.get(k).total();
                long firmMonths = child.firmMonths().get(k);
                out.printf(Locale.ROOT, "replication %d: %,d instructions, %,d firm-months, %.1f instructions per firm-month%s%n",
                        k, instructions, firmMonths, (double) instructions / firmMonths,
                        k == 0 ? " (the warm-up: with the start of the JVM, the scenario's reading and the first compilations)" : "");
            }
            CallgrindProfile last = dumps.get(replications - 1);
            double modelPerFirmMonth = (double) last.total() / child.firmMonths().get(replications - 1);
            double referencePerFirmMonth = (double) dumps.get(replications + 1).total() / child.referenceFirmMonths();
            out.printf(Locale.ROOT, "reference: the lean MASON loop over the model's mean firm count, %.1f instructions per firm-month"
                    + " (after a warm-up run); model / reference instructions per firm-month: %.2f%n",
                    referencePerFirmMonth, modelPerFirmMonth / referencePerFirmMonth);
            printByMethod(last, child.pid(), out);
            // Kept when the count fails: valgrind's log and the dumps say why.
            deleteQuietly(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The replication's instructions by compiled method, the largest first, named by the counted JVM's perf map. */
    private static void printByMethod(CallgrindProfile replication, long pid, PrintWriter out) throws IOException {
        // HotSpot writes its perf map to /tmp, whatever java.io.tmpdir says.
        Path mapFile = Path.of("/tmp", "perf-" + pid + ".map");
        CallgrindProfile.PerfMap map = Files.exists(mapFile) ? CallgrindProfile.PerfMap.read(mapFile) : CallgrindProfile.PerfMap.EMPTY;
        Files.deleteIfExists(mapFile);
        out.printf(Locale.ROOT, "last replication's instructions by compiled method (its inlined callees included; code reached"
                + " by a jump counts with the stub it came from, e.g. 'vtable chunks' for the target of a virtual call):%n");
        List<Map.Entry<String, Long>> methods = replication.byMethod(map);
        for (Map.Entry<String, Long> e : methods.subList(0, Math.min(TOP, methods.size()))) {
            out.printf(Locale.ROOT, "  %5.1f %%  %,15d  %s%n", 100.0 * e.getValue() / replication.total(), e.getValue(), e.getKey());
        }
    }

    /** What the counted JVM ran: each replication's firm-months and the counted reference run's. */
    private record Child(long pid, List<Long> firmMonths, long referenceFirmMonths) {
    }

    private static Child runChild(Request request, Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of("valgrind", "--tool=callgrind", "--separate-threads=yes",
                "--dump-before=JVM_GC", "--smc-check=all-non-file", "--callgrind-out-file=" + dir.resolve("callgrind.%p"),
                "--log-file=" + dir.resolve("valgrind.log")));
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-XX:+UseParallelGC",
                "-XX:ParallelGCThreads=1", "-Xbatch", "-XX:+UnlockDiagnosticVMOptions", "-XX:-ImplicitNullChecks",
                "-XX:+DumpPerfMapAtExit", "-cp", System.getProperty("java.class.path"), InstructionCount.class.getName(),
                request.scenarioOrDefaults() == null ? "-" : request.scenarioOrDefaults().toString(),
                Double.toString(request.scale()), Integer.toString(request.replications() + 1)));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new BadInputException("bench --instructions needs valgrind on the PATH (" + e.getMessage() + ")."
                    + " Fix: install it (Debian: apt-get install valgrind), or time the builds with bench --against.");
        }
        // Stopping bench (Ctrl-C) stops the count too, which would otherwise run on for minutes.
        Thread stopChild = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopChild);
        List<Long> firmMonths = new ArrayList<>();
        List<Long> referenceFirmMonths = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(FIRM_MONTHS)) {
                    firmMonths.add(Long.parseLong(line.substring(FIRM_MONTHS.length()).trim()));
                } else if (line.startsWith(REFERENCE_FIRM_MONTHS)) {
                    referenceFirmMonths.add(Long.parseLong(line.substring(REFERENCE_FIRM_MONTHS.length()).trim()));
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while valgrind ran", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // The hook has run or is running: nothing to remove.
            }
        }
        if (exit != 0 || firmMonths.size() != request.replications() + 1 || referenceFirmMonths.size() != 2) {
            throw new IllegalStateException("the counted JVM ended with exit code " + exit + " after " + firmMonths.size()
                    + " replications (valgrind's log: " + dir.resolve("valgrind.log") + "): " + output.toString().strip());
        }
        return new Child(process.pid(), firmMonths, referenceFirmMonths.get(1));
    }

    /** The main thread's dumps in order ({@code callgrind.<pid>.<part>-<thread>}, one part per replication). */
    static List<CallgrindProfile> mainThreadDumps(Path dir, long pid) throws IOException {
        String prefix = "callgrind." + pid + ".";
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(String.format(Locale.ROOT, "-%02d", MAIN_THREAD)))
                    .sorted(Comparator.comparingInt(p -> part(p.getFileName().toString(), prefix)))
                    .toList();
        }
        List<CallgrindProfile> dumps = new ArrayList<>();
        for (Path file : files) {
            dumps.add(CallgrindProfile.read(file));
        }
        return dumps;
    }

    private static int part(String name, String prefix) {
        return Integer.parseInt(name.substring(prefix.length(), name.lastIndexOf('-')));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary folder left behind loses nothing.
        }
    }

    /**
     * The counted JVM: runs {@code args[2]} replications of the scenario {@code args[0]} ("-":
     * the built-in defaults) at scale {@code args[1]} on this thread, printing each one's
     * firm-months, then the lean reference twice (a warm-up and the run counted) over the last
     * replication's mean firm count, printing its firm-months, with a garbage collection after each
     * run (callgrind dumps there).
     */
    public static void main(String[] args) {
        Scenario scenario = args[0].equals("-") ? Scenarios.defaults() : Scenarios.load(Path.of(args[0]), List.of());
        double scale = Double.parseDouble(args[1]);
        int replications = Integer.parseInt(args[2]);
        long firmMonths = 0;
        for (int k = 0; k < replications; k++) {
            HighlandSim sim = new HighlandSim(scenario, scale, scenario.seed(), k);
            sim.start();
            sim.runToEnd();
            firmMonths = sim.world().firmMonths();
            sim.finish();
            System.out.println(FIRM_MONTHS + firmMonths);
            System.out.flush();
            System.gc();
        }
        // The lean reference over the model's mean firm count, as bench times it: a warm-up, then the run counted.
        int months = scenario.time().months();
        int meanFirms = (int) Math.max(1, firmMonths / months);
        for (int k = 0; k < 2; k++) {
            System.out.println(REFERENCE_FIRM_MONTHS + LeanReference.firmMonthsPerSecond(k, meanFirms, months).firmMonths());
            System.out.flush();
            System.gc();
        }
    }
}
