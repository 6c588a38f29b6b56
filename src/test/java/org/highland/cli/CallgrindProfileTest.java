package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --instructions} reads callgrind's dumps and the JVM's perf map as they are
 * written (valgrind itself is too slow for the suite: a replication takes minutes under it).
 */
class CallgrindProfileTest {
    /** A dump in callgrind's format: compressed names, a call's inclusive cost, relative positions. */
    private static final String DUMP = """
            # callgrind format
            version: 1
            pid: 4242
            part: 3
            thread: 2

            positions: line
            events: Ir
            summary: 1175

            ob=(1) /usr/lib/jvm/lib/server/libjvm.so
            fl=(1) ???
            fn=(1) JVM_GC
            0 5
            +1 20

            fn=(2) 0x0000000000401000
            0 400
            cob=(1)
            cfi=(1)
            cfn=(1)
            calls=1 0
            0 25
            * 100

            fn=(3) 0x0000000000402010'2
            0 600
            cfn=(4) 0x0000000000409000
            calls=2 0
            0 999
            fn=(4)
            0 50
            """;

    private static final String PERF_MAP = """
            0x402000 0x100 void org.highland.model.Settlement.close(org.highland.model.Region)
            0x401000 0x80 double org.highland.model.Enterprise.stepMonth()
            """;

    @TempDir
    Path dir;

    @Test
    void selfCostsSkipTheCallsInclusiveCostsAndFollowCompressedNames() throws IOException {
        Path file = Files.writeString(dir.resolve("callgrind.4242.3-02"), DUMP);
        CallgrindProfile profile = CallgrindProfile.read(file);
        assertEquals(2, profile.thread());
        assertEquals(Map.of("JVM_GC", 25L, "0x0000000000401000", 500L, "0x0000000000402010'2", 600L,
                "0x0000000000409000", 50L), profile.selfByFunction());
        // 25 + 500 + 600 + 50; the calls' 25 and 999 belong to their callees.
        assertEquals(1175, profile.total());
    }

    @Test
    void withMoreEventsOnlyTheInstructionsCount() throws IOException {
        Path file = Files.writeString(dir.resolve("callgrind.4242.1-02"), "events: Ir Bc Bcm\nfn=(1) f\n0 7 3 1\n+2 5\n");
        assertEquals(Map.of("f", 12L), CallgrindProfile.read(file).selfByFunction());
    }

    @Test
    void addressesAreNamedByThePerfMapsCodeRanges() throws IOException {
        Path file = Files.writeString(dir.resolve("callgrind.4242.3-02"), DUMP);
        CallgrindProfile.PerfMap map = CallgrindProfile.PerfMap.read(Files.writeString(dir.resolve("perf.map"), PERF_MAP));
        List<Map.Entry<String, Long>> methods = CallgrindProfile.read(file).byMethod(map);
        assertEquals(List.of(
                Map.entry("void org.highland.model.Settlement.close(org.highland.model.Region)", 600L),
                Map.entry("double org.highland.model.Enterprise.stepMonth()", 500L),
                Map.entry("(generated code outside the perf map)", 50L),
                Map.entry("JVM_GC", 25L)), methods);
    }

    @Test
    void theMainThreadsDumpsComeInTheOrderOfTheirParts() throws IOException {
        for (int part : new int[] {10, 2, 1}) {
            Files.writeString(dir.resolve("callgrind.4242." + part + "-02"), "thread: 2\nfn=(1) f\n0 " + part + "\n");
            Files.writeString(dir.resolve("callgrind.4242." + part + "-03"), "thread: 3\nfn=(1) f\n0 7\n");
        }
        Files.writeString(dir.resolve("callgrind.999.4-02"), "thread: 2\nfn=(1) f\n0 1000\n");
        List<Long> totals = InstructionCount.mainThreadDumps(dir, 4242).stream().map(CallgrindProfile::total).toList();
        assertEquals(List.of(1L, 2L, 10L), totals);
    }

    @Test
    void theReportNamesTheScenarioCounted() {
        assertEquals("instructions of scenarios/baseline.yaml: a warm-up and 1 replication at scale 0.1 under valgrind's"
                + " callgrind (some 50 times slower than without)",
                InstructionCount.header(new InstructionCount.Request(Path.of("scenarios/baseline.yaml"), 0.1, 1)));
        assertTrue(InstructionCount.header(new InstructionCount.Request(null, 1.0, 2))
                .startsWith("instructions of the built-in defaults: a warm-up and 2 replications at scale 1.0 "));
    }

    @Test
    void theCountedJvmRunsTheReplicationsAndTheReferenceAGcApart() throws IOException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            InstructionCount.main(new String[] {"scenarios/baseline.yaml", "0.01", "2"});
        } finally {
            System.setOut(stdout);
        }
        Scenario scenario = Scenarios.load(Path.of("scenarios/baseline.yaml"), List.of());
        List<Long> expected = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            HighlandSim sim = new HighlandSim(scenario, 0.01, scenario.seed(), k);
            sim.start();
            sim.runToEnd();
            expected.add(sim.world().firmMonths());
            sim.finish();
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("firm-months " + expected.get(0), "firm-months " + expected.get(1)), lines.subList(0, 2), lines.toString());
        // The reference runs over the last replication's mean firm count for the scenario's months.
        long meanFirms = expected.get(1) / scenario.time().months();
        for (String line : lines.subList(2, 4)) {
            long referenceFirmMonths = Long.parseLong(line.substring("reference firm-months ".length()));
            assertTrue(referenceFirmMonths > 0 && referenceFirmMonths <= 2 * meanFirms * scenario.time().months(), line);
        }
        assertEquals(4, lines.size(), lines.toString());
    }
}
