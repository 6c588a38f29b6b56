package org.highland.report;

/**
 * A results folder that cannot be used as asked (a file in the way, no permission, a dangling
 * link, a name too long...). The message names the path and the reason; the CLI maps it to exit
 * code 2 before any simulation time is spent.
 */
public final class OutputPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputPathException(String message) {
        super(message);
    }
}
