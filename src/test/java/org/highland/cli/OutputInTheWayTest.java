package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.highland.run.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a results folder refuses, before any simulation, an {@code --out}
 * that a file or a folder holding something is in the way of, says which it is and what to do,
 * and leaves it as it was.
 */
class OutputInTheWayTest {
    private static final String BASELINE = "scenarios/baseline.yaml";
    private static final String VARIANT = "scenarios/shanghai-trial-support.yaml";
    private static final String EXPERIMENT = "experiments/trial-support-assumptions.yaml";

    @TempDir
    Path dir;

    /** Each command with its inputs, before {@code --out}. */
    private List<List<String>> commands() throws IOException {
        Path factors = Files.writeString(dir.resolve("factors.csv"), "path,low,high\nfirms.knownQualityShare\n");
        return List.of(
                List.of("run", BASELINE, "--scale", "0.05", "--replications", "1"),
                List.of("validate", BASELINE, "--scale", "0.05", "--replications", "1"),
                List.of("compare", BASELINE, VARIANT, "--scale", "0.05", "--replications", "1"),
                List.of("screen", BASELINE, "--variant", VARIANT, "--parameters", factors.toString(), "--scale", "0.05"),
                List.of("calibrate", BASELINE, "--scale", "0.05", "--replications", "1"),
                List.of("sweep", EXPERIMENT, "--scale", "0.05", "--quiet"),
                List.of("sensitivity", EXPERIMENT, "--scale", "0.05", "--quiet"));
    }

    private static CliRun highland(List<String> command, Path out) {
        List<String> args = new ArrayList<>(command);
        args.add("--out");
        args.add(out.toString());
        return CliRun.highland(args.toArray(String[]::new));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aFileInTheWayIsNamedAsAFileAndLeftUnchanged() throws IOException {
        List<List<String>> commands = commands();
        Path file = Files.writeString(dir.resolve("file"), "keep me");
        FileTime stamp = Files.getLastModifiedTime(file);
        List<String> before = names();
        for (List<String> command : commands) {
            CliRun r = highland(command, file);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode, command + ": " + r);
            assertTrue(r.err.contains("--out " + file + ": expected a new or empty folder, but it is a file, not a"
                    + " folder. Nothing was written. Fix: choose another --out, or move the file."), command + ": " + r);
            assertEquals("keep me", Files.readString(file), command.get(0));
            assertEquals(stamp, Files.getLastModifiedTime(file), command.get(0));
            assertEquals(before, names(), command.get(0) + " wrote nothing beside it");
        }
    }

    @Test
    void aFolderThatHoldsSomethingIsRefusedWithTheRemedy() throws IOException {
        List<List<String>> commands = commands();
        Path folder = Files.createDirectory(dir.resolve("used"));
        Files.writeString(folder.resolve("old.csv"), "keep me");
        List<String> before = names();
        for (List<String> command : commands) {
            CliRun r = highland(command, folder);
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode, command + ": " + r);
            assertTrue(r.err.contains("--out " + folder + ": expected a new or empty folder, but it already exists and"
                    + " is not empty"), command + ": " + r);
            assertTrue(r.err.contains("Nothing was written. Fix: choose another --out, or delete that folder first."),
                    command + ": " + r);
            assertEquals("keep me", Files.readString(folder.resolve("old.csv")), command.get(0));
            assertEquals(before, names(), command.get(0) + " wrote nothing");
        }
    }
}
