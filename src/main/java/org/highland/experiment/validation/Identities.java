package org.highland.experiment.validation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * identities.csv: which scenario parameters are solved or back-cast from which figures. A figure
 * listed there is an identity; so is a ratio or growth rate computed only from quantities of
 * identities (the cross-region ratios of the Table 2 totals). {@link #problems} compares this with
 * the {@code basis} column of targets.csv, so the label can be checked, not only asserted. The flow
 * bounds of the solved cumulative counts (flow_since rows under their own ids) are not identities:
 * a stock solved as figure - flow is negative when the flow exceeds the figure, which no solver can
 * repair.
 */
public final class Identities {
    public static final String FILE = "highland/identities.csv";

    /**
     * One solved parameter.
     *
     * @param parameter scenario path as used by {@code --set}
     * @param targets   ids of the figures it is solved from
     * @param method    stock_residual, backcast, share or start_solved
     * @param note      the computation
     */
    public record Solved(String parameter, List<String> targets, String method, String note) {
    }

    private Identities() {
    }

    /** The built-in map. */
    public static List<Solved> load() {
        return solved(CommentedCsv.resource(FILE));
    }

    static List<Solved> parse(Reader in) throws IOException {
        return solved(CommentedCsv.rows(in));
    }

    private static List<Solved> solved(List<Map<String, String>> rows) {
        List<Solved> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            out.add(new Solved(row.get("parameter"), List.of(row.get("targets").strip().split("\\s+")),
                    row.get("method"), row.getOrDefault("note", "")));
        }
        return out;
    }

    /** Ids of every figure a parameter is solved from, plus the ratios and growth rates of such figures. */
    public static Set<String> identityIds(List<Target> targets, List<Solved> solved) {
        Set<String> ids = new LinkedHashSet<>();
        solved.forEach(s -> ids.addAll(s.targets()));
        Set<String> quantities = new HashSet<>();
        for (Target t : targets) {
            if (t.modelled() && ids.contains(t.id()) && t.mapping().derived() == Derivation.VALUE) {
                quantities.add(key(t.mapping().metric(), t.mapping().area(), t.mapping().year()));
            }
        }
        for (Target t : targets) {
            if (!t.modelled()) {
                continue;
            }
            TargetMapping m = t.mapping();
            boolean derivedFromIdentities = switch (m.derived()) {
                // A flow bound is not an identity even when its figure solves a stock: the stock is
                // figure - flow, but the flow does not depend on the stock, so the bound can fail.
                case VALUE, FLOW_SINCE -> false;
                case RATIO -> quantities.contains(key(m.metric(), m.area(), m.year()))
                        && quantities.contains(key(m.metric(), m.refArea(), m.year()));
                case CAGR -> quantities.contains(key(m.metric(), m.area(), m.year()))
                        && quantities.contains(key(m.metric(), m.area(), m.baseYear()));
            };
            if (derivedFromIdentities) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    /** Disagreements between the map and the basis column; empty when they agree. */
    public static List<String> problems(List<Target> targets, List<Solved> solved) {
        Set<String> ids = identityIds(targets, solved);
        List<String> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Target t : targets) {
            known.add(t.id());
            if (!t.modelled()) {
                continue;
            }
            boolean labelled = t.mapping().basis() == Basis.IDENTITY;
            if (ids.contains(t.id()) && !labelled) {
                problems.add(t.id() + " is solved into a parameter (" + FILE + ") but labelled " + t.mapping().basis());
            } else if (!ids.contains(t.id()) && labelled) {
                problems.add(t.id() + " is labelled identity but no parameter of " + FILE + " is solved from it");
            }
        }
        for (String id : ids) {
            if (!known.contains(id)) {
                problems.add(FILE + " names " + id + ", which is not a target");
            }
        }
        return problems;
    }

    private static String key(String metric, String area, int year) {
        return metric + "|" + area + "|" + year;
    }
}
