package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highland.cli.ExitCodes;
import org.highland.run.CliRun;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed sweep continues only the sweep it was started as: the scenario files are read afresh
 * on a resume, so an edit to one of them (or to a file it extends) since the interruption would
 * mix tasks of two different sweeps in one outputs.csv. Such a resume is refused, naming what
 * changed.
 */
class SweepResumeChecksTest {
    private static final String SCALE = "0.02";
    private static final String END = "2015";

    @TempDir
    static Path dir;
    static Path variant;
    static Path experiment;
    static Path finished;

    @BeforeAll
    static void sweepOnce() throws Exception {
        variant = SweepFixtures.write(dir, "trial.yaml", variantText(30));
        experiment = SweepFixtures.write(dir, "small.yaml", """
                name: small
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: capital.valueElasticity
                    levels: [0, 1]
                design: {method: grid, size: 2}
                replications: 1
                seed: 7
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2015, difference: trial}
                """.formatted(SweepFixtures.BASELINE, variant));
        finished = dir.resolve("finished");
        CliRun run = sweep("--out", finished.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    }

    private static String variantText(int phase3MaxMillion) {
        return """
                extends: %s
                name: trial
                policies:
                  zhejiangTrials: {type: clinical-trial-support, region: Zhejiang, annualBudgetMillion: 800,
                                   phase3MaxMillion: %d}
                """.formatted(SweepFixtures.BASELINE, phase3MaxMillion);
    }

    private static CliRun sweep(String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", experiment.toString(), "--scale", SCALE,
                "--end", END, "--threads", "1", "--quiet"));
        args.addAll(List.of(more));
        return CliRun.highland(args.toArray(String[]::new));
    }

    /** The working folder a sweep killed before its first task finished leaves beside {@code out}. */
    private static Path interrupted(String name) throws Exception {
        Path work = dir.resolve("." + name + ".partial");
        FolderContents.copy(finished, work, SweepDescriptor.FILE, "experiment.yaml");
        Files.writeString(work.resolve(SweepRunner.JOURNAL), "");
        return dir.resolve(name);
    }

    /**
     * sensitivity and discover asked of a sweep that was stopped (its --out missing, its tasks in
     * the hidden working folder) say that it is unfinished, where its tasks are and how to continue
     * it, instead of "no such file or folder"; the working folder is named by its full path.
     */
    @Test
    void anAnalysisOfAnUnfinishedSweepSaysHowToContinueIt() throws Exception {
        Path out = interrupted("stopped");
        Path work = SweepRunner.workFolder(out);
        String unfinished = "its sweep is unfinished (stopped, or still running), its finished tasks in " + work
                + ". Fix: continue it with the `highland sweep` command that started it and --resume (the experiment"
                + " is copied in that folder as experiment.yaml), then analyse " + out + ".";
        CliRun sensitivity = CliRun.highland("sensitivity", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, sensitivity.exitCode, sensitivity.toString());
        assertTrue(sensitivity.err.contains(out + ": expected an experiment file or a finished sweep folder, but there"
                + " is no such file or folder; " + unfinished), sensitivity.err);
        Files.createDirectories(out);
        CliRun discover = CliRun.highland("discover", out.toString(), "--output", "enterprises", "--region", "Zhejiang",
                "--year", "2015", "--below", "1");
        assertEquals(ExitCodes.BAD_INPUT, discover.exitCode, discover.toString());
        assertTrue(discover.err.contains(out + ": not a finished sweep folder (no sweep.json and outputs.csv); "
                + unfinished), discover.err);
        Files.delete(out);
        CliRun again = sweep("--out", out.toString());
        assertTrue(again.err.contains("an unfinished sweep is in " + work + ". Fix: add --resume"), again.err);
    }

    @Test
    void aSweepWhoseScenariosAreUnchangedResumes() throws Exception {
        Path out = interrupted("unchanged");
        CliRun resumed = sweep("--resume", "--out", out.toString());
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        assertEquals(Files.readString(finished.resolve(SweepRunner.OUTPUTS)),
                Files.readString(out.resolve(SweepRunner.OUTPUTS)));
    }

    @Test
    void aVariantEditedSinceTheInterruptionIsRefusedByName() throws Exception {
        Path out = interrupted("edited");
        Path work = SweepRunner.workFolder(out);
        Map<String, String> before = FolderContents.hashes(work);
        Files.writeString(variant, variantText(50));
        try {
            CliRun resumed = sweep("--resume", "--out", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, resumed.exitCode, resumed.toString());
            assertTrue(resumed.err.contains("the unfinished sweep there was started with other settings: the scenario"
                    + " trial as simulated (a scenario file, a file it extends or the experiment's set: changed since)")
                    && resumed.err.contains("Fix: resume with the experiment, scenario files"), resumed.err);
            assertFalse(resumed.err.contains("scenario base"), "the base did not change: " + resumed.err);
            assertFalse(Files.exists(out), "nothing is finished");
            assertEquals(before, FolderContents.hashes(work), "the unfinished sweep is kept as it was");
        } finally {
            Files.writeString(variant, variantText(30));
        }
    }

    /**
     * A sweep an earlier version started records no scenario hashes in its sweep.json: it resumes
     * on the settings it records, as that version would have resumed it.
     */
    @Test
    void aSweepStartedBeforeScenarioHashesWereRecordedResumes() throws Exception {
        Path out = interrupted("earlier-version");
        Path descriptor = SweepRunner.workFolder(out).resolve(SweepDescriptor.FILE);
        ObjectNode earlier = (ObjectNode) new ObjectMapper().readTree(descriptor.toFile());
        assertTrue(earlier.remove("resolvedScenarioSha256") != null, earlier.toString());
        Files.writeString(descriptor, earlier.toPrettyString());
        CliRun resumed = sweep("--resume", "--out", out.toString());
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        assertEquals(Files.readString(finished.resolve(SweepRunner.OUTPUTS)),
                Files.readString(out.resolve(SweepRunner.OUTPUTS)));
    }

    @Test
    void anotherScaleIsRefusedWithBothValues() throws Exception {
        Path out = interrupted("rescaled");
        CliRun resumed = CliRun.highland("sweep", experiment.toString(), "--scale", "0.03", "--end", END, "--threads",
                "1", "--quiet", "--resume", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, resumed.exitCode, resumed.toString());
        assertTrue(resumed.err.contains("started with other settings: scale 0.02 then, 0.03 now. Fix: "),
                resumed.err);
    }
}
