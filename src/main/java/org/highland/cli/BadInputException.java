package org.highland.cli;

/** A mistake in what the user asked for; the CLI prints the message and exits with 2. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
