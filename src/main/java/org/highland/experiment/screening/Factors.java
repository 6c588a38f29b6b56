package org.highland.experiment.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.Problem;
import org.highland.scenario.RangeRule;
import org.highland.scenario.Scenario;

/**
 * Chooses the factors of a screen: every behavioural parameter (the model's, in both scenarios),
 * or those a file names, which may also be a setting of a policy only one of the two holds (the
 * variant's subsidy rate); a factor is set in each scenario that has it ({@link ScenarioEffect}).
 * Ranges and centres are the base's where it has the parameter, else the variant's.
 */
public final class Factors {
    private Factors() {
    }

    /** Every behavioural parameter with a range of positive width, in catalog order. */
    public static List<Factor> allBehavioural(Scenario base, Scenario variant, PlausibleRanges ranges) {
        List<Factor> factors = new ArrayList<>();
        Set<String> shared = ParameterCatalog.paths(Scenario.class, variant);
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, base, ranges)) {
            if (shared.contains(row.path()) && row.range() != null && row.range().screenable()) {
                factors.add(new Factor(row.path(), row.range().low(), row.range().high(), row.number()));
            }
        }
        return factors;
    }

    /**
     * The factors a file names: lines {@code path} (its plausible range) or {@code path,low,high};
     * a path may be a pattern ({@code *}, {@code **}) standing for every screenable parameter it
     * matches. Blank lines, {@code #} comments and a {@code path,...} header are skipped.
     *
     * @throws IllegalArgumentException listing every line that names nothing usable, one a line:
     *                                  file and line, what is wrong, and the fix
     */
    public static List<Factor> fromFile(Path file, Scenario base, Scenario variant, PlausibleRanges ranges)
            throws IOException {
        Map<String, ParameterRow> rows = ParameterCatalog.union(Scenario.class, List.of(base, variant), ranges);
        Map<String, Factor> chosen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("path,") || line.equals("path")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] f = line.split(",");
            if (f.length != 1 && f.length != 3) {
                problems.add(where + "expected path or path,low,high, got '" + line + "'. Fix: write e.g."
                        + " firms.shortageDelay or firms.shortageDelay,0.3,0.7.");
                continue;
            }
            String pattern = f[0].strip();
            double[] ends = f.length == 3 ? numbers(f[1], f[2]) : null;
            if (f.length == 3 && ends == null) {
                // Not checked against the scenarios: one problem of the line, not one per parameter it names.
                problems.add(where + pattern + ": low and high must be numbers, got '" + f[1].strip() + "', '"
                        + f[2].strip() + "'. Fix: write e.g. " + pattern + ",0.1,0.3.");
                continue;
            }
            boolean glob = pattern.contains("*");
            Pattern regex = RangeRule.glob(pattern);
            int before = chosen.size();
            int found = problems.size();
            for (ParameterRow row : rows.values()) {
                if (!regex.matcher(row.path()).matches()) {
                    continue;
                }
                Factor factor = f.length == 3 ? explicit(where, row, ends[0], ends[1], f[1], f[2], problems)
                        : plausible(where, row, glob, problems);
                if (factor != null) {
                    chosen.putIfAbsent(row.path(), factor);
                }
            }
            if (chosen.size() == before && problems.size() == found && !glob && !rows.containsKey(pattern)) {
                problems.add(where + "'" + pattern + "' is a parameter of neither scenario. Fix: "
                        + Problem.ended(LocatedDocument.didYouMeanParameter(pattern, rows.keySet(),
                        "see `highland params BASE` (or VARIANT) for the paths")));
            } else if (chosen.size() == before && problems.size() == found && glob) {
                problems.add(where + "'" + pattern + "' matches no parameter with a plausible range."
                        + " Fix: check the pattern against `highland params BASE` (or VARIANT).");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new ArrayList<>(chosen.values());
    }

    /** The two ends as numbers, or null when either is none. */
    private static double[] numbers(String lowText, String highText) {
        try {
            return new double[] {Double.parseDouble(lowText.strip()), Double.parseDouble(highText.strip())};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Factor explicit(String where, ParameterRow row, double low, double high, String lowText,
                                   String highText, List<String> problems) {
        if (!(low < high) || low < row.min() || high > row.max()) {
            problems.add(where + row.path() + ": expected low < high within the validity bounds [" + row.min() + ", "
                    + row.max() + "], got " + lowText.strip() + ", " + highText.strip() + ". Fix: "
                    + (low > high ? "swap the ends: " + row.path() + "," + highText.strip() + "," + lowText.strip()
                    : "keep both ends within the bounds, low below high") + ".");
            return null;
        }
        return new Factor(row.path(), low, high, row.number());
    }

    private static Factor plausible(String where, ParameterRow row, boolean glob, List<String> problems) {
        PlausibleRange r = row.range();
        if (r != null && r.screenable()) {
            return new Factor(row.path(), r.low(), r.high(), row.number());
        }
        if (!glob) {
            problems.add(where + row.path() + " has no plausible range of positive width ("
                    + (r == null ? "no row" : "basis " + r.basis().word()) + " in " + PlausibleRanges.BUILT_IN
                    + "). Fix: give one as path,low,high.");
        }
        return null;
    }
}
