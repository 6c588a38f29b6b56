package org.highland.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Where the running code came from: release version and git commit. */
public final class BuildInfo {
    /** Version reported when not running from the packaged jar (IDE, tests). */
    public static final String DEV_VERSION = "dev";
    /** Commit reported when git is missing, slow or the directory is not a repository. */
    public static final String UNKNOWN_COMMIT = "unknown";

    private static final long GIT_TIMEOUT_SECONDS = 5;

    private BuildInfo() {
    }

    /** Implementation-Version of the jar manifest, or {@value #DEV_VERSION}. */
    public static String version() {
        String version = BuildInfo.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEV_VERSION : version;
    }

    /**
     * {@link #gitCommit(Path)} of the checkout this code was built in (the folder of its jar or
     * classes), not of the working directory: a run started from another folder, or from a
     * repository of the user's own, still names the commit of the Highland that ran it;
     * {@value #UNKNOWN_COMMIT} when the code's location is unknown.
     */
    public static String gitCommit() {
        return codeFolder().map(BuildInfo::gitCommit).orElse(UNKNOWN_COMMIT);
    }

    /** The folder holding this code: the jar's folder, or the classes folder. */
    private static Optional<Path> codeFolder() {
        try {
            CodeSource source = BuildInfo.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path code = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(code) ? code : code.getParent());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
            return Optional.empty(); // not a file on this machine: no checkout to ask
        }
    }

    /**
     * {@code git rev-parse HEAD} in {@code directory}, with
     * {@code +dirty} appended when a tracked file differs from that commit; files git does not
     * track (a planner's own scenarios, say) leave it clean, since the run folder holds the
     * resolved scenario anyway. {@value #UNKNOWN_COMMIT} when git fails or takes more than 5 s (a
     * manifest must never block or break a run).
     */
    public static String gitCommit(Path directory) {
        Optional<String> head = git(List.of("git", "rev-parse", "HEAD"), directory);
        if (head.isEmpty() || head.get().isBlank()) {
            return UNKNOWN_COMMIT;
        }
        Optional<String> status = git(List.of("git", "status", "--porcelain", "--untracked-files=no"), directory);
        boolean dirty = status.map(s -> !s.isBlank()).orElse(false);
        return head.get().strip() + (dirty ? "+dirty" : "");
    }

    /** The command's stdout if it exits 0 within the timeout. */
    private static Optional<String> git(List<String> command, Path directory) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return Optional.empty(); // git not installed
        }
        try {
            process.getOutputStream().close();
            // Read on another thread: a long status listing would otherwise fill the pipe and
            // block git, and a hung git must not hold us past the timeout.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> drain(process.getInputStream(), out), "git-output");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            reader.join(TimeUnit.SECONDS.toMillis(GIT_TIMEOUT_SECONDS));
            if (process.exitValue() != 0 || reader.isAlive()) {
                return Optional.empty();
            }
            return Optional.of(out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // the process was killed on timeout; the caller already gave up on its output
        }
    }
}
