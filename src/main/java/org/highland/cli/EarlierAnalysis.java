package org.highland.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.highland.report.AtomicFiles;

/**
 * The files an analysis of a sweep folder ({@code sensitivity}, {@code discover}) writes, checked
 * together before any is written: an earlier analysis is replaced only when asked, and a refusal
 * leaves the folder exactly as it was (its tables and the charts drawn from them still match).
 * The files are written together too, tables and charts alike: each into a hidden file, then all
 * moved into place, so a failure or a kill at any moment leaves the earlier analysis whole.
 */
final class EarlierAnalysis {
    private EarlierAnalysis() {
    }

    /**
     * Refuses when any of {@code files} exists, unless {@code overwrite}.
     *
     * @param files every file the command would write, the first named in the message first
     * @throws BadInputException naming the first that exists and how many more do
     */
    static void refuseToReplace(List<Path> files, boolean overwrite) {
        if (overwrite) {
            return;
        }
        // A dangling link counts too: writing would follow it and create its target.
        List<Path> existing = files.stream().filter(f -> Files.exists(f, LinkOption.NOFOLLOW_LINKS)).toList();
        if (existing.isEmpty()) {
            return;
        }
        boolean one = existing.size() == 1;
        String them = one ? "it" : "them";
        String more = one ? "" : " (and " + (existing.size() - 1) + " more of the files this analysis writes)";
        throw new BadInputException(existing.get(0) + " exists" + more + ", from an earlier analysis of this sweep."
                + " Fix: pass --overwrite to replace " + them + ", or move " + them + " out of the folder first to"
                + " keep " + them + ". Nothing was written.");
    }

    /** What an analysis writes, staged into the set that replaces the earlier analysis. */
    @FunctionalInterface
    interface Staging {
        void stageInto(AtomicFiles set) throws IOException;
    }

    /**
     * Writes the files {@code analysis} stages as one {@link AtomicFiles} set: all of them or, when
     * any fails or the call is stopped, none, and the earlier analysis as it was.
     *
     * @param overwrite replace earlier files; without it, one that appeared since
     *                  {@link #refuseToReplace} is refused as that would have been
     */
    static void write(boolean overwrite, Staging analysis) throws IOException {
        try (AtomicFiles set = AtomicFiles.open(overwrite ? AtomicFiles.Existing.REPLACE
                : AtomicFiles.Existing.REFUSE)) {
            analysis.stageInto(set);
            set.commit();
        } catch (FileAlreadyExistsException e) {
            // Written meanwhile by an analysis of the same folder running alongside.
            refuseToReplace(List.of(Path.of(e.getFile())), false);
            throw e;
        }
    }
}
