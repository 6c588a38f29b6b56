package org.highland.cli;

import java.nio.file.Path;
import org.highland.experiment.calibration.CalibrationEnsemble;
import org.highland.experiment.calibration.CalibrationPlan;
import org.highland.experiment.calibration.Confirmation;
import org.highland.experiment.calibration.Holdout;
import picocli.CommandLine.Option;

/**
 * The options of {@code highland calibrate} that shape the fit: the search (budget, seed, free
 * parameters), what is held out of the loss, the ensemble kept and the confirmation of the best.
 */
public final class CalibrateOptions {
    @Option(names = "--budget", description = "Candidates to evaluate (default: " + CalibrationPlan.DEFAULT_BUDGET + ").")
    Integer budget;

    @Option(names = "--search-seed", description = "Seed of the optimiser (default: " + CalibrationPlan.DEFAULT_SEED + ").")
    Long searchSeed;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "Free parameters as CSV path,min,max,note (default: the built-in " + CalibrationPlan.BUILT_IN + ").")
    Path planFile;

    @Option(names = "--holdout", paramLabel = "YEARS|IDS", defaultValue = Holdout.DEFAULT,
            description = "Targets kept out of the loss and scored after the fit: years and/or target ids, comma"
                    + " separated, or none (default: ${DEFAULT-VALUE}).")
    String holdout;

    @Option(names = "--fit", paramLabel = "IDS", defaultValue = Holdout.DEFAULT_FIT,
            description = "Targets fitted although --holdout holds their year: target ids, comma separated, or none"
                    + " (default: Zhejiang's 2021 approval counts and R&D intensity and Shanghai's 2021 financing,"
                    + " the only figures on the flow of approvals, on R&D and on venture money; docs/ODD.md s9).")
    String fit;

    @Option(names = "--leave-out-region", paramLabel = "REGION",
            description = "Also keep every target of this region out of the loss and score it after the fit"
                    + " (leave-one-region-out check; default: none).")
    String leaveOutRegion;

    @Option(names = "--ensemble-margin", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Write the candidates with loss <= best x (1 + SHARE) to " + CalibrationEnsemble.FILE
                    + " (default: ${DEFAULT-VALUE}).")
    double ensembleMargin;

    @Option(names = "--confirm-top", paramLabel = "N", defaultValue = "3",
            description = "Re-score the start and the N best candidates with --confirm-replications at --confirm-scale"
                    + " and ship the best of those by that loss, written to " + Confirmation.FILE + "; 0 ships the"
                    + " search's best as found (default: ${DEFAULT-VALUE}).")
    int confirmTop;

    @Option(names = "--confirm-replications", paramLabel = "R", defaultValue = "10",
            description = "Replications of the confirmation (default: ${DEFAULT-VALUE}).")
    int confirmReplications;

    @Option(names = "--confirm-seed", paramLabel = "SEED",
            description = "Model seed of the confirmation runs (default: the model seed, so the confirmation's"
                    + " replications are the first ones validate runs; another seed confirms on replications no"
                    + " validation of the model seed has seen).")
    Long confirmSeed;

    @Option(names = "--confirm-scale", paramLabel = "SHARE", defaultValue = "1.0",
            description = "Share of real firms in the confirmation runs, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double confirmScale;

    /** The confirmation's model seed: --confirm-seed, else the search's {@code modelSeed}. */
    long confirmSeed(long modelSeed) {
        return confirmSeed != null ? confirmSeed : modelSeed;
    }

    /** Refuses a confirmation or ensemble margin that cannot be, naming the options and a remedy. */
    void checkConfirmationAndEnsemble() {
        if (confirmTop < 0 || confirmReplications < 1 || !(confirmScale > 0 && confirmScale <= 1)) {
            throw new BadInputException("--confirm-top " + confirmTop + ", --confirm-replications " + confirmReplications
                    + ", --confirm-scale " + confirmScale + ": expected N >= 0, R >= 1 and a scale in (0, 1]."
                    + " Fix: e.g. --confirm-top 3 --confirm-replications 10 --confirm-scale 1.");
        }
        if (!(ensembleMargin >= 0)) {
            throw new BadInputException("--ensemble-margin " + ensembleMargin + ": expected 0 or more. Fix: e.g. 0.1.");
        }
    }
}
