package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.highland.experiment.io.OutputExistsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    /** 2025-01-02 03:04:05 in the clock's zone. */
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void refusesNonEmptyOutAndWritesNothing() throws IOException {
        Path out = tmp.resolve("mine");
        Files.createDirectory(out);
        Files.writeString(out.resolve("old.csv"), "keep me");

        OutputExistsException e = assertThrows(OutputExistsException.class,
                () -> RunFolder.create(out, true, "base", CLOCK));

        assertTrue(e.getMessage().contains("already exists and is not empty"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: choose another --out, or delete that folder first."), e.getMessage());
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertEquals(out, e.path());
        assertEquals(List.of("mine"), names(tmp));
        assertEquals(List.of("old.csv"), names(out));
        assertEquals("keep me", Files.readString(out.resolve("old.csv")));
    }

    @Test
    void refusesOutThatIsAFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("file.txt"), "x");
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> RunFolder.create(out, true, "base"));
        assertEquals("--out " + out + ": expected a new or empty folder, but it is a file, not a folder. Nothing was"
                + " written. Fix: choose another --out, or move the file.", e.getMessage());
        assertEquals(List.of("file.txt"), names(tmp));
        assertEquals("x", Files.readString(out));
    }

    @Test
    void acceptsEmptyExistingOut() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("empty"));
        try (RunFolder run = RunFolder.create(out, true, "base")) {
            Files.writeString(run.file("summary.csv"), "a,b\n");
            assertEquals(List.of(), names(out), "nothing visible before commit");
            run.commit();
            assertEquals(out, run.finalPath());
        }
        assertEquals(List.of("empty"), names(tmp));
        assertEquals("a,b\n", Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void createsMissingOutAndItsParents() throws IOException {
        Path out = tmp.resolve("a").resolve("b").resolve("run1");
        try (RunFolder run = RunFolder.create(out, true, "base")) {
            Files.writeString(run.file("manifest.json"), "{}");
            assertFalse(Files.exists(out));
            run.commit();
        }
        assertEquals(List.of("run1"), names(out.getParent()));
        assertEquals(List.of("manifest.json"), names(out));
    }

    @Test
    void defaultNameIsScenarioAndTimestampWithSuffixWhenTaken() throws IOException {
        Path root = tmp.resolve("results");
        Path scenarioDir = root.resolve("base");
        for (String expected : List.of("20250102-030405", "20250102-030405-2",
                "20250102-030405-3")) {
            try (RunFolder run = RunFolder.create(root, false, "base", CLOCK)) {
                assertEquals(scenarioDir.resolve(expected), run.finalPath());
                Files.writeString(run.file("summary.csv"), expected);
                run.commit();
                assertEquals(scenarioDir.resolve(expected), run.finalPath());
            }
        }
        assertEquals(List.of("20250102-030405", "20250102-030405-2", "20250102-030405-3"),
                names(scenarioDir));
        assertEquals("20250102-030405-2",
                Files.readString(scenarioDir.resolve("20250102-030405-2/summary.csv")));
    }

    @Test
    void concurrentRunsWithTheSameTimestampBothLand() throws IOException {
        Path root = tmp.resolve("results");
        try (RunFolder first = RunFolder.create(root, false, "base", CLOCK);
             RunFolder second = RunFolder.create(root, false, "base", CLOCK)) {
            assertEquals(first.finalPath(), second.finalPath());
            assertFalse(first.workingPath().equals(second.workingPath()));
            Files.writeString(first.file("x"), "1");
            Files.writeString(second.file("x"), "2");
            first.commit();
            second.commit();
            assertEquals(root.resolve("base/20250102-030405-2"), second.finalPath());
        }
        assertEquals("1", Files.readString(root.resolve("base/20250102-030405/x")));
        assertEquals("2", Files.readString(root.resolve("base/20250102-030405-2/x")));
    }

    @Test
    void scenarioNameIsMadeSafeForAFolder() {
        assertEquals("my_scenario_v2", RunFolder.safeName("my scenario/v2"));
        assertEquals("hidden", RunFolder.safeName("..hidden"));
        assertEquals("scenario", RunFolder.safeName(" "));
        assertEquals("scenario", RunFolder.safeName(null));
        assertEquals("浙江-2030", RunFolder.safeName("浙江-2030"));
    }

    @Test
    void workIsInAHiddenPartialSibling() throws IOException {
        Path out = tmp.resolve("run");
        try (RunFolder run = RunFolder.create(out, true, "base")) {
            String name = run.workingPath().getFileName().toString();
            assertTrue(name.startsWith(".run.partial-" + ProcessHandle.current().pid() + "-"),
                    name);
            assertEquals(tmp.toRealPath(), run.workingPath().getParent().toRealPath());
        }
    }

    @Test
    void closeWithoutCommitDeletesTheWorkingFolder() throws IOException {
        Path root = tmp.resolve("results");
        Path work;
        try (RunFolder run = RunFolder.create(root, false, "base", CLOCK)) {
            work = run.workingPath();
            Files.writeString(run.file("replications.csv"), "partial");
            Files.writeString(run.file("charts/a.svg"), "<svg/>");
            assertTrue(Files.isDirectory(work));
        }
        assertFalse(Files.exists(work));
        assertEquals(List.of(), names(root.resolve("base")));
    }

    @Test
    void commitRenamesAtomicallyAndLeavesNoWorkingFolder() throws IOException {
        Path out = tmp.resolve("run");
        try (RunFolder run = RunFolder.create(out, true, "base")) {
            Files.writeString(run.file("summary.csv"), "s");
            Files.writeString(run.file("manifest.json"), "m");
            Path work = run.workingPath();
            run.commit();
            assertFalse(Files.exists(work));
            assertThrows(IllegalStateException.class, () -> run.file("late.csv"));
            assertThrows(IllegalStateException.class, run::commit);
        }
        assertEquals(List.of("run"), names(tmp));
        assertEquals(List.of("manifest.json", "summary.csv"), names(out));
    }

    @Test
    void commitRefusesOutFilledMeanwhile() throws IOException {
        Path out = tmp.resolve("run");
        try (RunFolder run = RunFolder.create(out, true, "base")) {
            Files.writeString(run.file("summary.csv"), "mine");
            Files.createDirectory(out);
            Files.writeString(out.resolve("other.csv"), "theirs");
            assertThrows(OutputExistsException.class, run::commit);
        }
        assertEquals(List.of("run"), names(tmp));
        assertEquals(List.of("other.csv"), names(out));
    }

    @Test
    void fileNamesMustStayInside() throws IOException {
        try (RunFolder run = RunFolder.create(tmp.resolve("run"), true, "base")) {
            assertThrows(IllegalArgumentException.class, () -> run.file("../escape.csv"));
            assertThrows(IllegalArgumentException.class,
                    () -> run.file(tmp.resolve("abs.csv").toString()));
            assertThrows(IllegalArgumentException.class, () -> run.file("."));
        }
    }

    @Test
    void closeIsIdempotentAndFileFailsAfterClose() throws IOException {
        RunFolder run = RunFolder.create(tmp.resolve("run"), true, "base");
        run.close();
        run.close();
        assertThrows(IllegalStateException.class, () -> run.file("x"));
        assertThrows(IllegalStateException.class, run::commit);
    }
}
