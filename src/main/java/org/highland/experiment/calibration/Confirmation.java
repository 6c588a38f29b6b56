package org.highland.experiment.calibration;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Re-scores the search's best candidates, and the start, with more replications (and usually at
 * full scale) before one is shipped. Why: the search ranks candidates by a loss measured on a few
 * thinned replications, and the best of a few hundred noisy losses is mostly the luckiest; a
 * candidate that won by noise loses its edge on a fresh, larger measurement. The confirmed loss
 * decides; the start (the scenario's own values) competes, so a search that found nothing better
 * leaves the values as they were.
 *
 * @param evaluation the candidate as the search saw it
 * @param confirmed  the same values scored with the confirmation's settings
 */
public record Confirmation(Evaluation evaluation, Evaluation confirmed) {
    public static final String FILE = "confirmation.csv";

    /**
     * The start and the {@code top} distinct best candidates of the search, each re-scored by
     * {@code rescore}, in the order of their confirmed loss (ties: the earlier evaluation first).
     */
    public static List<Confirmation> run(List<Evaluation> evaluations, int top, Function<double[], Evaluation> rescore) {
        List<Confirmation> out = new ArrayList<>();
        for (Evaluation e : picks(evaluations, top)) {
            Evaluation c = rescore.apply(e.values());
            out.add(new Confirmation(e, new Evaluation(e.index(), e.values(), c.loss(), c.within())));
        }
        out.sort(Comparator.comparingDouble((Confirmation c) -> c.confirmed().loss())
                .thenComparingInt(c -> c.evaluation().index()));
        return out;
    }

    /**
     * What {@link #run} re-scores: the start, then the {@code top} best candidates whose values
     * differ from it and from each other; fewer when the search has fewer.
     */
    public static List<Evaluation> picks(List<Evaluation> evaluations, int top) {
        List<Evaluation> picked = new ArrayList<>();
        evaluations.stream().filter(e -> e.index() == 1).findFirst().ifPresent(picked::add);
        evaluations.stream().sorted(Comparator.comparingDouble(Evaluation::loss).thenComparingInt(Evaluation::index))
                .filter(e -> picked.stream().noneMatch(p -> Arrays.equals(p.values(), e.values())))
                .limit(top).forEach(picked::add);
        return picked;
    }

    /** One row per re-scored candidate, best confirmed first: its search and confirmed loss and fit. */
    public static void write(Path file, List<FreeParameter> params, List<Confirmation> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("evaluation,search_loss,search_within,confirmed_loss,confirmed_within,chosen");
            for (FreeParameter p : params) {
                w.write("," + p.path());
            }
            w.write("\n");
            for (int i = 0; i < rows.size(); i++) {
                Confirmation c = rows.get(i);
                w.write(String.format(Locale.ROOT, "%d,%s,%d,%s,%d,%b", c.evaluation().index(),
                        c.evaluation().loss(), c.evaluation().within(), c.confirmed().loss(),
                        c.confirmed().within(), i == 0));
                for (double v : c.evaluation().values()) {
                    w.write("," + v);
                }
                w.write("\n");
            }
        }
    }
}
