package org.highland.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program that replaces a set of files and stops between two renames of its commit, for
 * {@link AtomicFilesTest} to kill it there. {@code StoppedCommit FOLDER SIGNAL RENAMES NAME...}
 * writes each named file of FOLDER (a path below it: charts/a.png), replacing an earlier one, as
 * "new NAME"; after RENAMES renames it creates the file SIGNAL and waits to be killed.
 */
final class StoppedCommit {
    private StoppedCommit() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path signal = Path.of(args[1]);
        int stopAfter = Integer.parseInt(args[2]);
        int[] renames = {0};
        try (AtomicFiles files = AtomicFiles.open(AtomicFiles.Existing.REPLACE, target -> {
            if (renames[0]++ == stopAfter) {
                Files.createFile(signal);
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            for (int i = 3; i < args.length; i++) {
                String name = args[i];
                files.stageText(folder.resolve(name), out -> out.write("new " + name));
            }
            files.commit();
        }
    }
}
