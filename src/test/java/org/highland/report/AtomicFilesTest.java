package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highland.cli.HighlandChild;
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
        List<String> args = new ArrayList<>(List.of(folder.toString(), signal.toString()));
        args.addAll(set);
        String said = HighlandChild.terminateWhen(StoppedCommit.class, args, dir.resolve("child.log"),
                () -> Files.exists(signal));
        assertTrue(Files.exists(signal), "premise: the child stopped between two renames: " + said);
        assertEquals(earlier, FolderContents.hashes(folder), "the earlier set and no hidden file: " + said);
    }
}
