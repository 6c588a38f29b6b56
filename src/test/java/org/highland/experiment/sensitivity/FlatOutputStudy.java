package org.highland.experiment.sensitivity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.highland.run.CliRun;

/**
 * A tiny sensitivity study with one output that cannot vary: Shanghai's trial support (from 2023)
 * against the baseline, its effect on Zhejiang's innovative approvals in 2016, beside an output
 * that varies (Zhejiang's firms in 2016). Scale 0.02, two factors, to 2016.
 */
final class FlatOutputStudy {
    /** The output that is 0 at every point of the design. */
    static final String FLAT = "trial-base:cumulative_innovative_drug_approvals:Zhejiang:2016";

    private FlatOutputStudy() {
    }

    /** Writes the experiment with this design and replications into {@code dir} and runs {@code sensitivity} into {@code out}. */
    static CliRun run(Path dir, String name, String design, int replications, Path out) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                name: %s
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: firms.discountRatePerYear
                  - path: capital.valueElasticity
                design: %s
                replications: %d
                seed: 3
                outputs:
                  - {metric: cumulative_innovative_drug_approvals, area: Zhejiang, year: 2016, difference: trial}
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                """.formatted(name, Path.of("scenarios/baseline.yaml").toAbsolutePath(),
                Path.of("scenarios/shanghai-trial-support.yaml").toAbsolutePath(), design, replications));
        return CliRun.highland("sensitivity", file.toString(), "--scale", "0.02", "--end", "2016", "--quiet",
                "--bootstrap", "20", "--out", out.toString());
    }
}
