package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.calibration.CalibrationEnsemble;
import org.highland.experiment.calibration.Confirmation;
import org.highland.experiment.calibration.Evaluation;
import org.highland.experiment.calibration.FreeParameter;
import org.highland.experiment.calibration.Overlay;
import org.highland.experiment.validation.Basis;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.highland.experiment.validation.ValidationRow;
import org.highland.experiment.validation.ValidationTable;
import org.highland.report.Manifest;
import org.highland.report.ManifestWriter;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * What a finished calibration leaves: {@code confirmation.csv}, the ensemble, the chosen
 * candidate as an overlay scenario, {@code validation.csv} and, last and whole (by rename), the
 * manifest that marks the calibration finished; and what it prints: the validation table, the
 * left-out region's score, the ensemble, the confirmation and the best candidate.
 *
 * @param folder       the calibration folder
 * @param scenarioFile the scenario calibrated
 * @param sets         the --set overrides the calibration ran with (a left-out region's defaults among them)
 * @param setup        its plan and targets
 * @param options      the fit's options
 * @param seed         seed of the model runs
 * @param scale        scale of the search's runs
 * @param threads      threads of each run
 */
record CalibrationOutputs(Path folder, Path scenarioFile, List<String> sets, CalibrationSetup setup, CalibrateOptions options,
                          long seed, double scale, int threads) {

    /** Writes every file; the ensemble is selected from every candidate evaluated. */
    List<Evaluation> write(CalibrationSearch.Outcome outcome, List<String> commandLine, OffsetDateTime started,
                           double wallTimeSeconds) throws IOException {
        List<FreeParameter> params = setup.plan().parameters();
        if (!outcome.confirmed().isEmpty()) {
            Confirmation.write(folder.resolve(Confirmation.FILE), params, outcome.confirmed());
        }
        List<Evaluation> ensemble = CalibrationEnsemble.select(outcome.result().evaluations(), options.ensembleMargin,
                outcome.confirmed());
        CalibrationEnsemble.write(folder.resolve(CalibrationEnsemble.FILE), params, ensemble, setup.transferred());
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            values.put(params.get(i).path(), outcome.best().values()[i]);
        }
        // The overlay is the calibrated scenario against the file alone: the search's values and the
        // overrides it ran with (the calibration's --set, a left-out region's transferred defaults).
        List<String> calibrated = new ArrayList<>(sets);
        values.forEach((path, value) -> calibrated.add(path + "=" + value));
        Scenario file = Scenarios.load(scenarioFile, List.of());
        Files.writeString(folder.resolve(CalibrateCommand.OVERLAY), Overlay.render(extendsPath(folder, scenarioFile),
                file.name() + "-calibrated", comments(outcome, ensemble.size()), Scenarios.toYaml(file),
                Scenarios.toYaml(Scenarios.load(scenarioFile, calibrated))));
        ValidationCsvWriter.write(folder.resolve("validation.csv"), outcome.fit());
        // manifest.json marks a finished calibration, so it appears whole and last, by rename.
        Path manifestTmp = folder.resolve(".manifest.json.tmp");
        ManifestWriter.write(manifestTmp, Manifest.builder()
                .command(commandLine).seed(seed).replications(setup.plan().replications())
                .threads(threads).scale(scale).scenarioFile(scenarioFile).startTime(started)
                .wallTimeSeconds(wallTimeSeconds).build());
        ObjectNode calibration = CalibrationFolder.json().createObjectNode();
        calibration.put("holdout", setup.holdout());
        calibration.put("ensembleMargin", options.ensembleMargin);
        calibration.put("ensembleSize", ensemble.size());
        ScenarioRun.addToManifest(manifestTmp, "calibration", calibration);
        Files.move(manifestTmp, folder.resolve("manifest.json"), StandardCopyOption.ATOMIC_MOVE);
        return ensemble;
    }

    /**
     * The calibrated scenario as the overlay's {@code extends} names it: relative to the overlay's
     * folder, as scenario files name the scenario they extend, so the file holds no path of the
     * machine it was made on and runs wherever results and scenarios keep their relative place;
     * absolute only where no relative path exists (another drive).
     */
    static String extendsPath(Path folder, Path scenarioFile) {
        Path from = folder.toAbsolutePath().normalize();
        Path to = scenarioFile.toAbsolutePath().normalize();
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return to.toString();
        }
    }

    /** How the ensemble treats the candidates a confirmation re-scored. */
    private static final String CONFIRMED_RULE = ", a confirmed candidate by its confirmed loss against the chosen one's";

    /** The header of the overlay: how, when and on what the calibration was made, and its result. */
    private List<String> comments(CalibrationSearch.Outcome outcome, int ensembleSize) {
        var plan = setup.plan();
        Evaluation best = outcome.best();
        List<String> comments = new ArrayList<>(List.of(
                "Calibrated by `highland calibrate` on " + LocalDate.now() + " from " + scenarioFile.getFileName() + ".",
                "Search seed " + plan.seed() + ", model seed " + seed + ", budget " + plan.budget() + ", "
                        + CalibrateCommand.replications(plan.replications()) + " per candidate at scale " + scale + ".",
                "Targets: identities excluded; " + setup.holdout() + ".",
                String.format(Locale.ROOT, "Best: evaluation %d, loss %.5f, %d of %d calibration targets within tolerance%s.",
                        best.index(), best.loss(), best.within(), setup.targets().size(), outcome.confirmed().isEmpty()
                                ? "" : String.format(Locale.ROOT, " (confirmed: %s at scale %s, model seed %d, %s; %s)",
                                        CalibrateCommand.replications(options.confirmReplications), options.confirmScale,
                                        options.confirmSeed(seed), confirmedAmong(outcome.confirmed()),
                                        Confirmation.FILE)),
                String.format(Locale.ROOT, "Ensemble: %s with loss <= best x (1 + %s)%s in %s.",
                        CalibrateCommand.candidates(ensembleSize), options.ensembleMargin,
                        outcome.confirmed().isEmpty() ? "" : CONFIRMED_RULE, CalibrationEnsemble.FILE)));
        if (!setup.transferred().isEmpty()) {
            comments.add("Left-out region's parameters at their defaults, not searched: " + setup.transferred() + ".");
        }
        return comments;
    }

    /** Which candidates the confirmation chose among, as many as it re-scored (--confirm-top is an upper bound). */
    private static String confirmedAmong(List<Confirmation> confirmed) {
        int best = (int) confirmed.stream().filter(c -> c.evaluation().index() != 1).count();
        return best == 0 ? "the start alone" : "best of " + CalibrateCommand.startAnd(best);
    }

    /** The validation table, the left-out region's score, the ensemble, the confirmation and the best. */
    void print(PrintWriter out, CalibrationSearch.Outcome outcome, int ensembleSize) {
        List<ValidationRow> fit = outcome.fit();
        out.print(ValidationTable.render(fit));
        String region = setup.held().region();
        if (region != null) {
            List<ValidationRow> rows = fit.stream().filter(r -> r.target().concerns(region)
                    && r.target().basis() != Basis.IDENTITY && !ValidationTable.notSimulated(r)).toList();
            // Targets past the scored years (2022-2024) are not simulated here, so neither hits nor misses.
            out.printf(Locale.ROOT, "left-out region %s (its parameters at their defaults: %s): %d of %d"
                    + " simulated targets within tolerance (%s)%n", region, setup.transferred(),
                    Validation.withinCount(rows), rows.size(),
                    String.join(", ", rows.stream().map(r -> r.target().id() + (r.within() ? " yes" : " NO")).toList()));
        }
        out.printf(Locale.ROOT, "ensemble: %s with loss <= best x (1 + %s)%s: %s%n",
                CalibrateCommand.candidates(ensembleSize), options.ensembleMargin,
                outcome.confirmed().isEmpty() ? "" : CONFIRMED_RULE, CalibrationEnsemble.FILE);
        for (Confirmation c : outcome.confirmed()) {
            out.printf(Locale.ROOT, "confirmed: evaluation %d, search loss %.5f, confirmed loss %.5f%s%n",
                    c.evaluation().index(), c.evaluation().loss(), c.confirmed().loss(),
                    c.evaluation().index() == 1 ? " (the start)" : "");
        }
        Evaluation best = outcome.best();
        out.printf(Locale.ROOT, "best candidate: evaluation %d of %d, loss %.5f%s%n", best.index(),
                outcome.result().evaluations().size(), best.loss(), outcome.confirmed().isEmpty() ? "" : " (confirmed)");
        out.println("results: " + folder);
    }
}
