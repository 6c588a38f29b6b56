package org.highland.experiment.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.highland.policy.ElderlyCarePolicy;
import org.highland.policy.GuidanceFundPolicy;
import org.highland.policy.ListingSupportPolicy;
import org.highland.policy.PolicySpec;
import org.highland.policy.TalentProgrammePolicy;
import org.highland.policy.TalentTaxRebatePolicy;
import org.highland.policy.TcmCultivationPolicy;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.scenario.Scenario;

/**
 * The outcomes an instrument acts on that the headline metrics leave out. An elderly-care
 * subsidy adds institutions and beds, not output, firms or approvals: a comparison showing the
 * headline metrics alone presents it as buying nothing for its outlay. compare's terminal table
 * and the compare report add these rows for the instruments a variant adds or sets differently,
 * a run's report for all the scenario's instruments.
 */
public final class OwnOutcomes {
    /** Short labels for the terminal table's first column, as its headline rows have. */
    private static final Map<Metric, String> LABELS = Map.of(
            Metrics.ELDERLY_INSTITUTIONS, "care inst",
            Metrics.ELDERLY_BEDS, "care beds",
            Metrics.TCM_AREA, "tcm area mu",
            Metrics.TCM_OUTPUT, "tcm harvest t",
            Metrics.LISTED, "listed firms",
            Metrics.GUIDANCE_INVESTMENT, "fund invest B",
            Metrics.SENIOR_TALENT, "senior R&D",
            Metrics.SKILLED_STAFF, "skilled staff");

    private OwnOutcomes() {
    }

    /** The non-headline metrics of the policies the variant adds or changes, in the order of {@link Metrics#REGION}. */
    public static List<Metric> of(Scenario base, Scenario variant) {
        Set<Metric> own = new LinkedHashSet<>();
        variant.policies().forEach((name, policy) -> {
            if (!Objects.equals(base.policies().get(name), policy)) {
                own.addAll(metricsOf(policy));
            }
        });
        return Metrics.REGION.stream().filter(own::contains).toList();
    }

    /** The non-headline metrics of all the scenario's policies (a single run's report), in the order of {@link Metrics#REGION}. */
    public static List<Metric> of(Scenario scenario) {
        Set<Metric> own = new LinkedHashSet<>();
        scenario.policies().values().forEach(policy -> own.addAll(metricsOf(policy)));
        return Metrics.REGION.stream().filter(own::contains).toList();
    }

    /** The first-column label of {@code metric} in the terminal table. */
    public static String label(Metric metric) {
        return LABELS.getOrDefault(metric, metric.name());
    }

    private static List<Metric> metricsOf(PolicySpec policy) {
        if (policy instanceof ElderlyCarePolicy) {
            return List.of(Metrics.ELDERLY_INSTITUTIONS, Metrics.ELDERLY_BEDS);
        }
        if (policy instanceof TcmCultivationPolicy) {
            return List.of(Metrics.TCM_AREA, Metrics.TCM_OUTPUT);
        }
        if (policy instanceof ListingSupportPolicy) {
            return List.of(Metrics.LISTED);
        }
        if (policy instanceof GuidanceFundPolicy) {
            return List.of(Metrics.GUIDANCE_INVESTMENT);
        }
        if (policy instanceof TalentTaxRebatePolicy) {
            return List.of(Metrics.SENIOR_TALENT, Metrics.SKILLED_STAFF);
        }
        if (policy instanceof TalentProgrammePolicy programme) {
            // Leading talents are a headline metric already.
            return switch (programme.tier()) {
                case LEADING -> List.of();
                case SENIOR_RD -> List.of(Metrics.SENIOR_TALENT);
                case SKILLED -> List.of(Metrics.SKILLED_STAFF);
            };
        }
        return List.of();
    }
}
