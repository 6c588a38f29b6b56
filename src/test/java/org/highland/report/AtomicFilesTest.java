package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written through AtomicFiles is the whole new content or the earlier file, never half. */
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
}
