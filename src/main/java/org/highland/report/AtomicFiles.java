package org.highland.report;

import org.highland.experiment.io.Hashes;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of files that replaces the earlier ones all or not at all, in folders that already hold
 * other results: a sweep folder's {@code sensitivity.csv} with its notes and the tornado charts
 * drawn from them, a results folder's charts, its {@code report.html}. A failure or a kill at any
 * moment, SIGKILL and power loss included, leaves every earlier file of the set or every new one,
 * never some of each: at once, or once the next command has opened the folder.
 *
 * <p>Each file is first written whole into a hidden sibling {@code .<name>.<pid>-<n>.tmp} in its
 * own folder and forced to disk ({@link #stage}). {@link #commit()} of two or more files then
 * writes a journal into each folder the set writes into ({@link CommitJournal}), forced to disk
 * with its folder, listing every file of the set; keeps each earlier file under a second hidden
 * name, {@code .<name>.<pid>-<n>.old} (a hard link, so the name never stands empty); and renames
 * the siblings onto their names one after another. Should a later rename fail, the new files
 * already in place are taken back and the earlier ones put back. Once every file is in place, the
 * journals are marked committed, the kept files deleted, then the journals. A one-file set needs
 * no journal: its one rename is atomic.
 *
 * <p>Ctrl-C or kill (SIGTERM) settles the set the same way: a shutdown hook, in place before the
 * first hidden file exists, puts back what a commit had replaced and deletes the hidden files.
 * Writes, renames and clean-up take one lock, so the hook never acts in the middle of one of them,
 * and once the set is settled (committed, closed or put back) neither the hook nor the commit acts
 * again. A kill outright (SIGKILL, power loss) runs no hook: should it fall between two renames,
 * some files are new and the earlier ones wait in their {@code .old} siblings, and the journals
 * say so. The next set staged into one of those folders, and every command that reads a results
 * folder ({@link #recover}), rolls such a set back once its process is gone: each earlier file
 * renamed back onto its name, each new file where there was none removed, the hidden files and
 * the journals deleted, and one line on stderr. Back, not forward: until the journal is marked
 * committed the new set may lack files, while the earlier one is whole. A kill before the commit
 * leaves only hidden {@code .tmp} files, never read and safe to delete.
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

    /**
     * Called before each rename of a commit, and once after the last, before the set is marked
     * committed; outside the lock: where a test makes a commit fail or stop.
     */
    @FunctionalInterface
    interface BeforeMove {
        void at(Path target) throws IOException;

        /** After the last rename, before the journals are marked committed. */
        default void allMoved() throws IOException {
        }
    }

    /** Where the set stands: open, or settled for good one way or another. */
    private enum State {
        OPEN, COMMITTED, CLOSED, INTERRUPTED
    }

    /** One file written to its hidden sibling, waiting for the commit, with its content's size and SHA-256. */
    private record Staged(Path temporary, Path target, long size, String sha256) {
    }

    /** A target the commit renamed its new file onto, and where the earlier file waits meanwhile (null: none). */
    private record Moved(Path target, Path earlier) {
    }

    /** What a hidden name ends with besides {@code .tmp}: a name taken by any of them is not reserved again. */
    private static final List<String> SIBLINGS = List.of(".old", ".old-copy", CommitJournal.SUFFIX,
            CommitJournal.NEW_SUFFIX);

    private final Existing existing;
    private final BeforeMove beforeMove;
    private final List<Staged> staged = new ArrayList<>();
    private final List<Moved> moved = new ArrayList<>();
    /** Earlier files kept before the renames, by the staged file that replaces them, until it is moved. */
    private final Map<Staged, Path> kept = new LinkedHashMap<>();
    /** Folders made for the set's files, outermost first: an abandoned set removes them again when empty. */
    private final List<Path> madeFolders = new ArrayList<>();
    /** Folders where an interrupted set has been looked for: once each. */
    private final Set<Path> recovered = new HashSet<>();
    private final Thread restore;
    /** The journals of a commit of two or more files, from before its first rename until the set is settled. */
    private CommitJournal journal;
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
     * Rolls back every set that a process killed outright (SIGKILL, power loss) left half committed
     * in {@code folder}, once that process is gone: each earlier file back at its name, each new file
     * where there was none removed, the hidden files and the journal deleted; says so on stderr in
     * one line per set. A set whose process still runs is left alone. Never throws: a set that cannot
     * be rolled back now is named on stderr and left for the next call. Nothing to do for a folder
     * that does not exist.
     */
    public static void recover(Path folder) {
        recover(folder, System.err);
    }

    /** As {@link #recover(Path)}, saying what it did on {@code err}. */
    static void recover(Path folder, PrintStream err) {
        CommitJournal.recover(folder, err);
    }

    /**
     * Writes {@code file}'s content into its hidden sibling, to be renamed onto {@code file} by
     * {@link #commit()}; a folder it needs is made (and removed again if the set is abandoned). A
     * set another process left half committed in that folder is rolled back first
     * ({@link #recover}). If {@code content} throws, the sibling is deleted and the exception passes on.
     *
     * @throws IllegalArgumentException if {@code file} is staged already
     * @throws NotDirectoryException    if a file stands where its folder should be
     */
    public synchronized void stage(Path file, Content content) throws IOException {
        requireOpen();
        if (staged.stream().anyMatch(s -> same(s.target(), file))) {
            throw new IllegalArgumentException(file + " is staged twice");
        }
        Path folder = file.toAbsolutePath().getParent();
        makeFolders(folder);
        if (recovered.add(folder.normalize())) {
            recover(folder);
        }
        // Under the lock while it is written: a hook that deleted the sibling meanwhile would not
        // stop the writing, and the file would be left behind.
        Path temporary = reserve(file);
        try {
            MessageDigest digest = Hashes.sha256();
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), digest))) {
                content.writeTo(out);
            }
            // Data first, then the name: after a power cut the name never shows an empty file.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            staged.add(new Staged(temporary, file, Files.size(temporary), HexFormat.of().formatHex(digest.digest())));
        } catch (IOException | RuntimeException | Error e) {
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
     * Renames every staged file onto its name, in the order staged, journalled when there are two
     * or more (see the class comment). A target that is a folder, or with {@link Existing#REFUSE}
     * one that exists (a dangling link too), stops the commit before any rename; one created
     * meanwhile is found by the rename itself. Should any rename fail, the files this commit had
     * renamed are taken back and the earlier ones put back before the failure passes on.
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
        toMove.forEach(s -> folders.add(s.target().toAbsolutePath().getParent()));
        try {
            synchronized (this) {
                requireOpen();
                prepare(toMove, folders);
            }
            for (Staged s : toMove) {
                beforeMove.at(s.target());
                synchronized (this) {
                    requireOpen();
                    publish(s);
                }
            }
            beforeMove.allMoved();
            synchronized (this) {
                requireOpen();
                if (journal != null) {
                    folders.forEach(Durable::syncFolder); // the renames on disk before the set is marked done
                    journal.markCommitted();
                }
                state = State.COMMITTED;
                boolean tidy = deleteEarlierFiles();
                if (journal != null) {
                    journal.release(tidy); // a kept file left: the journal stays, for a recovery to delete it
                    journal = null;
                }
                // A folder made for the set is an entry of the folder above: to disk with the rest.
                madeFolders.forEach(f -> folders.add(f.getParent()));
            }
        } catch (IOException | RuntimeException | Error e) {
            synchronized (this) {
                if (state == State.OPEN) {
                    state = State.CLOSED;
                    settleBack(e);
                }
            }
            throw e;
        }
        folders.forEach(Durable::syncFolder);
    }

    /**
     * Before the first rename: with two or more files, the journals, on disk; then each earlier
     * file kept under its hidden name, and with a journal those names on disk too, so that a
     * rename never replaces an earlier file whose kept name a power cut could lose.
     */
    private void prepare(List<Staged> toMove, Set<Path> folders) throws IOException {
        Map<Staged, Path> earlier = new LinkedHashMap<>();
        for (Staged s : toMove) {
            if (existing == Existing.REPLACE && Files.exists(s.target(), LinkOption.NOFOLLOW_LINKS)) {
                earlier.put(s, sibling(s, ".old"));
            }
        }
        if (toMove.size() > 1) {
            List<CommitJournal.Entry> entries = toMove.stream().map(s -> new CommitJournal.Entry(s.target(),
                    s.temporary(), earlier.get(s), s.size(), s.sha256())).toList();
            // One journal per folder, named after the set's first file there: a name reserved with it.
            Map<Path, Path> journals = new LinkedHashMap<>();
            for (Staged s : toMove) {
                journals.putIfAbsent(s.target().toAbsolutePath().normalize().getParent(),
                        sibling(s, CommitJournal.SUFFIX));
            }
            journal = CommitJournal.write(entries, List.copyOf(journals.values()), madeFolders);
        }
        for (Map.Entry<Staged, Path> e : earlier.entrySet()) {
            keep(e.getKey().target(), e.getValue());
            kept.put(e.getKey(), e.getValue());
        }
        if (journal != null && !earlier.isEmpty()) {
            folders.forEach(Durable::syncFolder);
        }
    }

    /** Deletes the hidden files of a set not committed, and the folders made for it when empty; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (state == State.OPEN) {
                state = State.CLOSED;
                settleBack(null);
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

    /** Makes the missing folders above a staged file, remembering them for {@link #removeMadeFolders()}. */
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

    /**
     * Creates the file's hidden sibling, empty; {@code CREATE_NEW}, so no two writers share one. A
     * number whose other hidden names (kept file, journal) are taken, by a process that had this
     * id before, is skipped too: the names of a set are all its own.
     */
    private static Path reserve(Path file) throws IOException {
        String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-";
        for (int n = 1; ; n++) {
            String stem = prefix + n;
            if (SIBLINGS.stream().anyMatch(end -> Files.exists(file.resolveSibling(stem + end),
                    LinkOption.NOFOLLOW_LINKS))) {
                continue;
            }
            Path temporary = file.resolveSibling(stem + ".tmp");
            try {
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            } catch (FileAlreadyExistsException e) {
                continue; // taken by another writer of this process; try the next number
            }
            return temporary;
        }
    }

    /** Another hidden name of a staged file: its sibling's, {@code .tmp} replaced by {@code end}. */
    private static Path sibling(Staged s, String end) {
        String name = s.temporary().getFileName().toString();
        return s.temporary().resolveSibling(name.substring(0, name.length() - ".tmp".length()) + end);
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
        Path earlier = kept.get(s);
        if (earlier == null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (journal != null) {
                // The journal says this name had no file: replacing it now would lose it should the set be rolled back.
                throw new FileSystemException(target.toString(), null, "appeared while the files were moved into"
                        + " place (another program writing here?); the earlier files are kept");
            }
            earlier = sibling(s, ".old");
            keep(target, earlier);
            kept.put(s, earlier);
        }
        Files.move(s.temporary(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        staged.remove(s);
        kept.remove(s);
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
     * Keeps the earlier file at {@code target} under the hidden name {@code earlier} until the set
     * is in place: a hard link, so the target's name keeps showing it until the new file replaces
     * it in one rename; where the file system has no hard links, a copy, forced to disk and renamed
     * to that name whole (a recovery puts back whatever that name holds).
     */
    private static void keep(Path target, Path earlier) throws IOException {
        try {
            Files.createLink(earlier, target);
            return;
        } catch (FileAlreadyExistsException taken) {
            throw taken; // reserved with the sibling: another program's doing
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            // no hard links on this file system: keep a copy
        }
        String name = earlier.getFileName().toString();
        Path copy = earlier.resolveSibling(name.substring(0, name.length() - ".old".length()) + ".old-copy");
        try {
            Files.copy(target, copy, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
            if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
                // A read-only earlier file gives a read-only copy: forced through a channel for reading then.
                try (FileChannel channel = FileChannel.open(copy, Files.isWritable(copy) ? StandardOpenOption.WRITE
                        : StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
            Files.move(copy, earlier, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * Takes back what this commit renamed, last first: each earlier file renamed back onto its
     * name in one step, each new file where there was none deleted. An earlier file that cannot be
     * put back stays in its hidden sibling, named in {@code failure} when there is one to tell.
     *
     * @return whether everything was taken back
     */
    private boolean putBack(Throwable failure) {
        boolean all = true;
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
                all = false;
                if (failure != null) {
                    failure.addSuppressed(new IOException(m.earlier() == null ? "could not take back " + m.target()
                            : "could not put back the earlier " + m.target() + "; it is kept as " + m.earlier(), e));
                }
            }
        }
        moved.clear();
        return all;
    }

    /**
     * Deletes the earlier files kept while the set was renamed into place; best effort, they are hidden.
     *
     * @return whether all are gone
     */
    private boolean deleteEarlierFiles() {
        boolean all = true;
        for (Moved m : moved) {
            if (m.earlier() != null) {
                try {
                    Files.deleteIfExists(m.earlier());
                } catch (IOException left) {
                    all = false; // hidden and never read; the journal, kept, has a recovery delete it
                }
            }
        }
        moved.clear();
        return all;
    }

    /**
     * Settles a set not committed: what a commit renamed put back, the hidden siblings deleted
     * (new content not renamed, earlier files kept for renames not done: those still stand at
     * their names), the journals deleted, and the folders made for the set removed when empty. A
     * journal whose set could not all be put back is left for a recovery to finish.
     */
    private void settleBack(Throwable failure) {
        boolean back = putBack(failure);
        for (Staged s : staged) {
            try {
                Files.deleteIfExists(s.temporary());
            } catch (IOException ignored) {
                // best effort: the sibling is hidden and never read
            }
        }
        staged.clear();
        for (Path earlier : kept.values()) {
            try {
                Files.deleteIfExists(earlier);
            } catch (IOException ignored) {
                // a second name of a file still at its own: hidden and never read
            }
        }
        kept.clear();
        if (journal != null) {
            journal.release(back);
            journal = null;
        }
        removeMadeFolders();
    }

    /** Removes the folders made for the set, innermost first, when left empty. */
    private void removeMadeFolders() {
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
            settleBack(null);
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
