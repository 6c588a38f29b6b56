package org.highland.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.highland.model.World;

/**
 * {@code highland bench --profile}: a Java Flight Recorder recording of execution samples while
 * the timed replications run, summarised as the methods most often on top of the stack (self
 * time) and on the stack at all (total time), so anyone can see where the time goes; and the
 * allocation samples by allocating site (the monthly loop should allocate next to nothing).
 */
final class BenchProfiler implements AutoCloseable {
    /**
     * JFR's shortest period: at 10 ms four full-scale replications gave some 500 samples and the
     * ranks of the methods below the first few changed from run to run; at 1 ms some 5,000.
     */
    private static final Duration SAMPLE_PERIOD = Duration.ofMillis(1);
    /** Samples of the interleaved lean reference are left out; total time lists the model's methods. */
    private static final String REFERENCE = LeanReference.class.getName();
    private static final String MODEL = "org.highland.model.";
    private static final String POLICY = "org.highland.policy.";
    private static final String ALLOCATION = "jdk.ObjectAllocationSample";
    private static final String RUN = "org.highland.run.";
    private static final String POPULATE = World.class.getName() + ".populate";
    private final Recording recording = new Recording();

    BenchProfiler() {
        recording.enable("jdk.ExecutionSample").withPeriod(SAMPLE_PERIOD);
        recording.enable(ALLOCATION).with("throttle", "300/s");
        recording.start();
    }

    /** Stops the recording and prints the {@code top} methods by self and by total samples. */
    void report(PrintWriter out, int top) {
        recording.stop();
        Path file = null;
        try {
            file = Files.createTempFile("highland-bench", ".jfr");
            recording.dump(file);
            Map<String, Integer> self = new HashMap<>();
            Map<String, Integer> total = new HashMap<>();
            Map<String, Integer> bySteps = new HashMap<>();
            Map<String, Long> allocated = new HashMap<>();
            Set<Long> sampledThreads = new HashSet<>();
            long allocatedBytes = 0;
            int samples = 0;
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty() || frames.stream().anyMatch(f -> name(f).startsWith(REFERENCE))) {
                    continue;
                }
                if (event.getEventType().getName().equals(ALLOCATION)) {
                    // A sample weighs what its thread allocated since its previous sample: a thread's
                    // first sample would carry everything since the thread started, before the recording.
                    if (sampledThreads.add(event.getThread("eventThread").getJavaThreadId())) {
                        continue;
                    }
                    long bytes = event.getLong("weight");
                    allocatedBytes += bytes;
                    allocated.merge(allocationSite(frames) + " (" + event.getClass("objectClass").getName() + ")", bytes, Long::sum);
                    continue;
                }
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                samples++;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                bySteps.merge(monthStep(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (inModel(name) && seen.add(name)) {
                        total.merge(name, 1, Integer::sum);
                    }
                }
            }
            out.printf(Locale.ROOT, "profile: %d execution samples of the model (JFR, every %d ms; the reference's left out)%n",
                    samples, SAMPLE_PERIOD.toMillis());
            if (!exactAttribution()) {
                // Without the flag a sample of compiled code lands on the nearest safepoint's
                // method, often the first line that touches an object the loop waited for.
                out.println("  (methods approximate: for exact attribution run with"
                        + " HIGHLAND_JAVA_OPTS='-Xmx4g -XX:+UseParallelGC -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints')");
            }
            print(out, "time by part of the month (the schedule's steps; the start-year population apart):", bySteps, samples, top);
            print(out, "top methods by self time:", self, samples, top);
            print(out, "top methods by total (model methods) time:", total, samples, top);
            out.printf(Locale.ROOT, "  top allocation sites (JFR allocation samples, %.0f MB in all, by the first model frame):%n",
                    allocatedBytes / 1e6);
            long allBytes = allocatedBytes;
            allocated.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .forEach(e -> out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, allBytes), e.getKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** Whether compiled code records debug information between safepoints, so samples name the right method. */
    private static boolean exactAttribution() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("DebugNonSafepoints").getValue());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Model and policy code: where the monthly loop runs (policy instruments included). */
    private static boolean inModel(String method) {
        return method.startsWith(MODEL) || method.startsWith(POLICY);
    }

    /** The innermost model or policy method on the stack (where the allocating call was made), else the top frame. */
    private static String allocationSite(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (inModel(name)) {
                return name;
            }
        }
        return name(frames.get(0));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /**
     * The part of the month a sample fell in: the outermost {@code step} of a model or run class on
     * its stack (the schedule's steppables: policies, entry, relocation, markets, firms, the
     * recorder), or the start-year population built before the first month.
     */
    private static String monthStep(List<RecordedFrame> frames) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedFrame frame = frames.get(i);
            String type = frame.getMethod().getType().getName();
            if (frame.getMethod().getName().equals("step") && (type.startsWith(MODEL) || type.startsWith(RUN))) {
                return name(frame);
            }
        }
        for (RecordedFrame frame : frames) {
            if (name(frame).equals(POPULATE)) {
                return "start-year population (" + POPULATE + ")";
            }
        }
        return "other (set-up and measuring)";
    }

    private static void print(PrintWriter out, String heading, Map<String, Integer> counts, int samples, int top) {
        out.printf(Locale.ROOT, "  %s%n", heading);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }

    @Override
    public void close() {
        recording.close();
    }
}
