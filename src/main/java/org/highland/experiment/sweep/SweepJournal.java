package org.highland.experiment.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The append-only record of finished tasks of a sweep: each task's rows, then a line
 * {@code #end TASK}, appended in the order tasks finish and flushed at once, so a killed sweep
 * loses only tasks still running. Reopening keeps every complete block and cuts a block the kill
 * left half-written. Only offsets are held in memory (12 bytes a task); {@link #writeOrdered}
 * copies the blocks to outputs.csv in task order.
 */
public final class SweepJournal implements AutoCloseable {
    private static final String END = "#end ";

    private final FileChannel channel;
    private final long[] start;
    private final int[] length;
    private final BitSet done = new BitSet();
    private long size;

    private SweepJournal(FileChannel channel, int tasks) {
        this.channel = channel;
        this.start = new long[tasks];
        this.length = new int[tasks];
        Arrays.fill(start, -1);
    }

    /** Opens (or creates) the journal of a sweep of {@code tasks} tasks, keeping complete blocks. */
    public static SweepJournal open(Path file, int tasks) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        SweepJournal journal = new SweepJournal(channel, tasks);
        journal.scan();
        return journal;
    }

    private void scan() throws IOException {
        long total = channel.size();
        long blockStart = 0;
        long lineStart = 0;
        long kept = 0;
        StringBuilder line = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = 0;
        while (position < total) {
            buffer.clear();
            int n = channel.read(buffer, position);
            for (int i = 0; i < n; i++) {
                byte b = buffer.get(i);
                if (b != '\n') {
                    line.append((char) (b & 0xff));
                    continue;
                }
                long lineEnd = position + i + 1;
                if (line.length() > END.length() && line.substring(0, END.length()).equals(END)) {
                    int task = Integer.parseInt(line.substring(END.length()));
                    if (task >= 0 && task < start.length && !done.get(task)) {
                        start[task] = blockStart;
                        length[task] = (int) (lineStart - blockStart);
                        done.set(task);
                    }
                    blockStart = lineEnd;
                    kept = lineEnd;
                }
                line.setLength(0);
                lineStart = lineEnd;
            }
            position += n;
        }
        channel.truncate(kept);
        size = kept;
    }

    /** Tasks already finished. */
    public BitSet done() {
        return (BitSet) done.clone();
    }

    /** Appends a finished task's rows; thread-safe. */
    public synchronized void append(int task, String rows) throws IOException {
        byte[] body = rows.getBytes(StandardCharsets.UTF_8);
        byte[] end = (END + task + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer all = ByteBuffer.allocate(body.length + end.length).put(body).put(end).flip();
        while (all.hasRemaining()) {
            channel.write(all, size + all.position());
        }
        start[task] = size;
        length[task] = body.length;
        done.set(task);
        size += body.length + end.length;
    }

    /** Whether every task has finished. */
    public synchronized boolean complete() {
        return done.cardinality() == start.length;
    }

    /** Writes the blocks in task order (the canonical order of outputs.csv). */
    public synchronized void writeOrdered(OutputStream out) throws IOException {
        for (int t = 0; t < start.length; t++) {
            if (start[t] < 0) {
                throw new IllegalStateException("task " + t + " has not finished");
            }
            ByteBuffer block = ByteBuffer.allocate(length[t]);
            while (block.hasRemaining()) {
                channel.read(block, start[t] + block.position());
            }
            out.write(block.array());
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Deletes the journal file of a finished sweep. */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
