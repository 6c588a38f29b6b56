package org.highland.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.SettingsChanges;
import org.highland.experiment.calibration.CalibrationException;
import org.highland.experiment.calibration.CalibrationLog;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.Evaluation;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.io.Hashes;
import org.highland.experiment.validation.Target;
import org.highland.report.AtomicFiles;
import org.highland.report.FileNames;
import org.highland.report.OutputPaths;
import org.highland.report.RunFolder;
import org.highland.scenario.Scenarios;

/**
 * The folder of a calibration: where it goes (a new folder, or the one --resume continues), its
 * settings ({@value #SETTINGS}, which a resumed calibration must match) and its log of scored
 * candidates. A new folder appears with its settings and log header, or not at all, so that a
 * folder with the final name can always be resumed.
 */
final class CalibrationFolder {
    static final String SETTINGS = "calibration-settings.json";

    private CalibrationFolder() {
    }

    /** The folder to write: --resume's (checked resumable), else --out or a timestamped default. */
    static Path prepare(Path out, Path resume, String scenarioName) throws IOException {
        if (resume != null) {
            if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
                throw new BadInputException("--resume continues in its own folder; drop --out or give the same folder.");
            }
            // The settings are written first: a calibration killed before its log began resumes from nothing.
            if (!Files.isRegularFile(resume.resolve(SETTINGS))) {
                throw new BadInputException("--resume: " + resume + " holds no " + SETTINGS
                        + ". Fix: name the folder of an interrupted calibration, or drop --resume.");
            }
            if (Files.exists(resume.resolve("manifest.json"))) {
                // manifest.json is written last: its presence means the calibration finished.
                throw new BadInputException("--resume: the calibration in " + resume + " has finished (it has its"
                        + " manifest.json); resuming would leave its results inconsistent. Fix: start a new calibration"
                        + " with a larger --budget and another --out.");
            }
            return OutputPaths.resolve(resume, "--resume");
        }
        // Not a RunFolder: an interrupted calibration must leave its log where --resume finds it.
        Path given = out != null ? out : RunFolder.DEFAULT_ROOT.resolve(FileNames.safe(scenarioName, "scenario")
                + "-calibration").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path folder = OutputPaths.resolve(given, "--out");
        OutputPaths.requireWritableTarget(folder, "--out", given);
        return folder;
    }

    /**
     * Makes a new calibration folder with its settings and an empty log, whole or not at all
     * whenever a kill comes: written under a hidden name, then renamed.
     */
    static void create(Path folder, ObjectNode settings, List<FreeParameter> params) throws IOException {
        Path starting = Files.createDirectories(folder.getParent())
                .resolve("." + folder.getFileName() + ".partial-" + ProcessHandle.current().pid());
        Files.createDirectory(starting);
        Files.writeString(starting.resolve(SETTINGS), json().writeValueAsString(settings));
        CalibrationLog.create(starting.resolve(CalibrationLog.FILE), params);
        if (Files.isDirectory(folder)) {
            Files.delete(folder); // checked empty above; some platforms do not rename onto a folder
        }
        Files.move(starting, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The candidates an interrupted calibration logged, its log rewritten without a line cut short;
     * refused when the settings differ from the calibration's in the folder or the log is damaged.
     */
    static List<Evaluation> readLogged(Path folder, ObjectNode settings, Path log, List<FreeParameter> params)
            throws IOException {
        ObjectNode before = (ObjectNode) json().readTree(folder.resolve(SETTINGS).toFile());
        ObjectNode now = SettingsChanges.asRecordedIn(before, settings, RECORDED_SINCE);
        // The budget may grow on resume: CMA-ES proposes the same candidates whatever the budget.
        before.remove("budget");
        now.remove("budget");
        if (!before.equals(now)) {
            throw new BadInputException("--resume: the settings differ from those of the calibration in " + folder
                    + " (" + SETTINGS + "): " + String.join("; ", SettingsChanges.between(before, now, CHANGES))
                    + ". Fix: resume with the same scenario, options and parameters.");
        }
        try {
            List<Evaluation> logged = CalibrationLog.read(log, params);
            AtomicFiles.writeText(log, AtomicFiles.Existing.REPLACE,
                    out -> CalibrationLog.write(out, params, logged));
            return logged;
        } catch (CalibrationException e) {
            throw new BadInputException(e.getMessage());
        } catch (RuntimeException e) {
            throw new BadInputException("--resume: " + log + " is damaged (" + e.getMessage() + "). Fix: start a new"
                    + " calibration, or delete its damaged lines.");
        }
    }

    /** Settings earlier versions did not record: a calibration they started is compared without them. */
    private static final List<String> RECORDED_SINCE = List.of("resolvedScenarioSha256");

    /** What the settings whose values say little to a reader stand for, in a refused resume. */
    private static final Map<String, String> CHANGES = Map.of(
            "scenarioSha256", "the scenario file (edited since)",
            "resolvedScenarioSha256", "the scenario as resolved (its file, a file it extends or a --set changed since)",
            "sets", "the --set overrides",
            "targetsSha256", "the targets fitted (--holdout, --fit, --leave-out-region or targets.csv)",
            "holdout", "the hold-out (--holdout, --fit, --leave-out-region)",
            "leftOutRegionDefaults", "--leave-out-region",
            "parameters", "the free parameters or their ranges (--parameters)");

    /** The --budget the calibration in {@code folder} was started with, as its settings say. */
    static int startedBudget(Path folder) {
        try {
            return json().readTree(folder.resolve(SETTINGS).toFile()).path("budget").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a resumed calibration must share with the one it continues (all but the budget). The
     * scenario counts as resolved with its --set overrides, as the candidates are simulated, not
     * only as its file: they read the files afresh, so an edit to a file it extends since the
     * interruption would score the rest of the search on another scenario.
     */
    static ObjectNode settings(Path scenarioFile, List<String> sets, CalibrationPlan plan, long seed, double scale,
                               int endYear, List<Target> targets) throws IOException {
        ObjectNode s = json().createObjectNode();
        s.put("scenarioSha256", Hashes.sha256(scenarioFile));
        String resolved = Scenarios.toYaml(Scenarios.load(scenarioFile, sets));
        s.put("resolvedScenarioSha256", Hashes.sha256(resolved.getBytes(StandardCharsets.UTF_8)));
        s.putPOJO("sets", new ArrayList<>(sets));
        s.put("modelSeed", seed);
        s.put("searchSeed", plan.seed());
        s.put("budget", plan.budget());
        s.put("replications", plan.replications());
        s.put("scale", scale);
        s.put("endYear", endYear);
        s.put("targetsSha256", Hashes.sha256(targets.toString().getBytes(StandardCharsets.UTF_8)));
        s.put("sigma", plan.sigma());
        s.put("population", plan.population());
        var list = s.putArray("parameters");
        for (FreeParameter p : plan.parameters()) {
            list.addObject().put("path", p.path()).put("min", p.min()).put("max", p.max());
        }
        return (ObjectNode) json().readTree(json().writeValueAsString(s));
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
