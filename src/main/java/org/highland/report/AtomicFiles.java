package org.highland.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Single files written whole or not at all, into a folder that already holds other results (a
 * sweep folder's {@code sensitivity.csv}, a results folder's {@code report.html}). Each file is
 * written into a hidden sibling {@code .<name>.<pid>-<n>.tmp} in the same folder, forced to disk,
 * and only then renamed onto its name, so the name always shows the earlier file or the new one,
 * never half of one. A failure deletes the sibling, and so does a shutdown hook on Ctrl-C or
 * SIGTERM; only a hard kill leaves one behind (hidden, never read, safe to delete).
 *
 * <p>A named sibling, not {@link Files#createTempFile}: that file would be readable by its owner
 * only, and the rename would keep it so; results must stay readable by whoever reads the folder.
 *
 * <p>Several files that belong together (a table and its notes) are staged first and moved in one
 * {@link #commit()}: a failure while writing any of them leaves every target as it was.
 * Use with try-with-resources: stage, commit, close. For one file, {@link #write} and
 * {@link #writeText} do all three.
 */
public final class AtomicFiles implements AutoCloseable {
    /** What a commit does to a file already at a target's name. */
    public enum Existing {
        /** Keep it: the commit fails with {@link FileAlreadyExistsException} and moves nothing. */
        REFUSE,
        /** Replace it in one rename. */
        REPLACE
    }

    /** Writes a file's whole content; the stream is closed by the caller's {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a text file's whole content, UTF-8; the writer is closed by the caller's {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** One file written to its temporary sibling, waiting for the commit. */
    private record Staged(Path temporary, Path target) {
    }

    private final Existing existing;
    private final List<Staged> staged = new ArrayList<>();
    private final Thread cleanup;
    private boolean committed;
    private boolean closed;

    private AtomicFiles(Existing existing) {
        this.existing = existing;
        this.cleanup = new Thread(this::abandon, "highland-atomicfiles-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Files to stage and then commit together, treating existing targets as {@code existing} says. */
    public static AtomicFiles open(Existing existing) {
        return new AtomicFiles(existing);
    }

    /** Writes one file through its temporary sibling; the commit follows the content. */
    public static Path write(Path file, Existing existing, Content content) throws IOException {
        try (AtomicFiles files = open(existing)) {
            files.stage(file, content);
            files.commit();
        }
        return file;
    }

    /** As {@link #write}, for text written UTF-8. */
    public static Path writeText(Path file, Existing existing, Text content) throws IOException {
        return write(file, existing, utf8(content));
    }

    /** As {@link #write}, for a text already built. */
    public static Path writeString(Path file, Existing existing, CharSequence text) throws IOException {
        return writeText(file, existing, out -> out.append(text));
    }

    /**
     * Writes {@code file}'s content into its temporary sibling, to be moved onto {@code file} by
     * {@link #commit()}. If {@code content} throws, the sibling is deleted and the exception passes on.
     */
    public void stage(Path file, Content content) throws IOException {
        Path temporary = reserve(file);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            }
            // Data first, then the name: after a power cut the name never shows an empty file.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException | RuntimeException | Error e) {
            forget(temporary, e);
            throw e;
        }
    }

    /** As {@link #stage}, for text written UTF-8. */
    public void stageText(Path file, Text content) throws IOException {
        stage(file, utf8(content));
    }

    /**
     * Moves every staged file onto its name, in the order staged. With {@link Existing#REFUSE}, a
     * target that exists (a dangling link too) stops the commit before any move; one created
     * meanwhile is found by the move itself, and the files this commit had moved are taken back.
     * With {@link Existing#REPLACE} the renames follow one another in the same folder; should one
     * fail (the folder made read-only between two), the files before it are already replaced.
     *
     * @throws FileAlreadyExistsException with {@code REFUSE}, naming the first target that exists
     * @throws FileSystemException        if a target is a folder; nothing is moved
     * @throws IllegalStateException      if already committed or closed
     */
    public synchronized void commit() throws IOException {
        if (committed || closed) {
            throw new IllegalStateException("Files already " + (committed ? "committed" : "closed"));
        }
        for (Staged s : staged) {
            if (Files.isDirectory(s.target(), LinkOption.NOFOLLOW_LINKS)) {
                throw new FileSystemException(s.target().toString(), null, "is a folder, not a file");
            }
            if (existing == Existing.REFUSE && Files.exists(s.target(), LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(s.target().toString());
            }
        }
        List<Path> moved = new ArrayList<>();
        Set<Path> folders = new LinkedHashSet<>();
        try {
            // A moved sibling's name is free again for another writer: it is no longer ours to delete.
            for (Iterator<Staged> it = staged.iterator(); it.hasNext(); ) {
                Staged s = it.next();
                publish(s.temporary(), s.target());
                it.remove();
                moved.add(s.target());
                folders.add(s.target().toAbsolutePath().getParent());
            }
        } catch (IOException | RuntimeException e) {
            if (existing == Existing.REFUSE) {
                takeBack(moved);
            }
            throw e;
        }
        folders.forEach(Durable::syncFolder);
        committed = true;
    }

    /** Deletes the temporary siblings not moved; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs or has run
        }
        deleteTemporaries();
    }

    /** Creates the file's temporary sibling, empty; {@code CREATE_NEW}, so no two writers share one. */
    private Path reserve(Path file) throws IOException {
        String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-";
        for (int n = 1; ; n++) {
            Path temporary = file.resolveSibling(prefix + n + ".tmp");
            synchronized (this) {
                if (committed || closed) {
                    throw new IllegalStateException("Files already " + (committed ? "committed" : "closed"));
                }
                try {
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                } catch (FileAlreadyExistsException e) {
                    continue; // taken by another writer of this process; try the next number
                }
                staged.add(new Staged(temporary, file));
                return temporary;
            }
        }
    }

    private void publish(Path temporary, Path target) throws IOException {
        if (existing == Existing.REPLACE) {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        // A rename replaces a file that appeared since the check; a hard link refuses it, atomically.
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links on this file system: check and rename, leaving a moment between the two.
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.delete(temporary);
    }

    /** A refused commit leaves nothing: the files it moved were new, so they go again. */
    private static void takeBack(List<Path> moved) {
        for (Path file : moved) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the failure that caused this is the one reported
            }
        }
    }

    /** Deletes a sibling whose writing failed, keeping {@code failure} the exception reported. */
    private synchronized void forget(Path temporary, Throwable failure) {
        staged.removeIf(s -> s.temporary().equals(temporary));
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Shutdown hook body: an interrupted write must not leave its temporary files. */
    private synchronized void abandon() {
        if (!closed) {
            closed = true;
            deleteTemporaries();
        }
    }

    private void deleteTemporaries() {
        for (Staged s : staged) {
            try {
                Files.deleteIfExists(s.temporary());
            } catch (IOException ignored) {
                // best effort: the sibling is hidden and never read
            }
        }
        staged.clear();
    }

    private static Content utf8(Text content) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        };
    }
}
