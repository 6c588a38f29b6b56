package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** An I/O failure is one line: what was being done, the path once, the reason, and what to check for that reason. */
class IoFailureMessageTest {
    @Test
    void thePathIsNamedOnceWithARemedyForItsReason() {
        assertEquals("highland: results/x/summary.csv: no such file or folder. Fix: check that the path exists (was a"
                        + " folder moved or deleted during the run?).",
                HighlandCommand.ioFailure(new UncheckedIOException(new NoSuchFileException("results/x/summary.csv"))));
        assertEquals("highland: writing the charts: results/x: permission denied. Fix: check the permissions of that"
                        + " path, or choose another --out.",
                HighlandCommand.ioFailure(new UncheckedIOException("writing the charts", new AccessDeniedException("results/x"))));
        assertEquals("highland: results/x/a.csv: No space left on device. Fix: check the disk space and the permissions"
                        + " of that path.",
                HighlandCommand.ioFailure(new FileSystemException("results/x/a.csv", null, "No space left on device")));
        assertEquals("highland: stream closed. Fix: check the disk space and the permissions of that path.",
                HighlandCommand.ioFailure(new IOException("stream closed")));
    }
}
