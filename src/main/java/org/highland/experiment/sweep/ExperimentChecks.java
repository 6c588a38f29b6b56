package org.highland.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.Problem;
import org.highland.scenario.Scenario;
import org.highland.scenario.ScenarioException;
import org.highland.scenario.Scenarios;

/**
 * Checks an experiment against its scenarios: the scenarios read (their own problems are located
 * in their files, those of the experiment's {@code set} lines at those lines), each factor a
 * numeric parameter of the base or a variant with a range inside its validity bounds (a factor without
 * one takes its plausible range from parameter-ranges.csv), each output a recorded metric, area
 * and simulated year of a named scenario. Collects its problems rather than throwing, so that
 * {@link ExperimentReader} reports them with those of the form; what cannot be checked (a scenario
 * that did not read) is left out rather than guessed at.
 */
final class ExperimentChecks {
    private final LocatedDocument doc;
    private final ExperimentSpec form;
    private final List<FactorReader.Entry> factorEntries;
    private final List<Integer> outputSource;
    private final Integer endYear;
    private final List<Problem> problems = new ArrayList<>();
    /** Per set line (from 0), the scenarios it failed on, each as "the base, FILE" or "the variant NAME, FILE". */
    private final Map<Integer, List<String>> setLineFailedOn = new TreeMap<>();
    /** Scenarios (base or variant names) that did not read: their outputs are not checked. */
    private final Set<String> unreadable = new HashSet<>();

    ExperimentChecks(LocatedDocument doc, ExperimentSpec form, List<FactorReader.Entry> factorEntries,
                     List<Integer> outputSource, Integer endYear) {
        this.doc = doc;
        this.form = form;
        this.factorEntries = factorEntries;
        this.outputSource = outputSource;
        this.endYear = endYear;
    }

    /** The problems found by {@link #checked()}, each once. */
    List<Problem> problems() {
        return problems.stream().distinct().toList();
    }

    /** The experiment with its factors' ranges resolved; meaningful only when there are no problems. */
    ExperimentSpec checked() {
        if (form.base() == null) {
            return form;
        }
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        Scenario base = load(OutputOfInterest.BASE, form.base(), scenarios);
        form.variants().forEach((name, file) -> load(name, file, scenarios));
        setLinesForSomeScenarios(1 + form.variants().size());
        if (base != null) {
            sameYears(base, scenarios);
        }
        List<SweepFactor> factors = base == null ? form.factors() : factors(scenarios);
        outputs(scenarios);
        return new ExperimentSpec(form.name(), form.description(), form.file(), form.base(), form.variants(),
                form.sets(), factors, form.method(), form.size(), form.morrisLevels(), form.replications(),
                form.seed(), form.commonStreams(), form.outputs());
    }

    private Scenario load(String name, Path file, Map<String, Scenario> scenarios) {
        try {
            Scenario s = Scenarios.load(file, form.sets());
            s = endYear == null ? s : s.withEndYear(endYear);
            scenarios.put(name, s);
            return s;
        } catch (ScenarioException e) {
            unreadable.add(name);
            e.problems().forEach(p -> problems.add(atSetLine(p)));
            e.problems().stream().mapToInt(Problem::overrideNumber).filter(n -> n > 0).distinct()
                    .forEach(n -> setLineFailedOn.computeIfAbsent(n - 1, i -> new ArrayList<>())
                            .add((name.equals(OutputOfInterest.BASE) ? "the base" : "the variant " + name) + ", " + file));
            return null;
        }
    }

    /**
     * Each {@code set} line that fits some scenarios and not others: every line applies to the
     * base and to each variant, so one written for a variant's own policy fails on the base, and
     * its problem alone does not say so.
     */
    private void setLinesForSomeScenarios(int scenarios) {
        setLineFailedOn.forEach((line, failed) -> {
            if (failed.size() < scenarios) {
                problems.add(doc.problem("/set/" + line, "set[" + line + "]", "overrides that fit the base and every"
                        + " variant, since each set line applies to all of them; the above arose on "
                        + String.join(" and on ", failed), "put a change meant for one scenario into that scenario's"
                        + " file (or a copy that extends it), or make it a factor"));
            }
        });
    }

    /** A problem of the n-th {@code set} line, which the scenario reader names as {@code --set #n}. */
    private Problem atSetLine(Problem p) {
        int number = p.overrideNumber();
        if (number < 0) {
            return p;
        }
        int i = number - 1;
        return doc.problem("/set/" + i, "set[" + i + "]" + (p.path().isEmpty() ? "" : " " + p.path()), p.expected(),
                p.remedy());
    }

    /**
     * The factors with their ranges resolved. A factor is a numeric parameter of the base or of a
     * variant: a model parameter is in every scenario, a policy's setting only in those that hold
     * the policy (a variant's subsidy rate, say), and each point sets it in the scenarios that
     * have it ({@link SweepRunner#plan}). Its row (bounds, plausible range) is the base's, else the
     * first variant's that has it.
     */
    /**
     * A difference output is variant minus base in the same year of the same task: a variant
     * simulating other years than its base would be compared with another history (another
     * start) or leave years without a pair, as compare and screen refuse too.
     */
    private void sameYears(Scenario base, Map<String, Scenario> scenarios) {
        scenarios.forEach((name, s) -> {
            if (s != base && (s.time().startYear() != base.time().startYear() || s.time().endYear() != base.time().endYear())) {
                problems.add(doc.problem("/variants/" + name, "variants." + name, "a scenario simulating the base's years "
                        + base.time().startYear() + "-" + base.time().endYear() + ", since it is compared with the base"
                        + " year by year; got " + s.time().startYear() + "-" + s.time().endYear(),
                        "give both the same time.startYear and time.endYear, or pass --end to run both to one year"));
            }
        });
    }

    private List<SweepFactor> factors(Map<String, Scenario> scenarios) {
        Map<String, ParameterRow> rows = ParameterCatalog.union(Scenario.class, List.copyOf(scenarios.values()),
                PlausibleRanges.builtIn());
        List<SweepFactor> factors = new ArrayList<>();
        for (FactorReader.Entry entry : factorEntries) {
            String at = "/factors/" + entry.index();
            String path = "factors[" + entry.index() + "]";
            ParameterRow row = rows.get(entry.path());
            if (row == null && !unreadable.isEmpty()) {
                continue; // it may be a setting of a scenario that did not read: not guessed at
            }
            if (row == null) {
                problems.add(doc.problem(at, path + ".path", "a numeric parameter of the base or of a variant, got '"
                        + entry.path() + "'", LocatedDocument.didYouMeanParameter(entry.path(), rows.keySet(),
                        "see `highland params BASE` (or VARIANT) for the paths")));
                continue;
            }
            SweepFactor f = entry.factor();
            if (f == null) {
                continue;
            }
            SweepFactor resolved = f;
            if (Double.isNaN(f.low())) {
                PlausibleRange r = row.range();
                if (r == null || !r.screenable()) {
                    problems.add(doc.problem(at, path, f.path() + " to have a plausible range of positive width in "
                            + PlausibleRanges.BUILT_IN, "give its range, e.g. {path: " + f.path() + ", range: [low, high]}"));
                    continue;
                }
                resolved = SweepFactor.range(f.path(), r.low(), r.high());
            }
            if (resolved.low() < row.min() || resolved.high() > row.max()) {
                problems.add(doc.problem(at, path, "values within " + f.path() + "'s validity bounds [" + row.min() + ", "
                        + row.max() + "], got " + resolved, "narrow the range or levels"));
                continue;
            }
            factors.add(resolved);
        }
        return factors;
    }

    private void outputs(Map<String, Scenario> scenarios) {
        for (int i = 0; i < form.outputs().size(); i++) {
            OutputOfInterest o = form.outputs().get(i);
            String at = "/outputs/" + outputSource.get(i);
            String path = "outputs[" + outputSource.get(i) + "]";
            if (unreadable.contains(o.scenario())) {
                continue;
            }
            Scenario s = scenarios.get(o.scenario());
            if (s == null || (o.difference() && o.scenario().equals(OutputOfInterest.BASE))) {
                Set<String> names = new TreeSet<>(form.variants().keySet());
                if (!o.difference()) {
                    names.add(OutputOfInterest.BASE);
                }
                problems.add(doc.problem(at + (o.difference() ? "/difference" : "/scenario"),
                        path + (o.difference() ? ".difference" : ".scenario"),
                        (o.difference() ? "a variant" : "base or a variant") + " name " + names + ", got '"
                        + o.scenario() + "'", form.variants().isEmpty()
                                ? "add the variant, e.g. 'variants: {" + o.scenario() + ": ../scenarios/my-variant.yaml}',"
                                        + " or measure the base with scenario: base and no difference"
                                : LocatedDocument.didYouMean(o.scenario(), names,
                                        "name one of the variants listed under 'variants'")));
                continue;
            }
            Set<String> metrics = new HashSet<>();
            for (Metric m : Metrics.catalog(s.policies().keySet())) {
                metrics.add(m.name());
            }
            if (!metrics.contains(o.metric())) {
                problems.add(doc.problem(at + "/metric", path + ".metric", "a metric the run records, got '" + o.metric() + "'",
                        LocatedDocument.didYouMean(o.metric(), metrics, "see a run's summary.csv for the names")));
            }
            String region = o.area().contains("/") ? o.area().substring(0, o.area().indexOf('/')) : o.area();
            if (!s.regions().containsKey(region)) {
                problems.add(doc.problem(at + "/area", path + ".area", "a region of the scenario " + s.regions().keySet()
                        + " (or Region/city:Name, Region/park:Name), got '" + o.area() + "'",
                        LocatedDocument.didYouMean(region, s.regions().keySet(), "name an area the run records")));
            }
            if (o.year() < s.time().startYear() || o.year() > s.time().endYear()) {
                problems.add(doc.problem(at, path, "a simulated year from " + s.time().startYear() + " to " + s.time().endYear()
                        + ", got " + o.year(), "pick a year the run covers (or a later --end)"));
            }
        }
    }
}
