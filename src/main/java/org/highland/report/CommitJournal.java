package org.highland.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.io.Hashes;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The journal of an {@link AtomicFiles} commit of two or more files, so that a kill outright
 * (SIGKILL, power loss) between two of its renames is undone by the next command that opens the
 * folder, as a database or a package manager undoes an interrupted transaction.
 *
 * <p>Before the first rename, every folder the set writes into gets a hidden journal
 * {@code .<first file of the set there>.<pid>-<n>.journal}, written whole under a
 * {@code .journal-new} name, forced to disk, renamed into place and the folder forced too. Each
 * journal lists the whole set: for every file its name, the hidden file its new content waits in,
 * the hidden name its earlier file is kept under (none when it had none), and the new content's
 * size and SHA-256. One journal per folder, not one for the set, so that whichever folder the next
 * command opens (a sweep folder, or its charts/ alone for a {@code chart} call) names the set.
 *
 * <p>The commit holds a lock on each journal as long as it runs; the kernel releases it when the
 * process ends, SIGKILL included, so a journal whose lock can be taken belongs to a writer that is
 * gone, whatever process now has its id. Where the file system has no locks, the process id in
 * the name and the start time in the journal tell instead: a journal of a process that runs with
 * that id and start time is left alone.
 *
 * <p>Once every file is renamed and the folders are forced, the commit appends {@code committed}
 * to each journal and forces it; only then are the earlier files deleted, then the journals. A
 * recovery of a journal without that line rolls the set back, every earlier file put back and
 * every new file where there was none removed: the new set may be incomplete, and the earlier one
 * is whole until the line is written. With the line, all new files are in place: the recovery
 * deletes the kept earlier files and the journals, nothing else. Recovery only undoes the set's
 * own writes: a file is removed or replaced only while it holds the set's new content (by size and
 * SHA-256), so a file written since is kept. Every step can be done twice, and the journal is
 * deleted last, so a recovery that is itself killed is finished by the next one.
 */
final class CommitJournal {
    /** How a journal's hidden name ends. */
    static final String SUFFIX = ".journal";
    /** How a journal being written ends, before it is renamed to its name whole. */
    static final String NEW_SUFFIX = ".journal-new";
    private static final String FORMAT = "highland atomic files journal 1";
    private static final String COMMITTED = "committed\n";
    /** A process whose start differs by more than this from the one a journal records is another process. */
    private static final Duration SAME_START = Duration.ofSeconds(1);
    /** The journals of commits running in this JVM, by file key: never recovered while they run. */
    private static final Set<Object> LIVE = ConcurrentHashMap.newKeySet();
    /** One recovery at a time in this JVM; other processes are kept out by the journals' locks. */
    private static final Object RECOVERY = new Object();

    /** Made when a journal is first written or read: a folder without one costs a listing, no more. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** A file of the set: its name, its new content's hidden file and size and hash, where its earlier file is kept (null: none). */
    record Entry(Path target, Path fresh, Path kept, long size, String sha256) {
    }

    /** A journal written and locked by this commit. */
    private record Held(Path file, FileChannel channel, Object key) {
    }

    private final List<Held> journals = new ArrayList<>();

    private CommitJournal() {
    }

    /**
     * Writes one journal per file of {@code files} (one per folder the set writes into), each
     * listing every entry, the journals and the folders made for the set, and each whole on disk
     * under its name before this returns. On failure, what was written is deleted.
     */
    static CommitJournal write(List<Entry> entries, List<Path> files, List<Path> madeFolders) throws IOException {
        CommitJournal journal = new CommitJournal();
        try {
            for (Path file : files) {
                journal.publish(file, content(file.toAbsolutePath().getParent(), entries, files, madeFolders));
            }
        } catch (IOException | RuntimeException | Error e) {
            journal.release(true);
            throw e;
        }
        return journal;
    }

    private void publish(Path file, byte[] content) throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + "-new");
        FileChannel channel = FileChannel.open(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Object key = null;
        try {
            key = key(fresh, file);
            LIVE.add(key);
            try {
                channel.tryLock(); // held until the channel closes; released by the kernel if the process dies
            } catch (IOException | OverlappingFileLockException noLocks) {
                // no locks on this file system: a recovery tells a live writer by its process id
            }
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(fresh);
                channel.close();
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            if (key != null) {
                LIVE.remove(key);
            }
            throw e;
        }
        journals.add(new Held(file, channel, key));
        Durable.syncFolder(file.toAbsolutePath().getParent());
    }

    /** Marks the set committed in every journal, each forced to disk: from here on a recovery keeps the new files. */
    void markCommitted() throws IOException {
        for (Held j : journals) {
            ByteBuffer bytes = ByteBuffer.wrap(COMMITTED.getBytes(StandardCharsets.US_ASCII));
            long at = j.channel().size();
            while (bytes.hasRemaining()) {
                at += j.channel().write(bytes, at);
            }
            j.channel().force(true);
        }
    }

    /**
     * Lets go of the journals: deleted when {@code delete} (the set is settled), otherwise left,
     * unlocked, for a recovery to finish what the commit could not (an earlier file it could not put
     * back, a kept one it could not delete). Best effort: a journal that cannot be deleted is left so.
     */
    void release(boolean delete) {
        for (Held j : journals) {
            if (delete) {
                try {
                    Files.deleteIfExists(j.file());
                } catch (IOException left) {
                    // left for a recovery, which finds the set settled and only tidies
                }
            }
            try {
                j.channel().close();
            } catch (IOException ignored) {
                // closing releases the lock either way
            }
            LIVE.remove(j.key());
        }
        journals.clear();
    }

    /** The journal's text: one line of JSON with paths relative to the journal's folder, so the folder may be moved. */
    private static byte[] content(Path folder, List<Entry> entries, List<Path> files, List<Path> madeFolders)
            throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("pid", ProcessHandle.current().pid());
        ProcessHandle.current().info().startInstant().ifPresent(t -> root.put("started", t.toString()));
        ArrayNode list = root.putArray("files");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("target", relative(folder, e.target()));
            n.put("new", relative(folder, e.fresh()));
            n.put("kept", e.kept() == null ? null : relative(folder, e.kept()));
            n.put("size", e.size());
            n.put("sha256", e.sha256());
        }
        ArrayNode names = root.putArray("journals");
        files.forEach(f -> names.add(relative(folder, f)));
        ArrayNode made = root.putArray("madeFolders");
        madeFolders.forEach(f -> made.add(relative(folder, f)));
        return (Json.MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String relative(Path folder, Path file) {
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
    }

    /** The file's identity (device and inode where the platform has them), else its name. */
    private static Object key(Path file, Path name) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        return key != null ? key : name.toAbsolutePath().normalize();
    }

    /** Whether {@code file} is named as a journal. */
    static boolean isJournal(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    // ---- recovery -------------------------------------------------------------------------

    /** How a journal found by a recovery stands. */
    private enum Owner {
        /** Its writer runs (in this JVM, or holding the lock), or another recovery works on it. */
        LIVE,
        /** This recovery holds its lock: its writer is gone. */
        GONE,
        /** No locks on this file system: the process id and start time tell. */
        UNKNOWN
    }

    /** A journal a recovery opened. */
    private record Opened(Path file, FileChannel channel, Owner owner) {
        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing releases the lock either way
                }
            }
        }
    }

    /** A journal as read back: the set's files with their paths resolved, and whether it was committed. */
    private record Recorded(long pid, Instant started, List<Entry> entries, List<Path> journals,
                            List<Path> madeFolders, boolean committed) {
    }

    /**
     * Recovers every set whose journal is in {@code folder} and whose writer is gone, saying on
     * {@code err} in one line each set rolled back. Never throws: a set that cannot be recovered
     * now (a folder that cannot be written, a journal that cannot be read) is named on {@code err}
     * and left for the next command.
     */
    static void recover(Path folder, PrintStream err) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, CommitJournal::isJournal)) {
            entries.forEach(found::add);
        } catch (IOException | DirectoryIteratorException e) {
            return; // no such folder, or not one: nothing of a set can be in it
        }
        found.sort(null);
        synchronized (RECOVERY) {
            for (Path journal : found) {
                recoverSet(journal, err);
            }
        }
    }

    private static void recoverSet(Path journal, PrintStream err) {
        List<Opened> opened = new ArrayList<>();
        Recorded set = null;
        boolean rolledBack = false;
        try {
            Opened first = open(journal);
            if (first == null) {
                return; // settled meanwhile, by its writer or another recovery
            }
            opened.add(first);
            if (first.owner() == Owner.LIVE) {
                return;
            }
            set = read(first);
            if (first.owner() == Owner.UNKNOWN && writerMayRun(set)) {
                return;
            }
            // The set's other journals too, so no other recovery works on the set meanwhile.
            for (Path other : set.journals()) {
                if (other.toAbsolutePath().normalize().equals(journal.toAbsolutePath().normalize())) {
                    continue;
                }
                Opened o = open(other);
                if (o == null) {
                    continue;
                }
                opened.add(o);
                if (o.owner() == Owner.LIVE || o.owner() == Owner.UNKNOWN && writerMayRun(set)) {
                    return;
                }
            }
            if (set.committed()) {
                deleteHidden(set);
            } else {
                rollBack(set);
                deleteHidden(set);
                rolledBack = true;
            }
            // This journal last: until it is gone, a recovery killed on the way is done again.
            for (int i = opened.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(opened.get(i).file());
            }
            folders(set, journal).forEach(Durable::syncFolder);
        } catch (IOException | RuntimeException e) {
            rolledBack = false;
            err.println("highland: " + journal + ": an interrupted write recorded there could not be "
                    + (set != null && set.committed() ? "tidied" : "undone") + " yet (" + why(e)
                    + "); it is left as it is, and the next command that reads this folder tries again.");
        } finally {
            opened.forEach(Opened::close);
        }
        if (rolledBack) {
            removeMadeFolders(set);
            List<String> where = folders(set, journal).stream().map(Path::toString).toList();
            err.println("highland: an interrupted write of " + set.entries().size() + " files was undone in "
                    + String.join(" and ", where) + ": the files it replaced are back and its new ones removed.");
        }
    }

    /** The reason of a failed recovery, with the file it concerns. */
    private static String why(Exception e) {
        if (e instanceof IOException io) {
            return (io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "")
                    + OutputPaths.reason(io);
        }
        return String.valueOf(e);
    }

        /** Opens a journal and takes its lock; null when it is gone. A journal of this JVM's commits is not opened. */
    private static Opened open(Path file) throws IOException {
        FileChannel channel;
        try {
            // Not opened when live here: closing a second channel would release the writer's lock.
            if (LIVE.contains(key(file, file))) {
                return new Opened(file, null, Owner.LIVE);
            }
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException gone) {
            return null;
        }
        try {
            FileLock lock = channel.tryLock();
            return new Opened(file, channel, lock == null ? Owner.LIVE : Owner.GONE);
        } catch (OverlappingFileLockException held) {
            return new Opened(file, channel, Owner.LIVE);
        } catch (IOException noLocks) {
            return new Opened(file, channel, Owner.UNKNOWN);
        }
    }

    /**
     * Without locks: whether the journal's writer may still run. Its process id is free, or taken by
     * a process that started at another time (the id reused), or this process's own (a journal of
     * this JVM is never opened): gone. A process with that id whose start cannot be told: it may run.
     */
    private static boolean writerMayRun(Recorded set) {
        if (set.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(set.pid());
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return set.started() == null || started.isEmpty()
                || Duration.between(set.started(), started.get()).abs().compareTo(SAME_START) <= 0;
    }

    /** Reads a journal through the channel that holds its lock (another channel's close would release it). */
    private static Recorded read(Opened journal) throws IOException {
        FileChannel channel = journal.channel();
        ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) >= 0) {
            // until full
        }
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new IOException("not a whole journal");
        }
        JsonNode root = Json.MAPPER.readTree(text.substring(0, end));
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a journal of this version of highland");
        }
        Path folder = folderOf(journal.file());
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : root.path("files")) {
            entries.add(new Entry(resolve(folder, n.get("target")), resolve(folder, n.get("new")),
                    resolve(folder, n.get("kept")), n.path("size").asLong(-1), n.path("sha256").asText("")));
        }
        if (entries.isEmpty() || entries.stream().anyMatch(e -> e.target() == null || e.fresh() == null)) {
            throw new IOException("a journal without its files");
        }
        List<Path> journals = new ArrayList<>();
        root.path("journals").forEach(n -> journals.add(resolve(folder, n)));
        List<Path> made = new ArrayList<>();
        root.path("madeFolders").forEach(n -> made.add(resolve(folder, n)));
        Instant started = null;
        if (root.hasNonNull("started")) {
            try {
                started = Instant.parse(root.get("started").asText());
            } catch (DateTimeParseException unreadable) {
                // then the start cannot tell a reused process id
            }
        }
        // A torn mark (power lost while it was written) is no mark: nothing was deleted after it yet.
        boolean committed = text.substring(end + 1).startsWith(COMMITTED);
        return new Recorded(root.path("pid").asLong(-1), started, entries, journals, made, committed);
    }

    private static Path resolve(Path folder, JsonNode relative) {
        return relative == null || relative.isNull() ? null : folder.resolve(relative.asText()).normalize();
    }

    /**
     * Puts the earlier set back, last file first: each kept earlier file renamed onto its name in
     * one step, each new file where there was none removed. A file that holds something other than
     * the set's new content (a file written since, or still the earlier one) is not touched.
     */
    private static void rollBack(Recorded set) throws IOException {
        List<Entry> entries = set.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.kept() != null) {
                if (Files.exists(e.kept(), LinkOption.NOFOLLOW_LINKS)
                        && (!Files.exists(e.target(), LinkOption.NOFOLLOW_LINKS) || holdsNew(e))) {
                    Files.move(e.kept(), e.target(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (holdsNew(e) && (!Files.exists(e.fresh(), LinkOption.NOFOLLOW_LINKS)
                    || Files.isSameFile(e.target(), e.fresh()))) {
                Files.delete(e.target());
            }
        }
        for (Path folder : targetFolders(set)) {
            Durable.syncFolder(folder); // the earlier set on disk before its kept copies and the journal go
        }
    }

    /** Whether a target holds the set's new content: a regular file of the recorded size and SHA-256. */
    private static boolean holdsNew(Entry e) throws IOException {
        return Files.isRegularFile(e.target(), LinkOption.NOFOLLOW_LINKS) && Files.size(e.target()) == e.size()
                && Hashes.sha256(e.target()).equals(e.sha256());
    }

    /** Deletes the set's hidden files: new content not renamed, earlier files kept. */
    private static void deleteHidden(Recorded set) throws IOException {
        for (Entry e : set.entries()) {
            Files.deleteIfExists(e.fresh());
            if (e.kept() != null) {
                Files.deleteIfExists(e.kept());
            }
        }
    }

    /** Removes the folders made for a set rolled back, innermost first, when nothing else is in them. */
    private static void removeMadeFolders(Recorded set) {
        for (int i = set.madeFolders().size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(set.madeFolders().get(i));
            } catch (IOException notEmpty) {
                // holds other files: not the set's to remove
            }
        }
    }

    private static Set<Path> targetFolders(Recorded set) {
        Set<Path> folders = new LinkedHashSet<>();
        set.entries().forEach(e -> folders.add(e.target().getParent()));
        return folders;
    }

    /** A journal's folder, absolute: the set's paths are resolved against it and named so in messages. */
    private static Path folderOf(Path journal) {
        return journal.toAbsolutePath().normalize().getParent();
    }

    /** The folders a set wrote into, the journal's first. */
    private static Set<Path> folders(Recorded set, Path journal) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folderOf(journal));
        folders.addAll(targetFolders(set));
        return folders;
    }
}
