package org.highland.model;

/**
 * A stable sort of int indices by a double key, without boxing: the order of
 * {@code Arrays.sort(Integer[], from, to, (a, b) -> Double.compare(key[a], key[b]))} (equal keys
 * keep their order), which the start-year population used, at a fraction of its cost and with no
 * object per index.
 */
final class IndexSort {
    /** Runs this short are sorted by insertion (stable), then merged. */
    private static final int INSERTION_RUN = 24;

    private IndexSort() {
    }

    /** Sorts {@code index[from..to)} by {@code key[index[i]]}, ascending, keeping ties in order. */
    static void ascending(int[] index, int from, int to, double[] key) {
        if (to - from < 2) {
            return;
        }
        int[] scratch = new int[to - from];
        sort(index, from, to, key, scratch);
    }

    private static void sort(int[] index, int from, int to, double[] key, int[] scratch) {
        if (to - from <= INSERTION_RUN) {
            insertion(index, from, to, key);
            return;
        }
        int middle = (from + to) >>> 1;
        sort(index, from, middle, key, scratch);
        sort(index, middle, to, key, scratch);
        if (Double.compare(key[index[middle - 1]], key[index[middle]]) <= 0) {
            return;
        }
        merge(index, from, middle, to, key, scratch);
    }

    private static void insertion(int[] index, int from, int to, double[] key) {
        for (int i = from + 1; i < to; i++) {
            int moving = index[i];
            double k = key[moving];
            int j = i - 1;
            // Strictly greater keys move right: an equal key stays before the moving one.
            while (j >= from && Double.compare(key[index[j]], k) > 0) {
                index[j + 1] = index[j];
                j--;
            }
            index[j + 1] = moving;
        }
    }

    private static void merge(int[] index, int from, int middle, int to, double[] key, int[] scratch) {
        int left = middle - from;
        System.arraycopy(index, from, scratch, 0, left);
        int l = 0;
        int r = middle;
        int out = from;
        while (l < left && r < to) {
            // On a tie the left run's index comes first: stable.
            if (Double.compare(key[index[r]], key[scratch[l]]) < 0) {
                index[out++] = index[r++];
            } else {
                index[out++] = scratch[l++];
            }
        }
        System.arraycopy(scratch, l, index, out, left - l);
    }
}
