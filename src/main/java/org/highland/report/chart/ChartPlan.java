package org.highland.report.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.highland.experiment.validation.Target;
import org.highland.report.CsvRows;
import org.highland.report.ResultsFolder;
import org.highland.report.SummaryTable;
import org.highland.run.Headline;
import org.highland.scenario.LocatedDocument;

/**
 * Which charts one call draws from a results folder. The metrics and areas asked for are checked
 * first, against what the folder holds, so a typo is refused with the valid names before anything
 * is drawn.
 */
public final class ChartPlan {
    public static final List<String> PROVINCES = List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui");
    /**
     * The metrics charted by default, in order: those of the table the terminal and the report show
     * for the folder, {@link Headline#RUN} for a run or validate folder and {@link Headline#COMPARE}
     * for a compare folder (approvals to date there, not the year's), so that a chart beside a
     * column of the table is of the same metric.
     */
    public static List<String> headline(ResultsFolder folder) {
        return (folder.isCompare() ? Headline.COMPARE : Headline.RUN).names();
    }

    /**
     * A request the folder cannot satisfy: every problem of the call, one line each, naming the valid
     * choices and the fix, so that a second typo is not found only after the first is fixed.
     */
    public static final class RequestException extends IllegalArgumentException {
        public RequestException(String message) {
            super(message);
        }

        RequestException(List<String> problems) {
            super(String.join("\n", problems));
        }
    }

    private ChartPlan() {
    }

    /**
     * Builds every chart of the call.
     *
     * @param metrics metrics asked for; empty for the headline metrics ({@link #headline}) plus the
     *                policy and validation charts the folder supports. For a sweep folder, outputs as
     *                sensitivity.csv names them; empty for all
     * @param areas   areas asked for; empty for the provinces. Charts of no area (validation,
     *                cost-effectiveness) are drawn only when no area is asked for, so that
     *                {@code chart RESULTS --region <park>} after {@code --charts} adds the park's
     *                charts instead of refusing to overwrite the cost chart nobody asked for. For a
     *                sweep folder, the areas whose outputs are drawn; empty for all
     */
    public static List<NamedChart> build(ResultsFolder folder, List<String> metrics, List<String> areas,
                                         List<Target> targets) throws IOException {
        Footnote footnote = folder.footnote();
        if (folder.isSensitivity()) {
            return tornadoes(folder, metrics, areas, footnote);
        }
        if (folder.isScreening()) {
            return screeningTornadoes(folder, metrics, areas, footnote);
        }
        boolean defaults = metrics.isEmpty();
        List<String> wantedAreas = areas.isEmpty() ? PROVINCES : areas;
        List<NamedChart> charts = new ArrayList<>();
        if (!folder.isCompare()) {
            SummaryTable table = folder.summary();
            Coverage coverage = (m, a) -> !table.series(m, a).isEmpty();
            List<String> wanted = defaults ? covered(present(headline(folder), table.metrics()), wantedAreas, coverage)
                    : metrics;
            check(wanted, wantedAreas, table.metrics(), areasOf(table), coverage);
            for (String m : wanted) {
                charts.add(TimeSeriesChart.build(table, m, wantedAreas, targets, footnote));
            }
            if ((defaults || metrics.contains("policy_outlay"))
                    && !PolicyCharts.instruments(table, wantedAreas).isEmpty()) {
                charts.add(PolicyCharts.outlayByInstrument(table, wantedAreas, footnote));
            }
            CsvRows validation = folder.validation();
            if (defaults && areas.isEmpty() && validation != null && !validation.rows().isEmpty()) {
                charts.add(ValidationCharts.fit(validation, footnote));
                if (ValidationCharts.hasTable2(validation)) {
                    charts.add(ValidationCharts.table2(validation, footnote));
                }
            }
            return charts;
        }
        CsvRows comparison = folder.comparison();
        Set<String> known = new LinkedHashSet<>();
        Set<String> knownAreas = new LinkedHashSet<>();
        comparison.rows().forEach(r -> {
            known.add(r.get("metric"));
            knownAreas.add(r.get("region"));
        });
        Coverage coverage = (m, a) -> comparison.rows().stream()
                .anyMatch(r -> r.get("metric").equals(m) && r.get("region").equals(a));
        List<String> wanted = defaults ? covered(present(headline(folder), known), wantedAreas, coverage) : metrics;
        check(wanted, wantedAreas, known, knownAreas, coverage);
        SummaryTable base = folder.base() == null ? null : folder.scenarioSummary(folder.base());
        for (String m : wanted) {
            for (String a : wantedAreas) {
                if (base != null && !base.series(m, a).isEmpty()) {
                    Map<String, SummaryTable> variants = new LinkedHashMap<>();
                    for (String v : folder.variants()) {
                        if (folder.scenarioSummary(v) != null) {
                            variants.put(v, folder.scenarioSummary(v));
                        }
                    }
                    charts.add(CompareCharts.variants(folder.base(), base, variants, m, a, footnote));
                }
                charts.add(CompareCharts.difference(comparison, folder.variants(), m, a, footnote));
            }
        }
        if (defaults && areas.isEmpty() && folder.costs() != null && !PolicyCharts.spending(folder.costs()).isEmpty()) {
            charts.add(PolicyCharts.costEffectiveness(folder.costs(), footnote));
        }
        return charts;
    }

    /**
     * The tornado charts of a sweep folder: one per output of sensitivity.csv, or per output
     * {@code --metric} names, kept to the areas {@code --region} names. An output's area is part
     * of its label, so a region is checked against the areas of the outputs, as for run folders.
     */
    private static List<NamedChart> tornadoes(ResultsFolder folder, List<String> metrics, List<String> areas,
                                              Footnote footnote) {
        return perOutput("sensitivity.csv", SensitivityCharts.outputs(folder.sensitivity()), SensitivityCharts::areaOf,
                metrics, areas, output -> SensitivityCharts.tornado(folder.sensitivity(), folder.sensitivityNotes(),
                        output, footnote));
    }

    /** The tornado charts of a screen folder, one per output of screening.csv ({@code metric:area:year}), chosen so too. */
    private static List<NamedChart> screeningTornadoes(ResultsFolder folder, List<String> metrics, List<String> areas,
                                                       Footnote footnote) {
        return perOutput("screening.csv", ScreeningCharts.outputs(folder.screening()), ScreeningCharts::areaOf,
                metrics, areas, output -> ScreeningCharts.tornado(folder.screening(), output, footnote));
    }

    /**
     * One chart per output of {@code file}, or per output {@code --metric} names, kept to the areas
     * {@code --region} names; every name of the call the file does not hold is refused at once.
     */
    private static List<NamedChart> perOutput(String file, List<String> outputs, Function<String, String> areaOf,
                                              List<String> metrics, List<String> areas,
                                              Function<String, NamedChart> draw) {
        Set<String> knownAreas = new LinkedHashSet<>();
        outputs.stream().map(areaOf).filter(Objects::nonNull).forEach(knownAreas::add);
        List<String> problems = new ArrayList<>();
        unknown(problems, "--metric", metrics, outputs, "not an output of " + file, "outputs",
                "drop --metric to chart every output");
        unknown(problems, "--region", areas, knownAreas, "no output of " + file + " is of this area",
                "areas", "drop --region to chart every output");
        if (problems.isEmpty()) {
            for (String output : metrics) {
                String area = areaOf.apply(output);
                if (!areas.isEmpty() && !areas.contains(area)) {
                    problems.add("--metric " + output + ": an output of " + (area == null ? "no area" : area)
                            + ", not of --region " + String.join(", ", areas) + ". Fix: drop --region"
                            + (area == null ? "" : ", or add --region " + area) + ".");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestException(problems);
        }
        List<NamedChart> charts = new ArrayList<>();
        for (String output : metrics.isEmpty() ? outputs : metrics) {
            if (areas.isEmpty() || areas.contains(areaOf.apply(output))) {
                charts.add(draw.apply(output));
            }
        }
        return charts;
    }

    /** The headline metrics a folder holds, in the headline's order (an older or partial folder may lack some). */
    private static List<String> present(List<String> headline, Set<String> metrics) {
        return headline.stream().filter(metrics::contains).toList();
    }

    /**
     * Of the default metrics, those every area asked for records: a park or city records only
     * some, and `chart RESULTS --region <park>` should draw those, not refuse because a metric
     * nobody named is missing. When none is left the list is kept, so the check names the gap.
     */
    private static List<String> covered(List<String> metrics, List<String> areas, Coverage coverage) {
        List<String> covered = metrics.stream().filter(m -> areas.stream().allMatch(a -> coverage.has(m, a))).toList();
        return covered.isEmpty() ? metrics : covered;
    }

    /** The areas of a summary, in file order. */
    public static Set<String> areasOf(SummaryTable table) {
        Set<String> areas = new LinkedHashSet<>();
        table.rows().forEach(r -> areas.add(r.area()));
        return areas;
    }

    /** Has data for a metric and area. */
    interface Coverage {
        boolean has(String metric, String area);
    }

    /**
     * Refuses, in one message, every metric and area of the call the folder does not hold and every
     * named pair of them without data.
     */
    private static void check(List<String> metrics, List<String> areas, Set<String> knownMetrics,
                              Set<String> knownAreas, Coverage coverage) {
        List<String> problems = new ArrayList<>();
        unknown(problems, "--metric", metrics, knownMetrics, "not in this folder", "metrics",
                "drop --metric to chart the headline metrics");
        unknown(problems, "--region", areas, knownAreas, "not in this folder", "areas",
                "drop --region to chart the four provinces");
        for (String m : metrics) {
            for (String a : areas) {
                if (knownMetrics.contains(m) && knownAreas.contains(a) && !coverage.has(m, a)) {
                    List<String> with = knownAreas.stream().filter(x -> coverage.has(m, x)).toList();
                    problems.add("--metric " + m + " has no data for " + a
                            + " (cities and parks record only some metrics). Areas with " + m + ": "
                            + String.join(", ", with) + ". Fix: name one of those areas instead, or drop --metric "
                            + m + " to chart what " + a + " records.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestException(problems);
        }
    }

    /**
     * One line per name of an option that is not among the valid ones: what is wrong, the valid
     * names (listed once, on the first line of the option) and the fix, with the closest valid name
     * when one is close enough to be a typo.
     *
     * @param wrong  what is wrong with such a name, e.g. "not in this folder"
     * @param kind   the valid names in plural, e.g. "metrics"
     * @param orDrop the other way out, e.g. "drop --metric to chart the headline metrics"
     */
    private static void unknown(List<String> problems, String option, List<String> given, Collection<String> valid,
                                String wrong, String kind, String orDrop) {
        boolean listed = false;
        for (String name : new LinkedHashSet<>(given)) {
            if (valid.contains(name)) {
                continue;
            }
            String remedy = valid.isEmpty() ? orDrop
                    : (listed ? "name one of the valid " + kind + " above" : "name one of them") + ", or " + orDrop;
            String fix = LocatedDocument.closestOf(name, valid)
                    .map(near -> "did you mean '" + near + "'? Otherwise " + remedy).orElse(remedy);
            problems.add(option + " " + name + ": " + wrong + (listed ? " either"
                    : ". Valid " + kind + ": " + (valid.isEmpty() ? "none" : String.join(", ", valid)))
                    + ". Fix: " + fix + ".");
            listed = true;
        }
    }
}
