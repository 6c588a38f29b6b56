package org.highland.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming summary gives Summary.of's rows to the bit, whether its values spill or not. */
class StreamingSummaryTest {
    static final List<Metric> METRICS = List.of(new Metric("enterprises", "count", false, "firms"),
            new Metric("output", "billion_yuan", false, "output"), new Metric("growth", "share", false, "growth"));
    static final List<String> AREAS = List.of("Zhejiang", "Jiangsu", "Zhejiang/park:P");

    @TempDir
    Path dir;

    /** A replication with noisy values, some cells never recorded (NaN) and some only sometimes. */
    static ReplicationResult replication(int k, int years) {
        SplittableRandom random = new SplittableRandom(k * 7919L + 1);
        double[][][] values = new double[METRICS.size()][AREAS.size()][years];
        for (int m = 0; m < METRICS.size(); m++) {
            for (int a = 0; a < AREAS.size(); a++) {
                for (int y = 0; y < years; y++) {
                    boolean park = a == 2;
                    values[m][a][y] = park && m > 0 ? Double.NaN
                            : park && random.nextInt(3) == 0 ? Double.NaN : random.nextGaussian() * 1e3 / (y + 1);
                }
            }
        }
        return new ReplicationResult(k, METRICS, AREAS, 2015, values);
    }

    private void assertSameAsSummaryOf(int replications, int years, long budget) {
        List<ReplicationResult> all = new ArrayList<>();
        Path spill = dir.resolve("spill-" + budget + "-" + replications);
        List<SummaryRow> streamed;
        try (StreamingSummary summary = new StreamingSummary(spill, budget, replications)) {
            for (int k = 0; k < replications; k++) {
                ReplicationResult rep = replication(k, years);
                all.add(rep);
                summary.add(rep);
            }
            streamed = summary.rows();
            assertEquals(replications, summary.replications());
        }
        assertFalse(Files.exists(spill), "spill file deleted on close");
        assertEquals(Summary.of(all), streamed, "replications " + replications + ", budget " + budget);
    }

    @Test
    void equalsSummaryOfInMemoryAndWhenSpilledInUnevenChunksAndBlocks() {
        int years = 7;
        long perReplication = (long) METRICS.size() * AREAS.size() * years * Double.BYTES;
        assertSameAsSummaryOf(1, years, StreamingSummary.DEFAULT_BUDGET_BYTES);
        assertSameAsSummaryOf(57, years, StreamingSummary.DEFAULT_BUDGET_BYTES);
        // 5 replications per chunk: 57 = 11 full chunks and 2 in memory; blocks of a few cells.
        assertSameAsSummaryOf(57, years, 5 * perReplication);
        // One replication per chunk and one cell per block: the most fragmented layout.
        assertSameAsSummaryOf(23, years, 1);
    }

    @Test
    void refusesReplicationsOutOfOrderOrOfAnotherLayout() {
        try (StreamingSummary summary = new StreamingSummary(dir.resolve("s"), 1 << 20, 3)) {
            summary.add(replication(1, 3));
            assertTrue(assertThrowsIllegal(() -> summary.add(replication(0, 3))));
            assertTrue(assertThrowsIllegal(() -> summary.add(replication(1, 3))), "a replication counted twice");
            assertTrue(assertThrowsIllegal(() -> summary.add(replication(2, 4))));
        }
    }

    /**
     * Chunks of more replications than the spill writer's piece (65,536 doubles) holds cells, as
     * a run of many replications of a one-cell output has: still Summary.of's rows to the bit.
     */
    @Test
    void chunksLongerThanOneWritePieceSpillWhole() {
        List<Metric> one = List.of(METRICS.get(0));
        List<ReplicationResult> all = new ArrayList<>();
        Path spill = dir.resolve("long-chunks");
        List<SummaryRow> streamed;
        try (StreamingSummary summary = new StreamingSummary(spill, StreamingSummary.DEFAULT_BUDGET_BYTES, 1500)) {
            for (int k = 0; k < 3100; k++) {
                ReplicationResult rep = new ReplicationResult(k, one, List.of("Zhejiang"), 2015,
                        new double[][][] {{{k * 0.5 - 700}}});
                all.add(rep);
                summary.add(rep);
            }
            streamed = summary.rows();
        }
        assertEquals(Summary.of(all), streamed);
    }

    private static boolean assertThrowsIllegal(Runnable r) {
        try {
            r.run();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
