package org.highland.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code highland sweep}: runs every point of an experiment's design, every replication, as an
 * independent task whose streams derive from (master seed, point, replication), streaming results
 * to disk; {@code --resume} continues a killed sweep.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run an experiment (experiments/*.yaml): every design point x replication as an independent task.",
                "Writes points.csv, outputs.csv (point,replication,scenario,metric,area,year,value), sweep.json.",
                "Results do not depend on --threads or --backend; a killed sweep continues with --resume and the same --out."})
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file.")
    Path experimentFile;

    @Mixin
    SweepOptions options;

    @Override
    public Integer call() throws Exception {
        options.run(experimentFile, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
