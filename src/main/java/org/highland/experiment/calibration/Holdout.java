package org.highland.experiment.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.highland.experiment.validation.Basis;
import org.highland.experiment.validation.Target;
import org.highland.scenario.LocatedDocument;
import org.highland.scenario.Problem;

/**
 * Which fittable targets a calibration keeps out of its loss, to score them afterwards: whole
 * years ({@code --holdout 2021}), target ids ({@code --holdout zj_key_enterprises,js_key_enterprises})
 * or both, less the targets fitted all the same ({@code --fit}), and optionally every target of one
 * region ({@code --leave-out-region Shanghai}), which no {@code --fit} brings back.
 *
 * @param years  years held out
 * @param ids    target ids held out
 * @param fitted target ids named by {@code --fit}: fitted although their year is held out, unless
 *               they concern the left-out region
 * @param region region left out, or null
 */
public record Holdout(Set<Integer> years, Set<String> ids, Set<String> fitted, String region) {
    /** The default: the shipped baseline is fitted on figures up to 2020 and validated on 2021. */
    public static final String DEFAULT = "2021";
    /**
     * Fitted by default although dated 2021: Zhejiang's approval counts and R&D intensity of 2021 are
     * the only figures on the yearly flow of approvals and on R&D spend (Table 2's counts up to 2020
     * are cumulative since the registries began, so they fix the pre-2015 stocks, not the flow), and
     * Shanghai's disclosed financing of 2021 the only one on the venture money that lets its firms
     * take up their opportunities. Held out, the values they inform would only keep an earlier fit's.
     */
    public static final String DEFAULT_FIT = "zj_production_approvals_2021,zj_innovative_drug_approvals_2021,"
            + "zj_generic_drug_approvals_2021,zj_clinical_approvals_2021,zj_innovative_clinical_approvals_2021,"
            + "zj_rd_intensity_2021,sh_financing_disclosed";

    public Holdout {
        years = Set.copyOf(years);
        ids = Set.copyOf(ids);
        fitted = Set.copyOf(fitted);
    }

    /** {@link #parse(String, String, String, List)} with nothing fitted against the held-out years. */
    public static Holdout parse(String spec, String region, List<Target> targets) {
        return parse(spec, "none", region, targets);
    }

    /**
     * Parses {@code --holdout} ({@code none}, or a comma list of years and target ids) and {@code --fit}
     * ({@code none}, or a comma list of target ids).
     *
     * @throws CalibrationException naming an id that is no modelled target, or a region no target has
     */
    public static Holdout parse(String spec, String fit, String region, List<Target> targets) {
        Set<Integer> years = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Target> known = new HashMap<>();
        targets.stream().filter(Target::modelled).forEach(t -> known.put(t.id(), t));
        for (String p : listed(spec == null ? DEFAULT : spec)) {
            if (p.matches("\\d{4}")) {
                years.add(Integer.parseInt(p));
            } else if (known.containsKey(p)) {
                refuseUnfittable("--holdout", known.get(p), "nothing to hold out");
                ids.add(p);
            } else {
                throw new CalibrationException("--holdout: '" + p + "' is neither a year nor a modelled target id."
                        + " Fix: e.g. --holdout 2021, or ids from targets.csv separated by commas, or none.");
            }
        }
        Set<String> fitted = new LinkedHashSet<>();
        for (String p : listed(fit)) {
            if (!known.containsKey(p)) {
                throw new CalibrationException("--fit: '" + p + "' is no modelled target id."
                        + " Fix: ids from targets.csv separated by commas, or none.");
            }
            refuseUnfittable("--fit", known.get(p), "it cannot be fitted");
            fitted.add(p);
        }
        if (region != null && targets.stream().noneMatch(t -> t.modelled() && t.concerns(region))) {
            // The provinces of the figures, not "Zhejiang/city:Hangzhou" and such areas within them.
            Set<String> regions = new LinkedHashSet<>();
            targets.stream().filter(Target::modelled).map(t -> t.figure().region()).filter(r -> !r.contains("/"))
                    .forEach(regions::add);
            throw new CalibrationException("--leave-out-region " + region + ": no target concerns that region."
                    + " Fix: " + Problem.ended(LocatedDocument.didYouMean(region, regions,
                    "name one of " + String.join(", ", regions))));
        }
        return new Holdout(years, ids, fitted, region);
    }

    /**
     * Refuses a target named by {@code option} that can enter no loss: naming it would change
     * nothing, yet the settings and the manifest would list it as held out or fitted.
     */
    private static void refuseUnfittable(String option, Target t, String consequence) {
        if (t.fittable()) {
            return;
        }
        String why;
        if (t.basis() == Basis.IDENTITY) {
            why = "is an identity (a start value or parameter is solved from it), so it enters no loss and is no test";
        } else if (t.figure().year() > Target.LAST_CALIBRATION_YEAR) {
            why = "is dated " + t.figure().year() + ", after " + Target.LAST_CALIBRATION_YEAR
                    + ", the last year a calibration fits: it is always scored out of sample";
        } else if (t.mapping().weight() <= 0) {
            why = "has weight 0 in targets.csv, so it enters no loss";
        } else {
            why = "is a policy input or goal (scope " + t.figure().scope() + "), not an observation to fit";
        }
        throw new CalibrationException(option + ": '" + t.id() + "' " + why + "; " + consequence + "."
                + " Fix: leave it out of " + option + ".");
    }

    /** The entries of a comma list, stripped; none for {@code none}, blank or null. */
    private static List<String> listed(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(t.split(",")).map(String::strip).toList();
    }

    /** Whether the target is kept out of the loss. */
    public boolean holds(Target t) {
        if (region != null && t.concerns(region)) {
            return true;
        }
        return !fitted.contains(t.id()) && (years.contains(t.figure().year()) || ids.contains(t.id()));
    }

    /**
     * The targets as this calibration sees them: identities stay identities; a fittable target not
     * held out is {@code calibrated}; a held-out target an earlier fit saw stays {@code earlier_fit}
     * (the scenario keeps values that fit produced); every other modelled target is
     * {@code out_of_sample}.
     *
     * @throws CalibrationException if a target labelled out_of_sample in targets.csv would enter the
     *                              loss (the shipped labels promise it never did)
     */
    public List<Target> relabel(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        List<String> promised = new ArrayList<>();
        for (Target t : targets) {
            if (!t.modelled() || t.basis() == Basis.IDENTITY) {
                out.add(t);
                continue;
            }
            boolean fitted = t.fittable() && !holds(t);
            if (fitted && t.basis() == Basis.OUT_OF_SAMPLE) {
                promised.add(t.id());
            }
            Basis unfitted = t.basis() == Basis.EARLIER_FIT ? Basis.EARLIER_FIT : Basis.OUT_OF_SAMPLE;
            out.add(t.withBasis(fitted ? Basis.CALIBRATED : unfitted));
        }
        if (!promised.isEmpty()) {
            throw new CalibrationException("targets labelled out_of_sample in targets.csv would enter the loss: "
                    + String.join(", ", promised) + ". Fix: hold them out (the default --holdout " + DEFAULT
                    + "), or relabel them calibrated in targets.csv if the shipped baseline is to be fitted on them.");
        }
        return out;
    }

    /**
     * Text for the overlay header, the settings and the manifest, as the targets end up labelled:
     * what is held out and scored after the fit; the targets {@code --fit} brings back into the
     * loss, only those it does (not a left-out region's, nor one that could enter no loss); and the
     * region left out, naming the targets of {@code --fit} it keeps out all the same, e.g.
     * {@code held out of the fit and scored after it: 2021; fitted although of a held-out year: ...;
     * region left out: Shanghai, every target of it held out of the fit and scored after it
     * (sh_financing_disclosed too, although named by --fit)}.
     *
     * @param targets every target, as read or as {@link #relabel relabelled}
     */
    public String describe(List<Target> targets) {
        Map<String, Target> byId = new HashMap<>();
        targets.stream().filter(Target::modelled).forEach(t -> byId.put(t.id(), t));
        Predicate<String> enters = id -> byId.containsKey(id) && byId.get(id).fittable() && !holds(byId.get(id));
        Predicate<String> ofHeldYear = id -> years.contains(byId.get(id).figure().year());
        List<String> held = new ArrayList<>();
        years.stream().sorted().forEach(y -> held.add(y.toString()));
        ids.stream().sorted().filter(enters.negate()).forEach(held::add);
        List<String> parts = new ArrayList<>();
        parts.add(held.isEmpty() ? "nothing held out"
                : "held out of the fit and scored after it: " + String.join(",", held));
        List<String> brought = fitted.stream().sorted().filter(enters).toList();
        List<String> byYear = brought.stream().filter(ofHeldYear).toList();
        List<String> byName = brought.stream().filter(ofHeldYear.negate()).filter(ids::contains).toList();
        if (!byYear.isEmpty()) {
            parts.add("fitted although of a held-out year: " + String.join(",", byYear));
        }
        if (!byName.isEmpty()) {
            parts.add("fitted although named by --holdout: " + String.join(",", byName));
        }
        if (region != null) {
            List<String> overridden = fitted.stream().sorted()
                    .filter(id -> byId.containsKey(id) && byId.get(id).concerns(region)).toList();
            parts.add("region left out: " + region + ", every target of it held out of the fit and scored after it"
                    + (overridden.isEmpty() ? "" : " (" + String.join(",", overridden) + " too, although named by --fit)"));
        }
        return String.join("; ", parts);
    }
}
