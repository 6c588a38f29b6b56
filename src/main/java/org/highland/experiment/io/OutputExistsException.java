package org.highland.experiment.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Something is in the way of the folder named by {@code --out}: a folder that is not empty, or a
 * file; runs never overwrite results. The CLI maps this to exit code 2.
 */
public final class OutputExistsException extends RuntimeException {
    private final transient Path path;

    private OutputExistsException(Path path, String message) {
        super(message);
        this.path = path;
    }

    /**
     * For what is at {@code real}: a file, or a folder that is not empty.
     *
     * @param real  the path checked
     * @param given the path as the user gave it, for the message
     */
    public static OutputExistsException at(Path real, Path given) {
        boolean folder = Files.isDirectory(real);
        return new OutputExistsException(given, "--out " + given + ": expected a new or empty folder, but "
                + (folder ? "it already exists and is not empty (results are never overwritten)"
                        : "it is a file, not a folder")
                + ". Nothing was written. Fix: choose another --out, or "
                + (folder ? "delete that folder first." : "move the file."));
    }

    /** The offending path, as given. */
    public Path path() {
        return path;
    }
}
