package org.highland.report;

import java.nio.file.Path;

/**
 * The folder named by {@code --out} already holds something; runs never overwrite results.
 * The CLI maps this to exit code 2.
 */
public final class OutputExistsException extends RuntimeException {
    private final transient Path path;

    /** For a folder that exists and is not empty (or is not a folder at all). */
    public OutputExistsException(Path path) {
        super("Output folder " + path + " already exists and is not empty; choose another --out"
                + " or delete that folder first.");
        this.path = path;
    }

    /** The offending path, as given. */
    public Path path() {
        return path;
    }
}
