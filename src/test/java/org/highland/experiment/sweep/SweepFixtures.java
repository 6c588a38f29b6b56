package org.highland.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small experiment files over the repository's scenarios, for sweep tests. */
final class SweepFixtures {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    static final Path TRIAL = Path.of("scenarios/shanghai-trial-support.yaml").toAbsolutePath();

    private SweepFixtures() {
    }

    /** A grid of 2 x levels points, 2 replications, a base output and a variant difference. */
    static Path grid(Path dir, int levels) throws IOException {
        return write(dir, "tiny.yaml", """
                name: tiny
                base: %s
                variants:
                  trial: %s
                factors:
                  - path: firms.discountRatePerYear
                  - path: capital.valueElasticity
                    levels: [0, 1]
                design: {method: grid, size: %d}
                replications: 2
                seed: 7
                outputs:
                  - {metric: enterprises, area: Zhejiang, year: 2016}
                  - {metric: project_starts, area: Zhejiang, years: [2015, 2016], difference: trial}
                """.formatted(BASELINE, TRIAL, levels));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
