package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.highland.model.random.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The rank blocks of {@link Thinning#thin} on a small sample worked by hand: at scale 1/2 a
 * sector of 8 firms becomes 4 blocks of 2 consecutive ranks and a sector of 4 firms 2 blocks;
 * each lower block is one of its members, the top block a firm of (block sum) x k / m whose
 * traits come from a member drawn in proportion to size.
 */
class ThinningByHandTest {
    // Cell 0: sizes 1..8 in shuffled order; cell 1: 10, 20, 30, 40.
    private static final int[] CELL = {0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0};
    private static final double[] SIZE = {5, 30, 1, 8, 10, 3, 7, 2, 40, 6, 20, 4};

    @Test
    void eachBlockIsOneFirmAndTheTopBlockKeepsItsSum() {
        for (long seed = 1; seed <= 200; seed++) {
            Thinning.Sample sample = Thinning.thin(CELL, SIZE, 0.5, new SplitMix64(seed));
            assertEquals(6, sample.size().length, "4 blocks of cell 0 and 2 of cell 1");
            int[] blocks = new int[6];
            for (int j = 0; j < 6; j++) {
                int source = sample.source()[j];
                double size = sample.size()[j];
                if (size == 7.5) {
                    // (7 + 8) x 4 / 8, traits of the 7 or the 8.
                    assertTrue(SIZE[source] == 7 || SIZE[source] == 8, "top of cell 0 from " + SIZE[source]);
                    blocks[3]++;
                } else if (size == 35) {
                    // (30 + 40) x 2 / 4.
                    assertTrue(SIZE[source] == 30 || SIZE[source] == 40, "top of cell 1 from " + SIZE[source]);
                    blocks[5]++;
                } else {
                    assertEquals(SIZE[source], size, 0.0, "a lower block is one of its members");
                    int block = CELL[source] == 0 ? (int) ((size - 1) / 2) : 4;
                    assertTrue(CELL[source] == 0 ? size <= 6 : size <= 20, "lower block member " + size);
                    blocks[block]++;
                }
            }
            int[] once = {1, 1, 1, 1, 1, 1};
            assertTrue(Arrays.equals(once, blocks), "each block exactly once: " + Arrays.toString(blocks));
        }
    }

    @Test
    void membersAreDrawnUniformlyBelowAndInProportionToSizeAtTheTop() {
        int trials = 4000;
        int eight = 0;
        int two = 0;
        int forty = 0;
        int firstIsTop = 0;
        for (long seed = 1; seed <= trials; seed++) {
            Thinning.Sample sample = Thinning.thin(CELL, SIZE, 0.5, new SplitMix64(1000 + seed));
            for (int j = 0; j < sample.size().length; j++) {
                double own = SIZE[sample.source()[j]];
                eight += own == 8 ? 1 : 0;
                two += own == 2 ? 1 : 0;
                forty += own == 40 ? 1 : 0;
            }
            firstIsTop += sample.size()[0] == 7.5 ? 1 : 0;
        }
        // P(8) = 8 / 15, P(40) = 40 / 70, P(2) = 1 / 2; the order is random: the top block of
        // cell 0 comes first in 1 of 6 samples. Four standard errors.
        assertEquals(8.0 / 15, eight / (double) trials, 4 * Math.sqrt(0.25 / trials));
        assertEquals(40.0 / 70, forty / (double) trials, 4 * Math.sqrt(0.25 / trials));
        assertEquals(0.5, two / (double) trials, 4 * Math.sqrt(0.25 / trials));
        assertEquals(1.0 / 6, firstIsTop / (double) trials, 4 * Math.sqrt(0.14 / trials));
    }

    @Test
    void aFractionalBlockCountIsDrawnWithItsMean() {
        // Three firms at scale 1/2: one block (the top, of size (1 + 2 + 3) x 1 / 3 = 2) or two
        // (a member of rank 1, and (2 + 3) x 2 / 3), half the time each.
        int[] cell = {0, 0, 0};
        double[] size = {3, 1, 2};
        int two = 0;
        int trials = 2000;
        for (long seed = 1; seed <= trials; seed++) {
            Thinning.Sample sample = Thinning.thin(cell, size, 0.5, new SplitMix64(seed));
            if (sample.size().length == 1) {
                assertEquals(2.0, sample.size()[0], 1e-12);
            } else {
                assertEquals(2, sample.size().length);
                double[] sorted = sample.size().clone();
                Arrays.sort(sorted);
                assertEquals(1.0, sorted[0], 0.0);
                assertEquals(10.0 / 3, sorted[1], 1e-12);
                two++;
            }
        }
        assertEquals(0.5, two / (double) trials, 4 * Math.sqrt(0.25 / trials));
    }
}
