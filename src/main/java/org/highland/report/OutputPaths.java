package org.highland.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.highland.experiment.io.OutputExistsException;

/**
 * The one output-path policy of every command that writes a folder.
 *
 * <p>{@link #resolve} turns what the user typed into the real folder before any work starts:
 * symbolic links are followed component by component and {@code ..} applies to the folder a link
 * leads to (as the shell's {@code cd -P} does), so the folder checked, the folder written and the
 * folder printed are one and the same. A link at the final name is followed, never replaced or
 * deleted; a dangling link is refused. {@link #requireWritableTarget} then checks that the folder
 * is empty or can be created there, naming the reason when not.
 */
public final class OutputPaths {
    /** Bytes in one path component on ext4, xfs, btrfs, APFS and NTFS (in UTF-16 units there). */
    static final int MAX_COMPONENT_BYTES = 255;

    private OutputPaths() {
    }

    /**
     * The real absolute path of {@code out}: existing components resolved through their links,
     * the rest appended with {@code .} and {@code ..} applied.
     *
     * @param option how to name the path in messages, e.g. {@code --out}
     * @throws OutputPathException for an empty path, a dangling link, a file where a folder must
     *                             be, or a name that no file system accepts
     */
    public static Path resolve(Path out, String option) {
        if (out == null || out.toString().isBlank()) {
            throw new OutputPathException(option + " is empty. Fix: name a folder, e.g. " + option
                    + " results/my-run.");
        }
        Path absolute;
        try {
            absolute = out.toAbsolutePath();
        } catch (InvalidPathException | java.io.IOError e) {
            throw new OutputPathException(option + " " + out + ": not a usable path. Fix: name a folder.");
        }
        Path current = absolute.getRoot();
        boolean exists = true;
        for (Path part : absolute) {
            String name = part.toString();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_COMPONENT_BYTES) {
                throw new OutputPathException(option + " " + out + ": the name '" + shorten(name) + "' is longer than "
                        + MAX_COMPONENT_BYTES + " bytes, which file systems refuse. Fix: choose a shorter name.");
            }
            Path next = current.resolve(name);
            if (exists && Files.exists(next)) {
                current = real(next, option, out);
                continue;
            }
            if (exists && Files.isSymbolicLink(next)) {
                throw new OutputPathException(option + " " + out + ": " + next + " is a symbolic link to "
                        + linkTarget(next) + ", which does not exist. Fix: create that folder, remove the link,"
                        + " or choose another " + option + ".");
            }
            if (exists && !Files.isDirectory(current)) {
                throw new OutputPathException(option + " " + out + ": " + current + " is a file, not a folder,"
                        + " so nothing can be created inside it. Fix: choose another " + option + ".");
            }
            exists = false;
            current = next;
        }
        if (current.getParent() == null) {
            throw new OutputPathException(option + " " + out + ": the root folder cannot hold results. Fix: name a"
                    + " folder below it.");
        }
        return current;
    }

    /**
     * Checks, before any work, that the real folder {@code target} is an empty folder or can be
     * created: its nearest existing ancestor is a writable folder.
     *
     * @throws OutputExistsException if it exists and is not an empty folder (a file, or a folder
     *                               that holds something), naming which
     * @throws OutputPathException   if it cannot be created or written, with the reason
     */
    public static void requireWritableTarget(Path target, String option, Path asGiven) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!isEmptyDirectory(target)) {
                throw OutputExistsException.at(target, asGiven);
            }
        }
        requireCanCreateIn(target.getParent(), option, asGiven);
    }

    /**
     * Checks that {@code folder} exists as a writable folder or can be created: its nearest
     * existing ancestor is a writable folder.
     */
    public static void requireCanCreateIn(Path folder, String option, Path asGiven) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new OutputPathException(option + " " + asGiven + ": " + existing + " is a file, not a folder, so "
                    + "nothing can be created inside it. Fix: choose another " + option + ".");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw new OutputPathException(option + " " + asGiven + ": permission denied: this user cannot create"
                    + " files in " + existing + ". Fix: choose a folder you can write, or change its permissions.");
        }
    }

    /** Whether {@code dir} is a folder with nothing in it. */
    public static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static Path real(Path path, String option, Path out) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new OutputPathException(option + " " + out + ": cannot follow " + path + " ("
                    + reason(e) + "). Fix: choose another " + option + ".");
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }

    /** The reason of an I/O failure in words, without the exception's class name. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }
}
