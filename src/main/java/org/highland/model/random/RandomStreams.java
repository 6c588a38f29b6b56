package org.highland.model.random;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Named random streams derived from (seed, stream name, replication). Two policy variants run
 * with the same seed and replication draw the same numbers from each stream, so their difference
 * comes from the policy and not from noise (common random numbers).
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;
    /**
     * Per stream name, the hash of (seed, replication, name) that every derivation starts from:
     * streams are derived each month (and per venture round and entrant), and hashing the name's
     * bytes each time cost a byte array and a mix per byte. One replication's streams are used by
     * one thread.
     */
    private final Map<String, Long> nameHashes = new HashMap<>();
    /** The name hashes of the firms' and entrants' seeds, derived once per firm: kept out of the map. */
    private final long firmHash;
    private final long entrantHash;

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
        this.firmHash = nameHash("firm");
        this.entrantHash = nameHash("entrant");
    }

    /** A Mersenne Twister for a region-level process, e.g. {@code stream("entry", region)}. */
    public MersenneTwisterFast stream(String name, int index) {
        long a = derive(name, index, 0);
        long b = derive(name, index, 1);
        return new MersenneTwisterFast(new int[] {(int) a, (int) (a >>> 32), (int) b, (int) (b >>> 32)});
    }

    /**
     * A fresh generator for one region's process in one month. A variant that draws one more
     * entrant or financing round this month then starts next month from the same numbers as its
     * base, so the paired runs do not drift apart for the rest of the run.
     */
    public SplitMix64 monthly(String name, int index, int month) {
        return new SplitMix64(derive(name, index, month));
    }

    /**
     * A fresh generator for the {@code number}-th event of one region's process (a venture round,
     * say), whenever it happens: paired variants draw the same numbers for their n-th round even
     * when one of them places it a month later.
     */
    public SplitMix64 numbered(String name, int index, long number) {
        return new SplitMix64(derive(name, index, number));
    }

    /** Seed for the private generator of the {@code sequence}-th firm created in a region. */
    public long firmSeed(int region, long sequence) {
        return derive(firmHash, region, sequence);
    }

    /**
     * Seed for the private generator of the {@code entrant}-th firm entering a region in a month.
     * Keyed by month and rank rather than by creation order, so one extra entrant in a policy
     * variant does not shift the generators of every later entrant (common random numbers).
     */
    public long entrantSeed(int region, int month, int entrant) {
        return derive(entrantHash, region, ((long) month << 32) | entrant);
    }

    private long derive(String name, long index, long salt) {
        Long named = nameHashes.get(name);
        if (named == null) {
            named = nameHash(name);
            nameHashes.put(name, named);
        }
        return derive(named, index, salt);
    }

    private static long derive(long named, long index, long salt) {
        long h = SplitMix64.mix(named ^ index);
        return SplitMix64.mix(h + salt);
    }

    private long nameHash(String name) {
        long h = SplitMix64.mix(seed ^ 0x5DEECE66DL);
        h = SplitMix64.mix(h ^ replication);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = SplitMix64.mix(h ^ b);
        }
        return h;
    }

    /** Adapts MASON's generator to {@link Uniform}. */
    public static Uniform uniform(MersenneTwisterFast twister) {
        return new Uniform() {
            @Override
            public double nextDouble() {
                return twister.nextDouble();
            }

            @Override
            public double nextGaussian() {
                return twister.nextGaussian();
            }
        };
    }
}
