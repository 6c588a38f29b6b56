package org.highland.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.calibration.CalibrationEnsemble;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highland calibrate} end to end on a tiny budget, including an interrupted and resumed run. */
class CalibrateCommandTest {
    private static final String BASELINE = Path.of("scenarios", "baseline.yaml").toString();

    @TempDir
    Path dir;

    private static int calibrate(String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", BASELINE, "--replications", "1", "--threads", "1",
                "--scale", "0.02", "--confirm-scale", "0.02", "--confirm-replications", "1"));
        args.addAll(List.of(extra));
        return ValidateCommandTest.execute(args.toArray(String[]::new)).code();
    }

    private static List<String> overlayValues(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(CalibrateCommand.OVERLAY)).stream()
                .filter(l -> !l.startsWith("#")).toList();
    }

    /** A calibration stopped by SIGTERM (kill, or Ctrl-C's SIGINT alike) says what it logged and how to resume. */
    @Test
    void anInterruptedCalibrationSaysHowToResume() throws Exception {
        Path out = dir.resolve("stopped");
        Path log = out.resolve("calibration.csv");
        String text = HighlandChild.terminateWhen(List.of("calibrate", BASELINE, "--replications", "1", "--threads", "1",
                "--scale", "0.02", "--budget", "400", "--out", out.toString()), dir.resolve("stopped.log"),
                () -> Files.exists(log) && Files.readAllLines(log).size() >= 3);
        assertTrue(text.contains("calibration interrupted: ") && text.contains(" of 400 candidates are logged in ")
                && text.contains("continue with the same command and --resume " + out), text);
    }

    /**
     * --confirm-seed confirms on other replications: the start confirmed with seed 777 scores what
     * a search with model seed 777 scores it (same replications, scale and values), and not what
     * the default confirmation on the model seed scores.
     */
    @Test
    void theConfirmationRunsOnItsOwnSeed() throws IOException {
        Path other = dir.resolve("other-seed");
        assertEquals(ExitCodes.OK, calibrate("--budget", "2", "--confirm-top", "1", "--confirm-seed", "777",
                "--out", other.toString()));
        Path same = dir.resolve("model-seed");
        assertEquals(ExitCodes.OK, calibrate("--budget", "2", "--confirm-top", "1", "--out", same.toString()));
        Path searched = dir.resolve("searched-777");
        assertEquals(ExitCodes.OK, calibrate("--budget", "2", "--confirm-top", "1", "--seed", "777",
                "--out", searched.toString()));
        String confirmedOther = startColumn(other, "confirmed_loss");
        assertEquals(startColumn(searched, "search_loss"), confirmedOther);
        assertFalse(confirmedOther.equals(startColumn(same, "confirmed_loss")), confirmedOther);
        assertTrue(Files.readAllLines(other.resolve(CalibrateCommand.OVERLAY)).stream()
                .anyMatch(l -> l.startsWith("#") && l.contains("model seed 777, best of the start")));
    }

    /** The start's (evaluation 1's) value of a column of confirmation.csv. */
    private static String startColumn(Path folder, String column) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("confirmation.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        String start = lines.stream().skip(1).filter(l -> l.startsWith("1,")).findFirst().orElseThrow();
        return start.split(",")[header.indexOf(column)];
    }

    @Test
    void aResumedCalibrationEqualsAnUninterruptedOne() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(ExitCodes.OK, calibrate("--budget", "6", "--out", whole.toString()));
        List<String> log = Files.readAllLines(whole.resolve("calibration.csv"));
        assertEquals(7, log.size());
        assertTrue(log.get(0).startsWith("evaluation,") && log.get(0).endsWith(",loss,within"));

        // An interrupted run: its log holds the first 3 evaluations and a line cut short.
        Path part = dir.resolve("part");
        assertEquals(ExitCodes.OK, calibrate("--budget", "3", "--out", part.toString()));
        Files.writeString(part.resolve("calibration.csv"), String.join("\n", log.subList(0, 4)) + "\n4,0.1");
        // manifest.json is written last, so an interrupted calibration has none (a finished one is not resumed).
        Files.delete(part.resolve("manifest.json"));
        assertEquals(ExitCodes.OK, calibrate("--budget", "6", "--resume", part.toString()));
        assertEquals(log, Files.readAllLines(part.resolve("calibration.csv")));
        assertEquals(overlayValues(whole), overlayValues(part));
        assertEquals(Files.readAllLines(whole.resolve("validation.csv")),
                Files.readAllLines(part.resolve("validation.csv")));
    }

    /**
     * A resume with a --budget below the one the calibration was started with would end its search
     * before candidates the log already holds, and ship one that calibration.csv shows beaten:
     * refused, before the confirmation runs, with the budget to give.
     */
    @Test
    void aResumeWhoseBudgetEndsBeforeTheLoggedCandidatesIsRefused() throws IOException {
        Path part = dir.resolve("shrunk");
        assertEquals(ExitCodes.OK, calibrate("--budget", "6", "--confirm-top", "0", "--out", part.toString()));
        Files.delete(part.resolve("manifest.json"));
        Files.delete(part.resolve(CalibrateCommand.OVERLAY));
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", BASELINE, "--replications", "1",
                "--threads", "1", "--scale", "0.02", "--confirm-scale", "0.02", "--confirm-replications", "1",
                "--confirm-top", "0", "--budget", "3", "--resume", part.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--resume: with --budget 3 the search ends before 3 of the 6 candidates the"
                + " calibration in " + part + " logged, so it would ship a candidate its calibration.csv shows beaten."
                + " Fix: resume with the --budget it was started with (6) or more."), o.err());
        assertFalse(Files.exists(part.resolve(CalibrateCommand.OVERLAY)), "nothing is shipped");
    }

    /**
     * The candidates are simulated from the scenario files read afresh, so a resume after an edit to
     * a file the calibrated scenario extends would score the rest of the search on another scenario:
     * refused, naming it, though the calibrated file itself is unchanged.
     */
    @Test
    void aResumeAfterAnEditToAnExtendedFileIsRefusedByName() throws IOException {
        Path base = Files.copy(Path.of(BASELINE), dir.resolve("base.yaml"));
        Path study = Files.writeString(dir.resolve("study.yaml"), "extends: base.yaml\nname: study\n");
        Path part = dir.resolve("edited");
        List<String> args = List.of("calibrate", study.toString(), "--replications", "1", "--threads", "1", "--scale",
                "0.02", "--confirm-top", "0", "--budget", "2");
        List<String> first = new ArrayList<>(args);
        first.addAll(List.of("--out", part.toString()));
        assertEquals(ExitCodes.OK, ValidateCommandTest.execute(first.toArray(String[]::new)).code());
        // manifest.json is written last, so an interrupted calibration has none.
        Files.delete(part.resolve("manifest.json"));
        Files.writeString(base, Files.readString(base).replace("\ncapital:\n", "\ncapital:\n  dealSigma: 0.6\n"));
        String log = Files.readString(part.resolve("calibration.csv"));

        List<String> again = new ArrayList<>(args);
        again.addAll(List.of("--resume", part.toString()));
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute(again.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("--resume: the settings differ from those of the calibration in " + part
                + " (calibration-settings.json): the scenario as resolved (its file, a file it extends or a --set"
                + " changed since). Fix: "), o.err());
        assertEquals(log, Files.readString(part.resolve("calibration.csv")), "the log is kept as it was");

        Files.copy(Path.of(BASELINE), base, StandardCopyOption.REPLACE_EXISTING);
        List<String> rescaled = new ArrayList<>(again);
        rescaled.set(rescaled.indexOf("0.02"), "0.03");
        o = ValidateCommandTest.execute(rescaled.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains("(calibration-settings.json): scale 0.02 then, 0.03 now. Fix: "), o.err());
    }

    /**
     * A calibration an earlier version started records no resolved scenario in its settings: it
     * resumes on the settings it records, as that version would have resumed it.
     */
    @Test
    void aCalibrationStartedBeforeTheResolvedScenarioWasRecordedResumes() throws IOException {
        Path part = dir.resolve("earlier-version");
        assertEquals(ExitCodes.OK, calibrate("--budget", "2", "--confirm-top", "0", "--out", part.toString()));
        Files.delete(part.resolve("manifest.json"));
        Path settings = part.resolve("calibration-settings.json");
        ObjectNode earlier = (ObjectNode) new ObjectMapper().readTree(settings.toFile());
        assertTrue(earlier.remove("resolvedScenarioSha256") != null, earlier.toString());
        Files.writeString(settings, earlier.toPrettyString());
        assertEquals(ExitCodes.OK, calibrate("--budget", "3", "--confirm-top", "0", "--resume", part.toString()));
        assertEquals(4, Files.readAllLines(part.resolve("calibration.csv")).size(), "the third candidate is logged");
    }

    @Test
    void holdsOut2021ByDefaultLeavesOutARegionAndWritesTheEnsemble() throws IOException {
        Path out = dir.resolve("loro");
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", BASELINE, "--replications", "1",
                "--threads", "1", "--scale", "0.02", "--confirm-scale", "0.02", "--confirm-replications", "1",
                "--budget", "3", "--leave-out-region", "Shanghai",
                "--ensemble-margin", "1000", "--out", out.toString());
        assertEquals(ExitCodes.OK, o.code(), o.err());
        assertTrue(o.out().contains("left-out region Shanghai (its parameters at their defaults: "), o.out());
        String line = o.out().lines().filter(l -> l.startsWith("left-out region")).findFirst().orElseThrow();
        assertTrue(line.contains("simulated targets within tolerance") && !line.contains("sh_biomed_output_2024"),
                "a 2024 figure, past the 2021 the fit is scored to, is neither hit nor miss: " + line);
        List<String> overlay = Files.readAllLines(out.resolve(CalibrateCommand.OVERLAY));
        String targets = overlay.stream().filter(l -> l.startsWith("# Targets: ")).findFirst().orElseThrow();
        assertTrue(targets.contains("held out of the fit and scored after it: 2021; fitted although of a held-out year: ")
                && targets.contains("region left out: Shanghai"), targets);
        // Shanghai's 2021 financing is named by the default --fit, but the left-out region's targets are not fitted.
        String fitted = targets.substring(targets.indexOf("fitted although"), targets.indexOf("region left out"));
        assertFalse(fitted.contains("sh_financing_disclosed"), targets);
        assertTrue(targets.contains("(sh_financing_disclosed too, although named by --fit)"), targets);
        // --budget 3 leaves the start and 2 other candidates to confirm, not the --confirm-top default of 3.
        assertTrue(o.err().contains("confirming the start and the 2 best candidates: "), o.err());
        assertTrue(overlay.stream().anyMatch(l -> l.startsWith("# Best: ")
                && l.contains("best of the start and the 2 best candidates; confirmation.csv")), String.join("\n", overlay));
        assertTrue(overlay.stream().anyMatch(l -> l.startsWith("#") && l.contains(", 1 replication per candidate")),
                String.join("\n", overlay));
        // extends names the scenario relative to the overlay's folder (no machine path), and it resolves.
        String extendsLine = overlay.stream().filter(l -> l.startsWith("extends:")).findFirst().orElseThrow();
        String named = extendsLine.substring("extends:".length()).trim();
        assertFalse(Path.of(named).isAbsolute(), extendsLine);
        assertEquals(Path.of(BASELINE).toAbsolutePath().normalize(), out.resolve(named).toAbsolutePath().normalize());
        List<String> ensemble = Files.readAllLines(out.resolve(CalibrationEnsemble.FILE));
        assertTrue(ensemble.get(0).startsWith("regions.Zhejiang.growthShift,") && ensemble.get(0).endsWith(",loss"));
        // The left-out region's own parameter is not searched: it takes its default (0.55 in defaults.yaml), a
        // column of the same value in every row, so runs drawing from the ensemble use it as the fit did.
        String zhangjiang = "regions.Shanghai.parks.Zhangjiang Pharma Valley.initialOutputShare";
        List<String> header = List.of(ensemble.get(0).split(","));
        assertTrue(header.contains(zhangjiang), ensemble.get(0));
        double zhangjiangDefault = Scenarios.defaults().regions().get("Shanghai").parks()
                .get("Zhangjiang Pharma Valley").initialOutputShare();
        assertTrue(o.out().contains("regions.Shanghai.parks.Zhangjiang Pharma Valley.initialOutputShare="
                + zhangjiangDefault), o.out());
        for (String row : ensemble.subList(1, ensemble.size())) {
            assertEquals(zhangjiangDefault, Double.parseDouble(row.split(",")[header.indexOf(zhangjiang)]), row);
        }
        // The overlay runs with what the fit ran with: the transferred default, not the scenario's value.
        double inBaseline = Scenarios.load(Path.of(BASELINE), List.of()).regions().get("Shanghai").parks()
                .get("Zhangjiang Pharma Valley").initialOutputShare();
        assertTrue(inBaseline != zhangjiangDefault, "premise: the baseline sets its own value");
        assertEquals(zhangjiangDefault, Scenarios.load(out.resolve(CalibrateCommand.OVERLAY), List.of()).regions()
                .get("Shanghai").parks().get("Zhangjiang Pharma Valley").initialOutputShare());
        assertTrue(overlay.stream().anyMatch(l -> l.startsWith("# Left-out region's parameters at their defaults")
                && l.contains("Zhangjiang")), String.join("\n", overlay));
        assertEquals(4, ensemble.size(), "a huge margin keeps all 3 distinct candidates");
        assertTrue(o.out().contains("ensemble: 3 candidates with loss"), o.out());
        assertEquals("1 candidate", CalibrateCommand.candidates(1));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(targets.substring("# Targets: identities excluded; ".length(), targets.length() - 1),
                manifest.get("calibration").get("holdout").asText(), "the manifest says what the header says");
        List<String> validation = Files.readAllLines(out.resolve("validation.csv"));
        int basis = ValidationCsvWriter.COLUMNS.indexOf("basis");
        assertEquals("out_of_sample", row(validation, "zhangjiang_revenue_2020")[basis]);
        assertEquals("calibrated", row(validation, "zj_rd_intensity_2021")[basis], "a 2021 figure named by the default --fit");
        assertEquals("earlier_fit", row(validation, "zj_key_enterprises")[basis], "held out, but seen by an earlier fit");
        assertEquals("out_of_sample", row(validation, "sh_biomed_output_2024")[basis]);
        assertEquals("calibrated", row(validation, "zj_biomed_output_2020")[basis]);
        assertEquals("identity", row(validation, "t2_clinical_trials_sh")[basis]);
        // Fitting on figures labelled out_of_sample is refused.
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--holdout", "none", "--out",
                dir.resolve("none").toString()));
        assertFalse(Files.exists(dir.resolve("none").resolve("calibration.csv")));
    }

    private static String[] row(List<String> lines, String id) {
        return lines.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow().split(",", -1);
    }

    /**
     * A --parameters file is checked against the scenario before anything runs: a range beyond a
     * parameter's validity bounds would stop the search at its first candidate outside them, with
     * a refusal of an override the user never gave; a misspelt path gets "did you mean". Every
     * problem names the file and line, and nothing is written.
     */
    @Test
    void aParametersFileIsCheckedAgainstTheScenarioBeforeAnyRun() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.csv"), "path,min,max,note\n"
                + "# a share beyond 1, and a misspelt path\n"
                + "firms.knownQualityShare,0.7,1.9,x\n"
                + "firms.shortageDelai,0.25,0.75,y\n");
        Path out = dir.resolve("beyond");
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", BASELINE, "--replications", "1",
                "--threads", "1", "--scale", "0.02", "--confirm-top", "0", "--budget", "12", "--parameters",
                plan.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(plan + ":3: firms.knownQualityShare: expected a range within its validity bounds"
                + " [0, 1], got [0.7, 1.9]; the search would stop at the first candidate outside them. Fix: keep both"
                + " ends within the bounds."), o.err());
        assertTrue(o.err().contains(plan + ":4: free parameter firms.shortageDelai is not a number of the scenario."
                + " Fix: did you mean 'firms.shortageDelay'?"), o.err());
        assertFalse(Files.exists(out), "nothing is written");

        Path rows = Files.writeString(dir.resolve("rows.csv"), "path,min,max,note\n"
                + "capital.valueElasticity,1.5,0,x\n"
                + "firms.shortageDelay,low,0.75,y\n"
                + "capital.valueElasticity,0,1.5,z\n");
        o = ValidateCommandTest.execute("calibrate", BASELINE, "--budget", "2", "--parameters", rows.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(rows + ":2: capital.valueElasticity: expected min < max, got 1.5, 0. Fix: swap the"
                + " ends: capital.valueElasticity,0,1.5.\n" + rows + ":3: firms.shortageDelay: expected min and max as"
                + " numbers, got 'low', '0.75'."), o.err());
        assertTrue(o.err().contains(rows + ":4: capital.valueElasticity: listed twice"), o.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    /**
     * A --parameters file with mistakes of every kind is refused in one report: the rows that are
     * not well formed and, for every other row, its path, range and value against the scenario and
     * whether it is solved from the figures, each by file and line, in line order. A row that is not
     * well formed is not checked further (its misspelt path gets no "did you mean"). Nothing runs.
     */
    @Test
    void everyProblemOfAParametersFileIsReportedAtOnceInLineOrder() throws IOException {
        Path plan = Files.writeString(dir.resolve("mixed.csv"), "path,min,max,note\n"
                + "# a row not well formed, then a misspelt path, and more\n"
                + "firms.knownQualitySahre,low,0.9,a\n"
                + "firms.shortageDelai,0.25,0.75,b\n"
                + "regions.Zhejiang.growthShift,-0.08,0.04,c\n"
                + "firms.knownQualityShare,0.7,1.9,d\n"
                + "regions.Zhejiang.initialStock.clinicalTrials,100,3000,e\n"
                + "capital.valueElasticity,1.5,0,f\n"
                + "regions.Zhejiang.growthShift,-0.1,0.1,g\n");
        Path out = dir.resolve("mixed");
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", BASELINE, "--replications", "1",
                "--threads", "1", "--scale", "0.02", "--confirm-top", "0", "--budget", "2", "--parameters",
                plan.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        List<String> reported = reported(o, plan);
        assertEquals(List.of(
                plan + ":3: firms.knownQualitySahre: expected min and max as numbers, got 'low', '0.9'. Fix: write e.g."
                        + " firms.knownQualitySahre,0.1,0.3,why.",
                plan + ":4: free parameter firms.shortageDelai is not a number of the scenario. Fix: did you mean"
                        + " 'firms.shortageDelay'?",
                plan + ":6: firms.knownQualityShare: expected a range within its validity bounds [0, 1], got [0.7, 1.9];"
                        + " the search would stop at the first candidate outside them. Fix: keep both ends within the"
                        + " bounds.",
                plan + ":8: capital.valueElasticity: expected min < max, got 1.5, 0. Fix: swap the ends:"
                        + " capital.valueElasticity,0,1.5.",
                plan + ":9: regions.Zhejiang.growthShift: listed twice (first on line 5). Fix: keep one row for it."),
                reported.stream().filter(l -> !l.contains(":7: ")).toList(), o.err());
        // Line 7 names a stock solved from Table 2, in its place between lines 6 and 8.
        String solved = reported.stream().filter(l -> l.startsWith(plan + ":7: ")).findFirst().orElseThrow();
        assertTrue(solved.startsWith(plan + ":7: regions.Zhejiang.initialStock.clinicalTrials is solved from ")
                && solved.endsWith(", not a free parameter. Fix: do not search a solved parameter; remove its row."),
                o.err());
        assertEquals(solved, reported.get(3), o.err());
        assertFalse(o.err().contains("knownQualitySahre is not a number"), "a row not well formed is not checked further");
        assertFalse(Files.exists(out), "nothing runs and nothing is written");
        assertEquals("", o.out(), "nothing runs");
        assertEquals(reported.size(), o.err().lines().count(), "the error output is the report: " + o.err());
    }

    /**
     * With --leave-out-region, a row of the region that is not well formed and a misspelt row of the
     * region are reported together: the misspelt path with "did you mean", not as a parameter
     * without a default to transfer; a parameter the scenario has but the defaults lack has none.
     */
    @Test
    void aLeftOutRegionsRowsAreCheckedWithTheOthers() throws IOException {
        Path scenario = Files.writeString(dir.resolve("extra-park.yaml"), "extends: "
                + Path.of(BASELINE).toAbsolutePath() + "\nname: extra-park\nregions:\n  Shanghai:\n    parks:\n"
                + "      Lingang: {city: Shanghai, initialFirmShare: 0.01, initialOutputShare: 0.01, capacityFirms: 100,"
                + " platforms: 0, entryWeight: 0.01, rentMillion: 0.3, growthBonus: 0.0}\n");
        Path plan = Files.writeString(dir.resolve("left-out.csv"), "path,min,max,note\n"
                + "regions.Zhejiang.growthShift,-0.08,0.04,a\n"
                + "regions.Shanghai.growthShif,-0.08,0.04,b\n"
                + "regions.Shanghai.parks.Lingang.growthBonus,-0.03,0.05,c\n"
                + "regions.Jiangsu.growthShift,0.04,-0.08,d\n");
        Path out = dir.resolve("left-out");
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", scenario.toString(),
                "--replications", "1", "--threads", "1", "--scale", "0.02", "--confirm-top", "0", "--budget", "2",
                "--leave-out-region", "Shanghai", "--parameters", plan.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertEquals(List.of(
                plan + ":3: free parameter regions.Shanghai.growthShif is not a number of the scenario. Fix: did you"
                        + " mean 'regions.Shanghai.growthShift'?",
                plan + ":4: --leave-out-region Shanghai: regions.Shanghai.parks.Lingang.growthBonus has no default to"
                        + " transfer. Fix: give it a default in " + Scenarios.DEFAULTS + ".",
                plan + ":5: regions.Jiangsu.growthShift: expected min < max, got 0.04, -0.08. Fix: swap the ends:"
                        + " regions.Jiangsu.growthShift,-0.08,0.04."),
                reported(o, plan), o.err());
        assertFalse(Files.exists(out), "nothing runs and nothing is written");
    }

    /** The lines of the error output that name the file, without the program's name before the first. */
    private static List<String> reported(ValidateCommandTest.Outcome o, Path file) {
        return o.err().lines().map(l -> l.replaceFirst("^highland: ", "")).filter(l -> l.startsWith(file + ":"))
                .toList();
    }

    @Test
    void badInputExitsTwo() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--resume", dir.toString()));
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("x"), "x");
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--out", full.toString()));
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "0", "--out", dir.resolve("z").toString()));
        // A stock solved from Table 2 is not a free parameter.
        Path solved = Files.writeString(dir.resolve("solved.csv"),
                "path,min,max,note\nregions.Zhejiang.initialStock.clinicalTrials,100,3000,solved\n");
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--parameters", solved.toString(), "--out",
                dir.resolve("s").toString()));
        assertEquals(ExitCodes.BAD_INPUT, calibrate("--budget", "2", "--holdout", "2021,nonsense", "--out",
                dir.resolve("h").toString()));
        // A row without its range (a comment line that lost its '#') names the row and the remedy.
        Path stray = Files.writeString(dir.resolve("stray.csv"),
                "path,min,max,note\nregions.Zhejiang.growthShift,-0.1,0.04,x\nstray comment\n");
        ValidateCommandTest.Outcome o = ValidateCommandTest.execute("calibrate", BASELINE, "--budget", "2",
                "--parameters", stray.toString(), "--out", dir.resolve("r").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(stray + ":3: expected path,min,max,note, but columns min, max are missing or"
                + " empty. Fix: "), o.err());
        assertFalse(Files.exists(dir.resolve("r")), "nothing written");
        // A missing plan is said to be missing, its path not repeated as the reason.
        Path missing = dir.resolve("noplan.csv");
        o = ValidateCommandTest.execute("calibrate", BASELINE, "--budget", "2", "--parameters", missing.toString(),
                "--out", dir.resolve("n").toString());
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertTrue(o.err().contains(missing + ": expected a CSV of free parameters (path,min,max,note), but there is"
                + " no such file. Fix: check the path, or leave out --parameters"), o.err());
        assertEquals(o.err().indexOf(missing.toString()), o.err().lastIndexOf(missing.toString()), o.err());
    }
}
