package org.highland.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;

/**
 * {@link Summary#of} for any number of replications in bounded memory: results are added as they
 * finish (in replication order) and dropped; their values wait in a spill file.
 *
 * <p>Values are buffered a chunk of replications at a time and each full chunk is written to the
 * spill file transposed, cell by cell (a cell is one metric, area and year), so that the values of
 * a block of cells across all replications are read back with one contiguous read per chunk. The
 * statistics are then computed from exactly the same values in the same order as {@link Summary#of}
 * (same mean, sd and R-7 percentiles, to the last bit): the quantiles are exact, not sketched.
 * Runs whose values fit in one chunk never touch the disk.
 *
 * <p>All replications must share one layout (metrics, areas, years), as the replications of one
 * run do.
 */
public final class StreamingSummary implements AutoCloseable {
    /** Bytes of values held at once, per buffer: small beside any default heap. */
    public static final long DEFAULT_BUDGET_BYTES = 16L << 20;
    /** Doubles per write to the spill file. */
    private static final int WRITE_PIECE = 1 << 16;

    private final Path spillFile;
    private final long budgetBytes;
    private final int expected;
    private List<Metric> metrics;
    private List<String> areas;
    private int firstYear;
    private int years;
    private int cells;
    private int chunkCapacity;
    private double[] chunk;
    private int inChunk;
    private final List<Integer> chunkSizes = new ArrayList<>();
    private FileChannel spill;
    private int replications;
    private int lastReplication = Integer.MIN_VALUE;

    /**
     * @param spillFile   where values wait when they do not fit in memory (created only then,
     *                    deleted by {@link #close()})
     * @param budgetBytes bytes of values to hold in memory at once
     * @param expected    replications expected (sizes the buffer of a small run; more may come)
     */
    public StreamingSummary(Path spillFile, long budgetBytes, int expected) {
        this.spillFile = spillFile;
        this.budgetBytes = Math.max(budgetBytes, Double.BYTES);
        this.expected = Math.max(1, expected);
    }

    /** Adds the next replication; replications must come in increasing replication number. */
    public void add(ReplicationResult rep) {
        if (rep.replication() <= lastReplication) {
            throw new IllegalArgumentException("replication " + rep.replication() + " after " + lastReplication);
        }
        lastReplication = rep.replication();
        if (metrics == null) {
            start(rep);
        } else if (!rep.metrics().equals(metrics) || !rep.areas().equals(areas) || rep.firstYear() != firstYear
                || rep.lastYear() - rep.firstYear() + 1 != years) {
            throw new IllegalArgumentException("replication " + rep.replication() + " has another layout than the first");
        }
        if (inChunk == chunkCapacity) {
            flush();
        }
        int base = inChunk;
        int cell = 0;
        for (int m = 0; m < metrics.size(); m++) {
            for (int a = 0; a < areas.size(); a++) {
                for (int y = 0; y < years; y++) {
                    // Cell-major within the chunk: the values of one cell lie side by side.
                    chunk[cell * chunkCapacity + base] = rep.value(m, a, firstYear + y);
                    cell++;
                }
            }
        }
        inChunk++;
        replications++;
    }

    private void start(ReplicationResult rep) {
        metrics = rep.metrics();
        areas = rep.areas();
        firstYear = rep.firstYear();
        years = Math.max(0, rep.lastYear() - rep.firstYear() + 1);
        cells = metrics.size() * areas.size() * years;
        long perReplication = Math.max(1L, (long) cells * Double.BYTES);
        long fits = Math.min(Integer.MAX_VALUE / Math.max(cells, 1), budgetBytes / perReplication);
        chunkCapacity = (int) Math.max(1, Math.min(fits, expected));
        chunk = new double[Math.max(cells, 1) * chunkCapacity];
    }

    /** Writes the full chunk to the spill file, cell by cell. */
    private void flush() {
        try {
            if (spill == null) {
                spill = FileChannel.open(spillFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
            }
            // Written in pieces through one small buffer, so the chunk is the only large array.
            ByteBuffer bytes = ByteBuffer.allocate(Math.max(inChunk, WRITE_PIECE) * Double.BYTES)
                    .order(ByteOrder.nativeOrder());
            DoubleBuffer doubles = bytes.asDoubleBuffer();
            for (int c = 0; c < cells; c++) {
                if (doubles.remaining() < inChunk) {
                    write(bytes, doubles.position());
                    doubles.clear();
                }
                doubles.put(chunk, c * chunkCapacity, inChunk);
            }
            write(bytes, doubles.position());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + spillFile, e);
        }
        chunkSizes.add(inChunk);
        inChunk = 0;
    }

    private void write(ByteBuffer bytes, int doubles) throws IOException {
        bytes.clear().limit(doubles * Double.BYTES);
        while (bytes.hasRemaining()) {
            spill.write(bytes);
        }
    }

    /** Replications added so far. */
    public int replications() {
        return replications;
    }

    /** The summary rows, equal to {@code Summary.of} of every replication added. */
    public List<SummaryRow> rows() {
        List<SummaryRow> rows = new ArrayList<>();
        if (metrics == null) {
            return rows;
        }
        int spilled = replications - inChunk;
        int blockCells = (int) Math.max(1, Math.min(cells, budgetBytes / ((long) replications * Double.BYTES)));
        double[] block = new double[blockCells * replications];
        double[] values = new double[replications];
        for (int c0 = 0; c0 < cells; c0 += blockCells) {
            int width = Math.min(blockCells, cells - c0);
            readBlock(c0, width, block, spilled);
            for (int c = 0; c < width; c++) {
                int n = 0;
                for (int r = 0; r < replications; r++) {
                    double v = block[c * replications + r];
                    if (!Double.isNaN(v)) {
                        values[n++] = v;
                    }
                }
                if (n > 0) {
                    int cell = c0 + c;
                    int y = cell % years;
                    int a = (cell / years) % areas.size();
                    Metric metric = metrics.get(cell / years / areas.size());
                    rows.add(Summary.stats(metric.name(), areas.get(a), firstYear + y, metric.unit(), values, n));
                }
            }
        }
        return rows;
    }

    /** Fills {@code block} with cells c0..c0+width-1, each across all replications in order. */
    private void readBlock(int c0, int width, double[] block, int spilled) {
        try {
            long chunkStart = 0;
            int done = 0;
            for (int size : chunkSizes) {
                ByteBuffer bytes = ByteBuffer.allocate(width * size * Double.BYTES).order(ByteOrder.nativeOrder());
                long at = chunkStart + (long) c0 * size * Double.BYTES;
                while (bytes.hasRemaining()) {
                    if (spill.read(bytes, at + bytes.position()) < 0) {
                        throw new IOException("spill file ends early");
                    }
                }
                bytes.flip();
                DoubleBuffer doubles = bytes.asDoubleBuffer();
                for (int c = 0; c < width; c++) {
                    doubles.get(block, c * replications + done, size);
                }
                chunkStart += (long) cells * size * Double.BYTES;
                done += size;
            }
            for (int c = 0; c < width; c++) {
                System.arraycopy(chunk, (c0 + c) * chunkCapacity, block, c * replications + spilled, inChunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + spillFile, e);
        }
    }

    /** Deletes the spill file. */
    @Override
    public void close() {
        try {
            if (spill != null) {
                spill.close();
            }
            Files.deleteIfExists(spillFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + spillFile, e);
        }
    }
}
