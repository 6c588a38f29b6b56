package org.highland.experiment.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.RangeRule;
import org.highland.scenario.Scenario;

/**
 * Chooses the factors of a screen among the parameters of the base scenario that the variant
 * has too (a factor is set in both), with the plausible ranges of the base's values.
 */
public final class Factors {
    private Factors() {
    }

    /** Every behavioural parameter with a range of positive width, in catalog order. */
    public static List<Factor> allBehavioural(Scenario base, Scenario variant, PlausibleRanges ranges) {
        List<Factor> factors = new ArrayList<>();
        Set<String> shared = paths(variant);
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
     * @throws IllegalArgumentException naming the line of a path that matches nothing usable
     */
    public static List<Factor> fromFile(Path file, Scenario base, Scenario variant, PlausibleRanges ranges)
            throws IOException {
        Map<String, ParameterRow> rows = new LinkedHashMap<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, base, ranges)) {
            rows.put(row.path(), row);
        }
        Set<String> shared = paths(variant);
        Map<String, Factor> chosen = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("path,") || line.equals("path")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] f = line.split(",");
            if (f.length != 1 && f.length != 3) {
                throw new IllegalArgumentException(where + "expected path or path,low,high, got '" + line + "'");
            }
            String pattern = f[0].strip();
            boolean glob = pattern.contains("*");
            Pattern regex = RangeRule.glob(pattern);
            int before = chosen.size();
            for (ParameterRow row : rows.values()) {
                if (!regex.matcher(row.path()).matches()) {
                    continue;
                }
                if (!shared.contains(row.path())) {
                    if (glob) {
                        continue;
                    }
                    throw new IllegalArgumentException(where + row.path() + " is not a parameter of the variant;"
                            + " a factor must be set in both scenarios");
                }
                Factor factor = f.length == 3 ? explicit(where, row, f[1], f[2]) : plausible(where, row, glob);
                if (factor != null) {
                    chosen.putIfAbsent(row.path(), factor);
                }
            }
            if (chosen.size() == before && !glob && !rows.containsKey(pattern)) {
                throw new IllegalArgumentException(where + "'" + pattern + "' is not a parameter of the base scenario"
                        + " (see `highland params BASE`)");
            }
            if (chosen.size() == before && glob) {
                throw new IllegalArgumentException(where + "'" + pattern + "' matches no parameter with a plausible"
                        + " range in both scenarios");
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static Factor explicit(String where, ParameterRow row, String lowText, String highText) {
        try {
            double low = Double.parseDouble(lowText.strip());
            double high = Double.parseDouble(highText.strip());
            if (!(low < high) || low < row.min() || high > row.max()) {
                throw new IllegalArgumentException(where + row.path() + ": expected low < high within the validity"
                        + " bounds [" + row.min() + ", " + row.max() + "], got " + low + ", " + high);
            }
            return new Factor(row.path(), low, high, row.number());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "low and high must be numbers");
        }
    }

    private static Factor plausible(String where, ParameterRow row, boolean glob) {
        PlausibleRange r = row.range();
        if (r != null && r.screenable()) {
            return new Factor(row.path(), r.low(), r.high(), row.number());
        }
        if (glob) {
            return null;
        }
        throw new IllegalArgumentException(where + row.path() + " has no plausible range of positive width ("
                + (r == null ? "no row" : "basis " + r.basis().word()) + " in " + PlausibleRanges.BUILT_IN
                + "); give one as path,low,high");
    }

    private static Set<String> paths(Scenario scenario) {
        Set<String> paths = new HashSet<>();
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario)) {
            paths.add(row.path());
        }
        return paths;
    }
}
