package org.highland.experiment.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.run.ReplicationResult;

/**
 * Solves the pre-start registry stocks ({@code stock_residual} rows of identities.csv) from a
 * run: stock = figure - mean simulated flow since the start. The flow of a figure is the one its
 * flow bound in targets.csv reads (a {@link Derivation#FLOW_SINCE} row naming the figure), so the
 * bounds that validation checks and the stocks solved here come from one table. A row naming
 * several figures is the first less the others (other drug approvals = all - generic - innovative),
 * each a residual figure - flow.
 */
public final class StockSolver {
    public static final String METHOD = "stock_residual";

    /**
     * One solved stock.
     *
     * @param parameter scenario path
     * @param exact     unrounded figure - flow (combined as above); negative when the flow exceeds the figure
     * @param targets   the figures it is solved from
     */
    public record Stock(String parameter, double exact, List<String> targets) {
        /** The value written: the rounded residual, 0 when it is negative. */
        public long written() {
            return Math.max(0, Math.round(exact));
        }

        /** The simulated flow exceeds the cumulative figure: the model, not the solver, is wrong. */
        public boolean negative() {
            return Math.round(exact) < 0;
        }
    }

    private StockSolver() {
    }

    /** The stocks of every stock_residual row, in the order of identities.csv. */
    public static List<Stock> solve(List<Target> targets, List<Identities.Solved> solved,
                                    List<ReplicationResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no replications to solve the stocks from");
        }
        Map<String, Target> figures = new LinkedHashMap<>();
        Map<String, Target> bounds = new LinkedHashMap<>();
        for (Target t : targets) {
            if (!t.modelled()) {
                continue;
            }
            if (t.mapping().derived() == Derivation.FLOW_SINCE) {
                bounds.put(t.mapping().figureId(), t);
            } else if (t.id().equals(t.mapping().figureId())) {
                figures.put(t.id(), t);
            }
        }
        List<Stock> out = new ArrayList<>();
        for (Identities.Solved s : solved) {
            if (!METHOD.equals(s.method())) {
                continue;
            }
            double value = 0;
            for (int i = 0; i < s.targets().size(); i++) {
                String id = s.targets().get(i);
                Target figure = figures.get(id);
                Target bound = bounds.get(id);
                if (figure == null || bound == null) {
                    throw new IllegalStateException(Identities.FILE + ": " + s.parameter() + " is solved from " + id
                            + ", which has no " + (figure == null ? "modelled figure" : "flow_since row")
                            + " in " + Targets.MAPPING);
                }
                double residual = figure.figure().value() - meanFlow(bound, results);
                value += i == 0 ? residual : -residual;
            }
            out.add(new Stock(s.parameter(), value, s.targets()));
        }
        return out;
    }

    /** Mean over replications of a flow bound's simulated flow. */
    public static double meanFlow(Target bound, List<ReplicationResult> results) {
        double sum = 0;
        for (ReplicationResult r : results) {
            sum += bound.mapping().derived().compute(r, bound.mapping());
        }
        return sum / results.size();
    }

    /** One line per stock whose flow exceeds its figure; empty when none does. */
    public static List<String> findings(List<Stock> stocks) {
        List<String> out = new ArrayList<>();
        for (Stock s : stocks) {
            if (s.negative()) {
                out.add(String.format(Locale.ROOT, "%s: flow exceeds the cumulative figure (%s): solved %d,"
                        + " written as 0", s.parameter(), String.join(" ", s.targets()), Math.round(s.exact())));
            }
        }
        return out;
    }

    /**
     * The overlay fragment: nested YAML, one leaf line per stock, under comment lines (the header
     * and the findings, each as a comment).
     */
    public static String render(List<Stock> stocks, List<String> header) {
        return render(stocks, Map.of(), header);
    }

    /**
     * As {@link #render(List, List)}, with solved start values (rounded to whole units) before the
     * stocks of their region.
     */
    public static String render(List<Stock> stocks, Map<String, Long> startValues, List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append("# ").append(h).append('\n');
        }
        for (String f : findings(stocks)) {
            sb.append("# finding: ").append(f).append('\n');
        }
        Map<String, Object> root = new LinkedHashMap<>();
        startValues.forEach((path, value) -> put(root, path, value));
        for (Stock s : stocks) {
            put(root, s.parameter(), s.written());
        }
        append(sb, root, 0);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, long value) {
        String[] p = path.split("\\.");
        if (p.length < 3 || !p[0].equals("regions")) {
            throw new IllegalStateException("expected regions.<region>.<field> or deeper, got " + path);
        }
        Map<String, Object> node = root;
        for (int i = 0; i < p.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(p[i], k -> new LinkedHashMap<String, Object>());
        }
        node.put(p[p.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder sb, Map<String, Object> node, int depth) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            sb.append("  ".repeat(depth)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> child) {
                sb.append('\n');
                append(sb, (Map<String, Object>) child, depth + 1);
            } else {
                sb.append(' ').append(e.getValue()).append('\n');
            }
        }
    }
}
