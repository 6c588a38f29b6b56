package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit a manifest records: dirty when a tracked file changed, not for files git does not track. */
class BuildInfoTest {
    @TempDir
    Path repo;

    @Test
    void untrackedFilesLeaveTheCommitCleanAChangedTrackedFileMarksItDirty() throws Exception {
        assumeTrue(git("init", "-q"), "git is available");
        Files.writeString(repo.resolve("tracked.yaml"), "name: a\n");
        assertTrue(git("add", "tracked.yaml"));
        assertTrue(git("-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "first"));
        String head = BuildInfo.gitCommit(repo);
        assertTrue(head.matches("[0-9a-f]{40}"), head);

        Files.writeString(repo.resolve("my-variant.yaml"), "name: mine\n");
        assertEquals(head, BuildInfo.gitCommit(repo), "an untracked scenario");

        Files.writeString(repo.resolve("tracked.yaml"), "name: b\n");
        assertEquals(head + "+dirty", BuildInfo.gitCommit(repo), "a changed tracked file");
    }

    @Test
    void outsideARepositoryTheCommitIsUnknown() {
        assertEquals(BuildInfo.UNKNOWN_COMMIT, BuildInfo.gitCommit(repo));
    }

    /**
     * A run started in a repository of the user's own (a study kept in git, with the launcher on
     * the PATH) records the commit of the Highland checkout that ran it, not the study's.
     */
    @Test
    void theCommitIsTheCheckoutsWhereverTheCommandRunsFrom() throws Exception {
        assumeTrue(git("init", "-q"), "git is available");
        assertTrue(git("-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit",
                "-q", "--allow-empty", "-m", "a study"));
        String study = BuildInfo.gitCommit(repo);
        String checkout = BuildInfo.gitCommit(Path.of("").toAbsolutePath());
        assumeTrue(checkout.matches("[0-9a-f]{40}(\\+dirty)?"), "the tests run in a git checkout");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PrintCommit.class.getName()).directory(repo.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String recorded = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(checkout, recorded, "the study's own commit is " + study);
    }

    /** Prints the commit a manifest would record, from the working directory it is started in. */
    public static final class PrintCommit {
        public static void main(String[] args) {
            System.out.print(BuildInfo.gitCommit());
        }
    }

    private boolean git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false;
        }
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
