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
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of files that replaces the earlier ones all or not at all, in folders that already hold
 * other results: a sweep folder's {@code sensitivity.csv} with its notes and the tornado charts
 * drawn from them, a results folder's charts, its {@code report.html}. A failure or a kill at any
 * moment leaves every earlier file of the set or every new one, never some of each.
 *
 * <p>Each file is first written whole into a hidden sibling {@code .<name>.<pid>-<n>.tmp} in its
 * own folder and forced to disk ({@link #stage}). {@link #commit()} then renames the siblings onto
 * their names one after another. Before a rename replaces an earlier file, that file is kept under
 * a second hidden name, {@code .<name>.<pid>-<n>.old} (a hard link, so the name never stands
 * empty); should a later rename fail, the new files already in place are taken back and the
 * earlier ones put back. Once every file is in place, the kept ones are deleted.
 *
 * <p>Ctrl-C or kill (SIGTERM) settles the set the same way: a shutdown hook, in place before the
 * first hidden file exists, puts back what a commit had replaced and deletes the hidden files.
 * Writes, renames and clean-up take one lock, so the hook never acts in the middle of one of them,
 * and once the set is settled (committed, closed or put back) neither the hook nor the commit acts
 * again. Only a kill outright (SIGKILL, power loss) can leave hidden files behind, never read and
 * safe to delete; and should it fall between two renames of a commit, some files are new and the
 * earlier ones wait in their {@code .old} siblings.
 *
 * <p>Named siblings, not {@link Files#createTempFile}: that file would be readable by its owner
 * only, and the rename would keep it so; results must stay readable by whoever reads the folder.
 *
 * <p>Use with try-with-resources: open, stage, commit, close. For one file, {@link #write} and
 * {@link #writeText} do all of it.
 */
public final class AtomicFiles implements AutoCloseable {
    /** What a commit does to a file already at a target's name. */
    public enum Existing {
        /** Keep it: the commit fails with {@link FileAlreadyExistsException} and moves nothing. */
        REFUSE,
        /** Replace it, keeping it until the whole set is in place. */
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

    /** Called before each rename of a commit, outside the lock: where a test makes a commit fail or stop. */
    @FunctionalInterface
    interface BeforeMove {
        void at(Path target) throws IOException;
    }

    /** Where the set stands: open, or settled for good one way or another. */
    private enum State {
        OPEN, COMMITTED, CLOSED, INTERRUPTED
    }

    /** One file written to its hidden sibling, waiting for the commit. */
    private record Staged(Path temporary, Path target) {
    }

    /** A target the commit renamed its new file onto, and where the earlier file waits meanwhile (null: none). */
    private record Moved(Path target, Path earlier) {
    }

    private final Existing existing;
    private final BeforeMove beforeMove;
    private final List<Staged> staged = new ArrayList<>();
    private final List<Moved> moved = new ArrayList<>();
    /** Folders made for the set's files, outermost first: an abandoned set removes them again when empty. */
    private final List<Path> madeFolders = new ArrayList<>();
    private final Thread restore;
    private State state = State.OPEN;

    private AtomicFiles(Existing existing, BeforeMove beforeMove) {
        this.existing = existing;
        this.beforeMove = beforeMove;
        this.restore = new Thread(this::interrupt, "highland-atomicfiles-restore");
        Runtime.getRuntime().addShutdownHook(restore);
    }

    /** Files to stage and then commit together, treating existing targets as {@code existing} says. */
    public static AtomicFiles open(Existing existing) {
        return open(existing, target -> { });
    }

    static AtomicFiles open(Existing existing, BeforeMove beforeMove) {
        return new AtomicFiles(existing, beforeMove);
    }

    /** Writes one file through its hidden sibling; the commit follows the content. */
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
     * Writes {@code file}'s content into its hidden sibling, to be renamed onto {@code file} by
     * {@link #commit()}; a folder it needs is made (and removed again if the set is abandoned). If
     * {@code content} throws, the sibling is deleted and the exception passes on.
     *
     * @throws IllegalArgumentException if {@code file} is staged already
     * @throws NotDirectoryException    if a file stands where its folder should be
     */
    public synchronized void stage(Path file, Content content) throws IOException {
        requireOpen();
        if (staged.stream().anyMatch(s -> same(s.target(), file))) {
            throw new IllegalArgumentException(file + " is staged twice");
        }
        makeFolders(file.toAbsolutePath().getParent());
        // Under the lock while it is written: a hook that deleted the sibling meanwhile would not
        // stop the writing, and the file would be left behind.
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
            staged.removeIf(s -> s.temporary().equals(temporary));
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
    }

    /** As {@link #stage}, for text written UTF-8. */
    public void stageText(Path file, Text content) throws IOException {
        stage(file, utf8(content));
    }

    /**
     * The hidden file a staged target's content waits in until the commit: to read what is about
     * to be written, as an analysis draws its charts from tables not yet in place.
     *
     * @throws IllegalArgumentException if {@code target} is not staged
     */
    public synchronized Path pending(Path target) {
        return staged.stream().filter(s -> same(s.target(), target)).map(Staged::temporary).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(target + " is not staged"));
    }

    /**
     * Whether the commit would refuse {@code file} as things stand: {@link Existing#REFUSE} and
     * something at its name (a dangling link too). Lets a caller refuse before it draws or writes
     * anything, in its own words.
     */
    public boolean refuses(Path file) {
        return existing == Existing.REFUSE && Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Renames every staged file onto its name, in the order staged. A target that is a folder, or
     * with {@link Existing#REFUSE} one that exists (a dangling link too), stops the commit before
     * any rename; one created meanwhile is found by the rename itself. Should any rename fail, the
     * files this commit had renamed are taken back and the earlier ones put back before the
     * failure passes on.
     *
     * @throws FileAlreadyExistsException with {@code REFUSE}, naming the first target that exists
     * @throws FileSystemException        if a target is a folder; nothing is moved
     * @throws IOException                when Ctrl-C or kill stopped the commit; the earlier files are back
     * @throws IllegalStateException      if already committed or closed
     */
    public void commit() throws IOException {
        List<Staged> toMove;
        synchronized (this) {
            requireOpen();
            for (Staged s : staged) {
                if (Files.isDirectory(s.target(), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(s.target().toString(), null, "is a folder, not a file");
                }
                if (refuses(s.target())) {
                    throw new FileAlreadyExistsException(s.target().toString());
                }
            }
            toMove = List.copyOf(staged);
        }
        Set<Path> folders = new LinkedHashSet<>();
        try {
            for (Staged s : toMove) {
                beforeMove.at(s.target());
                synchronized (this) {
                    requireOpen();
                    publish(s);
                }
                folders.add(s.target().toAbsolutePath().getParent());
            }
            synchronized (this) {
                requireOpen();
                state = State.COMMITTED;
                deleteEarlierFiles();
                // A folder made for the set is an entry of the folder above: to disk with the rest.
                madeFolders.forEach(f -> folders.add(f.getParent()));
            }
        } catch (IOException | RuntimeException | Error e) {
            synchronized (this) {
                if (state == State.OPEN) {
                    state = State.CLOSED;
                    putBack(e);
                    discard();
                }
            }
            throw e;
        }
        folders.forEach(Durable::syncFolder);
    }

    /** Deletes the hidden files of a set not committed, and the folders made for it when empty; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (state == State.OPEN) {
                state = State.CLOSED;
                discard();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs or has run
        }
    }

    private void requireOpen() throws IOException {
        switch (state) {
            case OPEN -> {
            }
            case INTERRUPTED -> throw new IOException("interrupted: the earlier files were kept or put back");
            default -> throw new IllegalStateException("Files already "
                    + (state == State.COMMITTED ? "committed" : "closed"));
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Makes the missing folders above a staged file, remembering them for {@link #discard()}. */
    private void makeFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        Path existingFolder = folder;
        while (existingFolder != null && !Files.exists(existingFolder)) {
            missing.push(existingFolder);
            existingFolder = existingFolder.getParent();
        }
        if (existingFolder != null && !Files.isDirectory(existingFolder)) {
            throw new NotDirectoryException(existingFolder.toString());
        }
        for (Path f : missing) {
            try {
                Files.createDirectory(f);
                madeFolders.add(f);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(f)) {
                    throw new NotDirectoryException(f.toString());
                }
                // made meanwhile by another writer: not ours to remove
            }
        }
    }

    /** Creates the file's hidden sibling, empty; {@code CREATE_NEW}, so no two writers share one. */
    private Path reserve(Path file) throws IOException {
        String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-";
        for (int n = 1; ; n++) {
            Path temporary = file.resolveSibling(prefix + n + ".tmp");
            try {
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException e) {
                continue; // taken by another writer of this process; try the next number
            }
            staged.add(new Staged(temporary, file));
            return temporary;
        }
    }

    /** Renames one staged file onto its name; a moved sibling's name is free again, no longer ours to delete. */
    private void publish(Staged s) throws IOException {
        Path target = s.target();
        if (existing == Existing.REFUSE) {
            publishNew(s.temporary(), target);
            staged.remove(s);
            moved.add(new Moved(target, null));
            return;
        }
        Path earlier = Files.exists(target, LinkOption.NOFOLLOW_LINKS) ? keep(target) : null;
        try {
            Files.move(s.temporary(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            if (earlier != null) {
                Files.deleteIfExists(earlier); // the earlier file is still at its name
            }
            throw e;
        }
        staged.remove(s);
        moved.add(new Moved(target, earlier));
    }

    /** Renames onto a name nothing holds: a hard link refuses a file that appeared since the check, atomically. */
    private static void publishNew(Path temporary, Path target) throws IOException {
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

    /**
     * Keeps the earlier file at {@code target} under a hidden name until the set is in place: a
     * hard link, so the target's name keeps showing it until the new file replaces it in one
     * rename; a copy where the file system has no hard links.
     */
    private static Path keep(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
        for (int n = 1; ; n++) {
            Path earlier = target.resolveSibling(prefix + n + ".old");
            try {
                Files.createLink(earlier, target);
                return earlier;
            } catch (FileAlreadyExistsException taken) {
                continue; // taken by another writer of this process; try the next number
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                // no hard links on this file system: keep a copy
            }
            try {
                Files.copy(target, earlier, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                return earlier;
            } catch (FileAlreadyExistsException taken) {
                // as above
            }
        }
    }

    /**
     * Takes back what this commit renamed, last first: each earlier file renamed back onto its
     * name in one step, each new file where there was none deleted. An earlier file that cannot be
     * put back stays in its hidden sibling, named in {@code failure} when there is one to tell.
     */
    private void putBack(Throwable failure) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Moved m = moved.get(i);
            try {
                if (m.earlier() == null) {
                    Files.deleteIfExists(m.target());
                } else {
                    Files.move(m.earlier(), m.target(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(new IOException(m.earlier() == null ? "could not take back " + m.target()
                            : "could not put back the earlier " + m.target() + "; it is kept as " + m.earlier(), e));
                }
            }
        }
        moved.clear();
    }

    /** Deletes the earlier files kept while the set was renamed into place; best effort, they are hidden. */
    private void deleteEarlierFiles() {
        for (Moved m : moved) {
            if (m.earlier() != null) {
                try {
                    Files.deleteIfExists(m.earlier());
                } catch (IOException ignored) {
                    // hidden and never read: safe to delete by hand
                }
            }
        }
        moved.clear();
    }

    /** Deletes the hidden siblings not renamed, then the folders made for them when left empty. */
    private void discard() {
        for (Staged s : staged) {
            try {
                Files.deleteIfExists(s.temporary());
            } catch (IOException ignored) {
                // best effort: the sibling is hidden and never read
            }
        }
        staged.clear();
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(madeFolders.get(i));
            } catch (IOException notEmpty) {
                // holds files of another writer: not ours to remove
            }
        }
        madeFolders.clear();
    }

    /** Shutdown hook body: Ctrl-C or kill leaves the earlier files, whatever the set was doing. */
    private synchronized void interrupt() {
        if (state == State.OPEN) {
            state = State.INTERRUPTED;
            putBack(null);
            discard();
        }
    }

    private static Content utf8(Text content) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        };
    }
}
