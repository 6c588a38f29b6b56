package org.highland.experiment.compare;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.highland.policy.InstrumentNotes;
import org.highland.policy.PolicySpec;
import org.highland.scenario.Scenario;

/**
 * The provinces where a variant changes an instrument that pays: one it adds, removes or sets
 * differently from the base, in that province or in "all". Elsewhere a change of outlay can only
 * be spill-over: firms and talents that move, or output that falls, change what the base's own
 * instruments pay there (an R&D super-deduction forgone on less profit). A regulation without
 * outlay (volume-based procurement, review reform) moves outlay only that way too, wherever it
 * acts. Dividing what a province gained or lost by such an outlay change reads as
 * cost-effectiveness and is not.
 */
public final class VariantReach {
    private VariantReach() {
    }

    /** Provinces (region keys of the base) where the variant's paying policies differ from the base's. */
    public static Set<String> provinces(Scenario base, Scenario variant) {
        return reached(base, variant, true);
    }

    /** Provinces where any of the variant's policies differs from the base's, a regulation without outlay too. */
    public static Set<String> provincesActedIn(Scenario base, Scenario variant) {
        return reached(base, variant, false);
    }

    private static Set<String> reached(Scenario base, Scenario variant, boolean payingOnly) {
        Set<String> names = new LinkedHashSet<>(base.policies().keySet());
        names.addAll(variant.policies().keySet());
        Set<String> reached = new LinkedHashSet<>();
        for (String name : names) {
            PolicySpec b = base.policies().get(name);
            PolicySpec v = variant.policies().get(name);
            if (!Objects.equals(b, v)) {
                add(reached, b, base.regions(), payingOnly);
                add(reached, v, base.regions(), payingOnly);
            }
        }
        return reached;
    }

    /** Whether the instrument has an outlay of its own: a budget it spends or tax it forgoes. */
    private static boolean pays(PolicySpec policy) {
        InstrumentNotes.Note note = InstrumentNotes.of(policy.getClass());
        return note == null || note.budget() != InstrumentNotes.Budget.NO_OUTLAY;
    }

    private static void add(Set<String> reached, PolicySpec policy, Map<String, ?> regions, boolean payingOnly) {
        if (policy == null || payingOnly && !pays(policy)) {
            return;
        }
        if ("all".equals(policy.region())) {
            reached.addAll(regions.keySet());
        } else {
            reached.add(policy.region());
        }
    }
}
