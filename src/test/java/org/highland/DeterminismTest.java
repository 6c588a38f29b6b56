package org.highland;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.run.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scenario and seed give byte-identical results whatever the number of threads and
 * however often they are run; another seed gives other numbers.
 */
class DeterminismTest {
    private static final String SCENARIO = "scenarios/shanghai-trial-support.yaml";

    @TempDir
    static Path dir;
    private static Path oneThread;
    private static Path twoThreads;
    private static Path again;
    private static Path otherSeed;

    @BeforeAll
    static void runFourTimes() {
        oneThread = run("one-thread", "1", "17");
        twoThreads = run("two-threads", "2", "17");
        again = run("again", "2", "17");
        otherSeed = run("other-seed", "2", "18");
    }

    private static Path run(String name, String threads, String seed) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.highland("run", SCENARIO, "--scale", "0.03", "--end", "2018",
                "--replications", "3", "--threads", threads, "--seed", seed, "--out", out.toString());
        assertEquals(0, run.exitCode, run.toString());
        return out;
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalResults() throws IOException {
        for (String file : List.of("replications.csv", "summary.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(file)), Files.readAllBytes(twoThreads.resolve(file)), file);
        }
    }

    @Test
    void twoRunsWithTheSameSeedGiveByteIdenticalResults() throws IOException {
        for (String file : List.of("replications.csv", "summary.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(twoThreads.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void manifestsDifferOnlyInTimingsAndTheCommand() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode a = (ObjectNode) json.readTree(oneThread.resolve("manifest.json").toFile());
        ObjectNode b = (ObjectNode) json.readTree(twoThreads.resolve("manifest.json").toFile());
        assertEquals(1, a.get("threads").asInt());
        assertEquals(2, b.get("threads").asInt());
        for (ObjectNode m : List.of(a, b)) {
            m.remove(List.of("startTime", "wallTimeSeconds", "threads", "command"));
        }
        assertEquals(a, b);
    }

    @Test
    void anotherSeedGivesDifferentValues() throws IOException {
        Map<String, String> first = values(twoThreads.resolve("replications.csv"));
        Map<String, String> second = values(otherSeed.resolve("replications.csv"));
        int compared = 0;
        int different = 0;
        for (Map.Entry<String, String> e : first.entrySet()) {
            if (e.getKey().contains(",enterprises") || e.getKey().contains(",biomedicine_industrial_output")) {
                compared++;
                different += e.getValue().equals(second.get(e.getKey())) ? 0 : 1;
            }
        }
        assertTrue(compared > 100, "too few values compared: " + compared);
        assertTrue(different > 0.9 * compared, different + " of " + compared + " values differ between seeds");
        assertTrue(!Files.readString(twoThreads.resolve("summary.csv")).equals(Files.readString(otherSeed.resolve("summary.csv"))));
    }

    /** replication,year,region,metric -> value. */
    private static Map<String, String> values(Path csv) throws IOException {
        Map<String, String> values = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            int value = nthComma(line, 4);
            int unit = line.lastIndexOf(',');
            values.put(line.substring(0, value), line.substring(value + 1, unit));
        }
        return values;
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
        }
        return at;
    }
}
