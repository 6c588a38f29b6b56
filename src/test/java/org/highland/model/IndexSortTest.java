package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndexSortTest {
    /** The boxed, stable sort the population used before is the oracle, ties and sub-ranges included. */
    @Test
    void ordersAsTheStableBoxedSortDoes() {
        SplittableRandom random = new SplittableRandom(2015);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(1, 400);
            double[] key = new double[n];
            // Few distinct values in some rounds, so that ties are common and stability shows.
            int distinct = round % 3 == 0 ? 1 + random.nextInt(5) : Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                key[i] = distinct == Integer.MAX_VALUE ? random.nextDouble() * 100 : random.nextInt(distinct);
            }
            int[] shuffled = new int[n];
            for (int i = 0; i < n; i++) {
                shuffled[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            int from = random.nextInt(n);
            int to = from + random.nextInt(n - from + 1);
            Integer[] boxed = Arrays.stream(shuffled).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, from, to, (a, b) -> Double.compare(key[a], key[b]));
            int[] sorted = shuffled.clone();
            IndexSort.ascending(sorted, from, to, key);
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), sorted, "round " + round);
        }
    }
}
