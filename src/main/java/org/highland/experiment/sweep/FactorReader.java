package org.highland.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.Problem;

/**
 * Reads the {@code factors} list of an experiment: {@code {path, range: [low, high]}},
 * {@code {path, levels: [...]}} or {@code {path}} alone, whose range then comes from the plausible
 * ranges (a range of NaN here, filled in by {@link ExperimentChecks}).
 */
final class FactorReader {
    private static final Set<String> KEYS = Set.of("path", "range", "levels");

    private final LocatedDocument doc;
    private final List<Problem> problems;
    private final List<Entry> entries;

    /**
     * A factor entry of the file with a path: its position in the list, its path, and the factor
     * or null when its range or levels were wrong (its path is still checked).
     */
    record Entry(int index, String path, SweepFactor factor) {
    }

    /**
     * @param problems receives the problems found
     * @param entries  receives every entry that names a path, in file order
     */
    FactorReader(LocatedDocument doc, List<Problem> problems, List<Entry> entries) {
        this.doc = doc;
        this.problems = problems;
        this.entries = entries;
    }

    List<SweepFactor> factors(JsonNode list) {
        List<SweepFactor> factors = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(doc.problem(list == null ? "" : "/factors", "factors", "a non-empty list of factors",
                    "add e.g. 'factors: [{path: firms.someParameter, range: [0.1, 0.3]}]'"));
            return factors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/factors/" + i;
            String path = "factors[" + i + "]";
            JsonNode f = list.get(i);
            if (f.isTextual()) {
                factors.add(entry(i, f.asText(), SweepFactor.range(f.asText(), Double.NaN, Double.NaN)));
                continue;
            }
            if (!f.isObject() || !f.has("path") || !f.get("path").isTextual()) {
                problems.add(doc.problem(at, path, "a mapping with a path (and a range or levels), or a path alone",
                        "write e.g. {path: firms.someParameter, range: [0.1, 0.3]}"));
                continue;
            }
            f.fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    problems.add(doc.problem(at + "/" + key, path + "." + key, "path, range or levels; got '" + key + "'",
                            LocatedDocument.didYouMean(key, KEYS, "remove the key")));
                }
            });
            String p = f.get("path").asText();
            int before = factors.size();
            if (!seen.add(p)) {
                problems.add(doc.problem(at + "/path", path + ".path", "each factor once, '" + p + "' is repeated",
                        "remove one of the two"));
            }
            if (f.has("range") && f.has("levels")) {
                problems.add(doc.problem(at + "/levels", path, "a range or levels, not both", "keep one"));
            } else if (f.has("range")) {
                double[] r = numbers(f.get("range"), at + "/range", path + ".range");
                if (r != null && (r.length != 2 || !(r[0] < r[1]))) {
                    problems.add(doc.problem(at + "/range", path + ".range", "[low, high] with low < high, got "
                            + f.get("range"), rangeRemedy(r)));
                } else if (r != null) {
                    factors.add(entry(i, p, SweepFactor.range(p, r[0], r[1])));
                }
            } else if (f.has("levels")) {
                double[] l = numbers(f.get("levels"), at + "/levels", path + ".levels");
                if (l != null && l.length < 1) {
                    problems.add(doc.problem(at + "/levels", path + ".levels", "at least one level", "list the levels"));
                } else if (l != null) {
                    factors.add(entry(i, p, SweepFactor.levels(p, l)));
                }
            } else {
                factors.add(entry(i, p, SweepFactor.range(p, Double.NaN, Double.NaN)));
            }
            if (factors.size() == before) {
                entry(i, p, null);
            }
        }
        return factors;
    }

    /** Swap reversed ends; otherwise say what a range is, or how to hold a value fixed. */
    private static String rangeRemedy(double[] r) {
        if (r.length == 2 && r[0] > r[1]) {
            return "swap the ends: range: [" + number(r[1]) + ", " + number(r[0]) + "]";
        }
        if (r.length == 2 && r[0] == r[1]) {
            return "give two different ends, or hold the value fixed with set: [\"path=" + number(r[0]) + "\"]";
        }
        return "give two numbers, low then high, e.g. range: [0.1, 0.3]";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private SweepFactor entry(int index, String path, SweepFactor factor) {
        entries.add(new Entry(index, path, factor));
        return factor;
    }

    private double[] numbers(JsonNode node, String pointer, String path) {
        if (!node.isArray()) {
            problems.add(doc.problem(pointer, path, "a list of numbers, got " + node, "write e.g. [0.1, 0.3]"));
            return null;
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            if (!node.get(i).isNumber()) {
                problems.add(doc.problem(pointer + "/" + i, path + "[" + i + "]", "a number, got " + node.get(i),
                        "write a number"));
                return null;
            }
            values[i] = node.get(i).asDouble();
        }
        return values;
    }
}
