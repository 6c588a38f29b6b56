package org.highland.experiment.validation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * earlier-fits.csv: values the shipped scenario keeps from an earlier fit, and the figures that fit
 * had in its loss. Holding such a figure out of the latest calibration does not make it out of
 * sample: the values that produce it have seen it. {@link #problems} checks the {@code basis}
 * column of targets.csv against this file, so {@code earlier_fit} is derived, not asserted.
 */
public final class EarlierFits {
    public static final String FILE = "highland/earlier-fits.csv";

    /**
     * One row.
     *
     * @param fit  the earlier fit's name
     * @param kind {@code parameter} (a value it set that the scenario keeps) or {@code target} (a
     *             figure in its loss)
     * @param key  scenario path or target id
     */
    public record Entry(String fit, String kind, String key) {
        public boolean parameter() {
            return "parameter".equals(kind);
        }
    }

    private EarlierFits() {
    }

    /** The built-in file. */
    public static List<Entry> load() {
        return entries(CommentedCsv.resource(FILE));
    }

    static List<Entry> parse(Reader in) throws IOException {
        return entries(CommentedCsv.rows(in));
    }

    private static List<Entry> entries(List<Map<String, String>> rows) {
        List<Entry> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String kind = row.get("kind");
            if (!"parameter".equals(kind) && !"target".equals(kind)) {
                throw new IllegalArgumentException(FILE + ": kind '" + kind + "' of " + row.get("key")
                        + "; expected parameter or target");
            }
            out.add(new Entry(row.get("fit"), kind, row.get("key").strip()));
        }
        return out;
    }

    /**
     * Ids of the figures seen by an earlier fit of which the scenario still keeps at least one value:
     * these can be {@code calibrated} (fitted again) or {@code earlier_fit}, never {@code out_of_sample}.
     */
    public static Set<String> seenIds(List<Entry> entries) {
        Map<String, Boolean> keepsValues = new HashMap<>();
        entries.forEach(e -> keepsValues.merge(e.fit(), e.parameter(), Boolean::logicalOr));
        Set<String> ids = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!e.parameter() && keepsValues.getOrDefault(e.fit(), false)) {
                ids.add(e.key());
            }
        }
        return ids;
    }

    /** Disagreements between the file and the basis column; empty when they agree. */
    public static List<String> problems(List<Target> targets, List<Entry> entries) {
        Set<String> seen = seenIds(entries);
        List<String> problems = new ArrayList<>();
        Set<String> modelled = new HashSet<>();
        for (Target t : targets) {
            if (!t.modelled()) {
                continue;
            }
            modelled.add(t.id());
            Basis basis = t.basis();
            if (seen.contains(t.id()) && basis == Basis.OUT_OF_SAMPLE) {
                problems.add(t.id() + " is labelled out_of_sample but an earlier fit whose values the scenario keeps"
                        + " had it in its loss (" + FILE + "); label it earlier_fit");
            } else if (!seen.contains(t.id()) && basis == Basis.EARLIER_FIT) {
                problems.add(t.id() + " is labelled earlier_fit but no earlier fit of " + FILE + " had it in its loss");
            }
        }
        for (String id : seen) {
            if (!modelled.contains(id)) {
                problems.add(FILE + " names " + id + ", which is not a modelled target");
            }
        }
        return problems;
    }
}
