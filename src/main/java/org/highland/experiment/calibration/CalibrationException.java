package org.highland.experiment.calibration;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A calibration plan, log or setting that cannot be used; the message says what to fix. */
public final class CalibrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalibrationException(String message) {
        super(message);
    }

    public CalibrationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A file the user named that could not be read: that there is no such file, or the reason in
     * words. Not the exception's message, which for a missing file is the path itself ("cannot
     * read x.csv: x.csv").
     *
     * @param expected what the file should have been, e.g. "a calibration ensemble"
     * @param remedy   what to do, without the full stop
     */
    static CalibrationException unreadable(Path file, String expected, IOException e, String remedy) {
        if (e instanceof NoSuchFileException) {
            return new CalibrationException(file + ": expected " + expected + ", but there is no such file. Fix: "
                    + remedy + "; relative paths start from " + Path.of("").toAbsolutePath() + ".", e);
        }
        return new CalibrationException(file + ": expected " + expected + ", but it cannot be read (" + reason(e)
                + "). Fix: " + remedy + ".", e);
    }

    /** The JDK's reason without the path it repeats ("Is a directory", "permission denied"). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
