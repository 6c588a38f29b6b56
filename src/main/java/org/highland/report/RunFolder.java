package org.highland.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.highland.experiment.io.OutputExistsException;

/**
 * The results folder of one command run, written so that a folder with the final name is always
 * complete.
 *
 * <p>Files are written into a hidden sibling {@code .<name>.partial-<pid>-<n>}; {@link #commit()}
 * renames it atomically to the final name. {@link #close()} without a commit deletes it, and so
 * does a shutdown hook on Ctrl-C or SIGTERM; only a hard JVM kill leaves a hidden
 * {@code .partial} folder behind (git-ignored, safe to delete).
 *
 * <p>Use with try-with-resources: create, write via {@link #file(String)}, commit, close.
 */
public final class RunFolder implements AutoCloseable {
    /** Default results root, relative to the working directory. */
    public static final Path DEFAULT_ROOT = Path.of("results");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path work;
    private final Path parent;
    private final String baseName;
    private final boolean outGiven;
    private final Thread cleanup;
    private Path finalPath;
    private String finalName;
    private boolean committed;
    private boolean closed;

    private RunFolder(Path work, Path parent, String baseName, String finalName, Path finalPath,
                      boolean outGiven) {
        this.work = work;
        this.parent = parent;
        this.baseName = baseName;
        this.finalName = finalName;
        this.finalPath = finalPath;
        this.outGiven = outGiven;
        this.cleanup = new Thread(this::abandon, "highland-runfolder-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Creates the working folder of a run, using the system clock for the default name.
     *
     * @see #create(Path, boolean, String, Clock)
     */
    public static RunFolder create(Path out, boolean outGiven, String scenarioName) {
        return create(out, outGiven, scenarioName, Clock.systemDefaultZone());
    }

    /**
     * Creates the working folder of a run.
     *
     * @param out          with {@code outGiven}, the final folder; it may exist only if empty.
     *                     Otherwise the results root ({@link #DEFAULT_ROOT} when null)
     * @param outGiven     whether the user named the folder ({@code --out})
     * @param scenarioName names the default folder {@code <root>/<scenario>/<yyyyMMdd-HHmmss>}
     *                     (local time), suffixed {@code -2}, {@code -3}... when taken; characters
     *                     other than letters, digits, {@code . _ -} become {@code _}
     * @param clock        source of the timestamp
     * @throws OutputExistsException if {@code outGiven} and {@code out} exists and is not an
     *                               empty folder; nothing is written then
     * @throws UncheckedIOException  if a folder cannot be created
     */
    public static RunFolder create(Path out, boolean outGiven, String scenarioName, Clock clock) {
        if (outGiven) {
            Path target = OutputPaths.resolve(out, "--out");
            try {
                OutputPaths.requireWritableTarget(target, "--out", out);
                String name = target.getFileName().toString();
                return open(target.getParent(), name, name, target, true);
            } catch (IOException e) {
                throw new OutputPathException("--out " + out + ": cannot create the results folder in "
                        + target.getParent() + " (" + OutputPaths.reason(e) + "). Fix: choose another --out.");
            }
        }
        Path root = OutputPaths.resolve(out == null ? DEFAULT_ROOT : out, "the results folder");
        Path dir = root.resolve(safeName(scenarioName));
        try {
            OutputPaths.requireCanCreateIn(dir, "the results folder", dir);
            Path parent = Files.createDirectories(dir);
            String stamp = LocalDateTime.now(clock).format(STAMP);
            String name = freeName(parent, stamp);
            return open(parent, stamp, name, parent.resolve(name), false);
        } catch (IOException e) {
            throw new OutputPathException("Cannot create the results folder in " + dir + " ("
                    + OutputPaths.reason(e) + "). Fix: pass --out with a folder you can write.");
        }
    }

    private static RunFolder open(Path parent, String baseName, String finalName, Path finalPath,
                                  boolean outGiven) throws IOException {
        Files.createDirectories(parent);
        String prefix = "." + finalName + ".partial-" + ProcessHandle.current().pid() + "-";
        // createDirectory is atomic, so two runs of this process never share a working folder.
        for (int n = 1; ; n++) {
            try {
                Path work = Files.createDirectory(parent.resolve(prefix + n));
                return new RunFolder(work, parent, baseName, finalName, finalPath, outGiven);
            } catch (FileAlreadyExistsException e) {
                // taken by a concurrent run in this JVM; try the next number
            }
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        return OutputPaths.isEmptyDirectory(dir);
    }

    /** The first of {@code stamp}, {@code stamp-2}, {@code stamp-3}... not present in dir. */
    private static String freeName(Path dir, String stamp) {
        String name = stamp;
        for (int n = 2; Files.exists(dir.resolve(name)); n++) {
            name = stamp + "-" + n;
        }
        return name;
    }

    static String safeName(String scenarioName) {
        return FileNames.safe(scenarioName, "scenario");
    }

    /**
     * A path inside the working folder, for writing; subfolders are created as needed.
     *
     * @throws IllegalArgumentException if {@code name} is absolute or leaves the folder
     * @throws IllegalStateException    after {@link #commit()} or {@link #close()}
     */
    public synchronized Path file(String name) {
        if (committed || closed) {
            throw new IllegalStateException("Run folder already " + (committed ? "committed"
                    : "closed"));
        }
        Path relative = Path.of(name);
        Path path = work.resolve(relative).normalize();
        if (relative.isAbsolute() || !path.startsWith(work) || path.equals(work)) {
            throw new IllegalArgumentException("Not a file name inside the run folder: " + name);
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /**
     * Where the results end up: the folder given as {@code --out}, or the default name. For a
     * default name, a concurrent run may take it first; then {@link #commit()} moves to the next
     * free suffix and this returns the name actually used.
     */
    public synchronized Path finalPath() {
        return finalPath;
    }

    /** The hidden working folder (deleted or renamed by now after commit or close). */
    public Path workingPath() {
        return work;
    }

    /**
     * Atomically renames the working folder to {@link #finalPath()}.
     *
     * @throws OutputExistsException if the {@code --out} folder was filled meanwhile
     * @throws IllegalStateException if already committed or closed
     * @throws UncheckedIOException  if the rename fails (the working folder is kept until close)
     */
    public synchronized void commit() {
        if (committed || closed) {
            throw new IllegalStateException("Run folder already " + (committed ? "committed"
                    : "closed"));
        }
        try {
            // Data first, then the name: after a power cut the final name never shows empty files.
            Durable.syncTree(work);
            if (outGiven) {
                moveOntoEmpty();
            } else {
                moveToFreeName();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the results folder " + finalPath + ": "
                    + e.getMessage(), e);
        }
        Durable.syncFolder(parent);
        committed = true;
        removeHook();
    }

    private void moveOntoEmpty() throws IOException {
        Path target = parent.resolve(finalName);
        try {
            move(target);
        } catch (AtomicMoveNotSupportedException e) {
            throw e;
        } catch (FileSystemException e) {
            // POSIX rename replaces an empty folder; other platforms refuse, so clear it once.
            if (!isEmptyDirectory(target)) {
                throw OutputExistsException.at(target, finalPath);
            }
            Files.delete(target);
            move(target);
        }
    }

    /** Renames to the planned name, or the next free suffix if a concurrent run took it. */
    private void moveToFreeName() throws IOException {
        String name = baseName;
        for (int n = 2; ; n++) {
            Path target = parent.resolve(name);
            if (!Files.exists(target)) {
                try {
                    move(target);
                    finalName = name;
                    finalPath = finalPath.resolveSibling(name);
                    return;
                } catch (AtomicMoveNotSupportedException e) {
                    throw e;
                } catch (FileSystemException e) {
                    if (!Files.exists(target)) {
                        throw e; // not a name clash
                    }
                }
            }
            name = baseName + "-" + n;
        }
    }

    private void move(Path target) throws IOException {
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the working folder unless committed; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeHook();
        if (!committed) {
            deleteWork();
        }
    }

    /** Shutdown hook body: a run interrupted by Ctrl-C must not leave its working folder. */
    private synchronized void abandon() {
        if (!committed && !closed) {
            closed = true;
            try {
                deleteWork();
                System.err.println("highland: interrupted; nothing was kept: the unfinished results folder " + work
                        + " was removed (" + finalPath + " was not written). Earlier results folders are untouched.");
            } catch (UncheckedIOException e) {
                // best effort while the JVM exits; the folder stays hidden
                System.err.println("highland: interrupted; the unfinished results folder " + work
                        + " could not be removed completely: delete it by hand (it is hidden and never read).");
            }
        }
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs or has run
        }
    }

    private void deleteWork() {
        if (!Files.exists(work)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(work)) {
            // Children sort after their folder, so reverse order deletes them first.
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + work, e);
        }
    }
}
