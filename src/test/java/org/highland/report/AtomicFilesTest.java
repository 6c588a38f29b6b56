package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.highland.cli.HighlandChild;
import org.highland.experiment.io.Hashes;
import org.highland.run.CliRun;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written through AtomicFiles is the whole new content or the earlier file, never half; a
 * set of files is all new or all earlier, whatever fails and whenever the JVM is stopped.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes {@code text}, then fails as a full disk would. */
    private static void halfThenFail(Writer out, String text) throws IOException {
        out.write(text);
        out.flush();
        throw new IOException("No space left on device");
    }

    @Test
    void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
        Path text = dir.resolve("table.csv");
        AtomicFiles.writeText(text, AtomicFiles.Existing.REFUSE, out -> out.write("a,b\n1,测试\n"));
        Path bytes = dir.resolve("chart.bin");
        AtomicFiles.write(bytes, AtomicFiles.Existing.REFUSE, out -> out.write(new byte[] {0, 1, 2}));
        AtomicFiles.writeString(text, AtomicFiles.Existing.REPLACE, "a,b\n2,3\n");

        assertEquals("a,b\n2,3\n", Files.readString(text, StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {0, 1, 2}, Files.readAllBytes(bytes));
        assertEquals(List.of("chart.bin", "table.csv"), names(), "no hidden temporary file left");
    }

    /** Not createTempFile's owner-only mode: a results file is as readable as any file written plainly. */
    @Test
    void theFileIsAsReadableAsAFileWrittenPlainly() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.csv"), "x");
        Path atomic = AtomicFiles.writeString(dir.resolve("atomic.csv"), AtomicFiles.Existing.REFUSE, "x");
        PosixFileAttributeView view = Files.getFileAttributeView(plain, PosixFileAttributeView.class);
        if (view != null) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
        }
    }

    @Test
    void aWriterThatFailsHalfWayKeepsTheEarlierFile() throws IOException {
        Path file = Files.writeString(dir.resolve("sensitivity.csv"), "earlier\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(file,
                AtomicFiles.Existing.REPLACE, out -> halfThenFail(out, "half of the new")));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("earlier\n", Files.readString(file));
        assertEquals(List.of("sensitivity.csv"), names(), "no hidden temporary file left");
    }

    @Test
    void aWriterThatFailsHalfWayWritesNoNewFile() throws IOException {
        Path file = dir.resolve("discovery.csv");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeText(file, AtomicFiles.Existing.REFUSE,
                out -> {
                    out.write("step,selected\n");
                    throw new IllegalStateException("a bug half way");
                }));
        assertEquals(List.of(), names(), "neither the file nor its temporary sibling");
    }

    @Test
    void refuseKeepsAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "earlier");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.writeString(file, AtomicFiles.Existing.REFUSE, "new"));
        assertEquals(file.toString(), e.getFile());
        assertEquals("earlier", Files.readString(file));
        assertEquals(List.of("report.html"), names());
    }

    /** A table and its notes: when the notes fail, the earlier table stays beside the earlier notes. */
    @Test
    void filesStagedTogetherAppearTogetherOrNotAtAll() throws IOException {
        Path table = Files.writeString(dir.resolve("table.csv"), "earlier table");
        Path notes = Files.writeString(dir.resolve("notes.csv"), "earlier notes");
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE)) {
            files.stageText(table, out -> out.write("new table"));
            assertThrows(IOException.class, () -> files.stageText(notes, out -> halfThenFail(out, "new no")));
        }
        assertEquals("earlier table", Files.readString(table));
        assertEquals("earlier notes", Files.readString(notes));
        assertEquals(List.of("notes.csv", "table.csv"), names());

        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE)) {
            files.stageText(table, out -> out.write("new table"));
            files.stageText(notes, out -> out.write("new notes"));
            assertEquals("earlier table", Files.readString(table), "nothing moves before the commit");
            files.commit();
        }
        assertEquals("new table", Files.readString(table));
        assertEquals("new notes", Files.readString(notes));
        assertEquals(List.of("notes.csv", "table.csv"), names());
    }

    @Test
    void aRefusedCommitMovesNoneOfItsFiles() throws IOException {
        Path table = dir.resolve("table.csv");
        Path notes = Files.writeString(dir.resolve("notes.csv"), "earlier notes");
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REFUSE)) {
            files.stageText(table, out -> out.write("new table"));
            files.stageText(notes, out -> out.write("new notes"));
            assertThrows(FileAlreadyExistsException.class, files::commit);
        }
        assertFalse(Files.exists(table), "the new table is not written beside the earlier notes");
        assertEquals("earlier notes", Files.readString(notes));
        assertEquals(List.of("notes.csv"), names());
    }

    /**
     * A folder appears where the second file must go, after the commit's checks: the first file,
     * already replaced, is put back, so the set is the earlier one, with no hidden file beside it.
     */
    @Test
    void aLaterRenameThatFailsPutsBackTheFilesAlreadyReplaced() throws IOException {
        Path table = Files.writeString(dir.resolve("table.csv"), "earlier table");
        Path notes = dir.resolve("notes.csv");
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE, target -> {
            if (target.equals(notes)) {
                Files.writeString(Files.createDirectories(notes).resolve("inside"), "another writer's");
            }
        })) {
            files.stageText(table, out -> out.write("new table"));
            files.stageText(notes, out -> out.write("new notes"));
            assertThrows(IOException.class, files::commit);
        }
        assertEquals("earlier table", Files.readString(table));
        assertEquals(List.of("notes.csv", "table.csv"), names(), "the folder in the way, no hidden file");
    }

    /** With REFUSE, a file that appears at the second name after the checks: the first new file goes again. */
    @Test
    void aRefusalFoundByTheRenameTakesBackTheNewFiles() throws IOException {
        Path table = dir.resolve("table.csv");
        Path notes = dir.resolve("notes.csv");
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REFUSE, target -> {
            if (target.equals(notes)) {
                Files.writeString(notes, "written meanwhile");
            }
        })) {
            files.stageText(table, out -> out.write("new table"));
            files.stageText(notes, out -> out.write("new notes"));
            assertThrows(FileAlreadyExistsException.class, files::commit);
        }
        assertEquals("written meanwhile", Files.readString(notes));
        assertEquals(List.of("notes.csv"), names(), "no new table beside the other writer's notes");
    }

    /** A folder the set needed (charts/) goes again with the set, when nothing else is in it. */
    @Test
    void anAbandonedSetRemovesTheFoldersItMade() throws IOException {
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REFUSE)) {
            files.stage(dir.resolve("charts").resolve("nested").resolve("chart.png"), out -> out.write(1));
            assertTrue(Files.isDirectory(dir.resolve("charts/nested")));
        }
        assertEquals(List.of(), names());
    }

    /** A file where a folder of the set must be is named as such, and the set leaves nothing. */
    @Test
    void aFileWhereTheFolderMustBeIsRefused() throws IOException {
        Files.writeString(dir.resolve("charts"), "a file");
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE)) {
            NotDirectoryException e = assertThrows(NotDirectoryException.class,
                    () -> files.stage(dir.resolve("charts").resolve("chart.png"), out -> out.write(1)));
            assertEquals(dir.resolve("charts").toString(), e.getFile());
        }
        assertEquals(List.of("charts"), names());
    }

    /**
     * A process killed (SIGTERM, as Ctrl-C) after the first rename of its commit and before the
     * second: its shutdown hook puts the earlier file back, so the folder holds the earlier set and
     * nothing else.
     */
    @Test
    void aKillBetweenTwoRenamesLeavesTheEarlierSet() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("set"));
        List<String> set = List.of("a.csv", "b.csv", "c.csv");
        for (String name : set) {
            Files.writeString(folder.resolve(name), "earlier " + name);
        }
        Map<String, String> earlier = FolderContents.hashes(folder);
        Path signal = dir.resolve("renamed-one");
        List<String> args = new ArrayList<>(List.of(folder.toString(), signal.toString(), "1"));
        args.addAll(set);
        String said = HighlandChild.terminateWhen(StoppedCommit.class, args, dir.resolve("child.log"),
                () -> Files.exists(signal));
        assertTrue(Files.exists(signal), "premise: the child stopped between two renames: " + said);
        assertEquals(earlier, FolderContents.hashes(folder), "the earlier set and no hidden file: " + said);
    }

    /**
     * A process killed outright (SIGKILL: no shutdown hook runs) after three renames of a commit
     * of five files into a results folder: two new charts, two earlier ones replaced and the
     * summary the report reads, replaced by text no report can read. The folder holds new and
     * earlier files side by side, and journals. While the process lives, nothing touches its set;
     * once it is gone, the next {@code report} puts back exactly the earlier files before it reads
     * them, removes the new ones and every hidden file, and says so in one line.
     */
    @Test
    void aKillOutrightBetweenTwoRenamesIsUndoneByTheNextCommandThatReadsTheFolder() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        Files.createDirectories(run.resolve("charts"));
        Files.write(run.resolve("charts/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.write(run.resolve("charts/b.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 3, 4, 5});
        Map<String, String> earlier = FolderContents.hashes(run);
        Path signal = dir.resolve("renamed-three");
        List<String> set = List.of("charts/c.png", "summary.csv", "charts/a.png", "charts/b.png", "charts/d.png");
        List<String> args = new ArrayList<>(List.of(run.toString(), signal.toString(), "3"));
        args.addAll(set);
        Process child = HighlandChild.start(StoppedCommit.class, args, dir.resolve("child.log"));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(signal) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(signal), "premise: the child stopped after three renames: "
                    + Files.readString(dir.resolve("child.log")));
            Map<String, String> mixed = FolderContents.hashes(run);
            assertEquals("", recover(run), "a set whose process runs is not recovered");
            assertEquals(mixed, FolderContents.hashes(run), "nor touched");
            child.destroyForcibly(); // SIGKILL on POSIX
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals("new charts/c.png", Files.readString(run.resolve("charts/c.png")),
                "premise: new files stand beside earlier ones");
        assertEquals("new summary.csv", Files.readString(run.resolve("summary.csv")));
        assertEquals(earlier.get("charts/b.png"), Hashes.sha256(run.resolve("charts/b.png")));
        assertTrue(hidden(run).stream().anyMatch(n -> n.endsWith(".journal")), "premise: journals: " + hidden(run));

        CliRun report = CliRun.highland("report", run.toString());
        assertEquals(0, report.exitCode, "the report reads the earlier summary: " + report);
        assertEquals("highland: an interrupted write of 5 files was undone in " + run + " and " + run.resolve("charts")
                + ": the files it replaced are back and its new ones removed.\n", report.err);
        Map<String, String> after = FolderContents.hashes(run);
        assertTrue(after.remove("report.html") != null, "the report is written");
        assertEquals(earlier, after, "exactly the earlier files, byte for byte, and no hidden file");
    }

    /** The hidden files below {@code folder}, by relative path. */
    private static List<String> hidden(Path folder) throws IOException {
        return FolderContents.hashes(folder).keySet().stream()
                .filter(n -> Path.of(n).getFileName().toString().startsWith(".")).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy);
                }
            }
        }
    }

    /** The set of the tests below, in the order staged: an earlier file replaced, a new one, in two folders. */
    private static final List<String> SET = List.of("a.csv", "c.csv", "charts/b.csv", "charts/d.csv");

    /** Folder {@code name} with the set's earlier files: a.csv and charts/b.csv. */
    private Path earlierSet(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("charts")).getParent();
        Files.writeString(folder.resolve("a.csv"), "earlier a.csv");
        Files.writeString(folder.resolve("charts/b.csv"), "earlier charts/b.csv");
        return folder;
    }

    /**
     * The folder as a commit of {@link #SET} leaves it when killed outright after {@code renames}
     * renames ({@code SET.size()}: all, before the set is marked committed): a copy of the folder
     * taken at that moment, journals included; the commit itself is then failed, and puts back.
     */
    private Path killedAfter(int renames) throws IOException {
        Path folder = earlierSet("live-" + renames);
        Path copy = dir.resolve("killed-" + renames);
        AtomicFiles.BeforeMove stop = new AtomicFiles.BeforeMove() {
            private int done;

            @Override
            public void at(Path target) throws IOException {
                if (done++ == renames) {
                    freeze();
                }
            }

            @Override
            public void allMoved() throws IOException {
                if (renames == SET.size()) {
                    freeze();
                }
            }

            private void freeze() throws IOException {
                copyTree(folder, copy);
                throw new IOException("killed here");
            }
        };
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE, stop)) {
            for (String name : SET) {
                files.stageText(folder.resolve(name), out -> out.write("new " + name));
            }
            assertThrows(IOException.class, files::commit);
        }
        assertEquals(FolderContents.hashes(earlierSet("earlier-" + renames)), FolderContents.hashes(folder),
                "premise: the commit put back");
        return copy;
    }

    /** Recovers {@code folder} and its charts/, as a command reading it does, and returns what that said. */
    private static String recover(Path folder) {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(said, true, StandardCharsets.UTF_8)) {
            AtomicFiles.recover(folder, err);
            AtomicFiles.recover(folder.resolve("charts"), err);
        }
        return said.toString(StandardCharsets.UTF_8);
    }

    private static String undone(Path folder) {
        return "highland: an interrupted write of 4 files was undone in " + folder + " and " + folder.resolve("charts")
                + ": the files it replaced are back and its new ones removed.\n";
    }

    /**
     * A journal found in each state a kill outright can leave: before any rename (the earlier
     * files kept, nothing renamed), after some, after all but before the set is marked committed.
     * Each is rolled back to exactly the earlier files, with no hidden file left. The journals name
     * this JVM's process id, which runs: a process that is not the writer (an id reused), since
     * their lock is free.
     */
    @Test
    void aJournalLeftAtAnyRenameIsRolledBackToTheEarlierFiles() throws IOException {
        Map<String, String> earlier = FolderContents.hashes(earlierSet("earlier"));
        for (int renames = 0; renames <= SET.size(); renames++) {
            Path killed = killedAfter(renames);
            assertEquals(2, hidden(killed).stream().filter(n -> n.endsWith(".journal")).count(),
                    "premise: a journal in each folder: " + hidden(killed));
            if (renames > 0) {
                assertEquals("new a.csv", Files.readString(killed.resolve("a.csv")), "premise: a new file in place");
            }
            assertEquals(undone(killed), recover(killed), "after " + renames + " renames");
            assertEquals(earlier, FolderContents.hashes(killed), "after " + renames + " renames");
        }
    }

    /** Marked committed, kept files not yet deleted: every new file is in place, so only the hidden files go. */
    @Test
    void aJournalMarkedCommittedKeepsTheNewFiles() throws IOException {
        Path killed = killedAfter(SET.size());
        for (String journal : hidden(killed).stream().filter(n -> n.endsWith(".journal")).toList()) {
            Files.writeString(killed.resolve(journal), "committed\n", StandardOpenOption.APPEND);
        }
        assertEquals("", recover(killed), "nothing undone, nothing to say");
        Map<String, String> expected = new TreeMap<>();
        for (String name : SET) {
            expected.put(name, Hashes.sha256(("new " + name).getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(expected, FolderContents.hashes(killed));
    }

    /**
     * A recovery killed on its way is finished by the next: one killed with an earlier file put
     * back and the rest not, one killed with every file back but the journals not yet deleted. A
     * file written over a new one since the kill is not the set's to remove.
     */
    @Test
    void aRecoveryKilledOnItsWayIsFinishedByTheNext() throws IOException {
        Map<String, String> earlier = FolderContents.hashes(earlierSet("earlier"));
        Path killed = killedAfter(3);
        Path journalsOnly = dir.resolve("journals");
        for (String journal : hidden(killed).stream().filter(n -> n.endsWith(".journal")).toList()) {
            Files.createDirectories(journalsOnly.resolve(journal).getParent());
            Files.copy(killed.resolve(journal), journalsOnly.resolve(journal));
        }
        String kept = hidden(killed).stream().filter(n -> n.startsWith(".a.csv.") && n.endsWith(".old")).findFirst()
                .orElseThrow();
        Files.move(killed.resolve(kept), killed.resolve("a.csv"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(undone(killed), recover(killed), "after part of a recovery");
        assertEquals(earlier, FolderContents.hashes(killed));

        copyTree(journalsOnly, killed);
        assertEquals(undone(killed), recover(killed), "before the journals were deleted");
        assertEquals(earlier, FolderContents.hashes(killed));

        Path since = killedAfter(2);
        Files.writeString(since.resolve("c.csv"), "written since");
        recover(since);
        assertEquals("written since", Files.readString(since.resolve("c.csv")), "not the set's new file");
        assertEquals(List.of(), hidden(since));
    }

    /** A journal that cannot be read is named, left as it is, and nothing else touched. */
    @Test
    void aJournalThatCannotBeReadIsNamedAndLeftAlone() throws IOException {
        Path folder = earlierSet("damaged");
        Path journal = Files.writeString(folder.resolve(".a.csv.999999-1.journal"), "{\"format\": \"not ours\"}\n");
        Map<String, String> before = FolderContents.hashes(folder);
        assertEquals("highland: " + journal + ": an interrupted write recorded there could not be undone yet (not a"
                + " journal of this version of highland); it is left as it is, and the next command that reads this"
                + " folder tries again.\n", recover(folder));
        assertEquals(before, FolderContents.hashes(folder));
    }

    /** While the commit runs (here, between two renames), a recovery in its folder leaves its set alone. */
    @Test
    void aJournalOfACommitThatRunsIsLeftAlone() throws IOException {
        Path folder = earlierSet("live");
        List<String> said = new ArrayList<>();
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE, target -> {
            if (target.endsWith("charts/b.csv")) {
                Map<String, String> before = FolderContents.hashes(folder);
                said.add(recover(folder));
                assertEquals(before, FolderContents.hashes(folder));
            }
        })) {
            for (String name : SET) {
                files.stageText(folder.resolve(name), out -> out.write("new " + name));
            }
            files.commit();
        }
        assertEquals(List.of(""), said);
        assertEquals("new charts/b.csv", Files.readString(folder.resolve("charts/b.csv")));
        assertEquals(List.of(), hidden(folder), "committed: journals and kept files deleted");
    }
}
