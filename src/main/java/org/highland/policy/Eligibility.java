package org.highland.policy;

import java.util.List;
import org.highland.model.Sector;

/** Sector eligibility compiled to a lookup table. */
final class Eligibility {
    private Eligibility() {
    }

    /** True at a sector's ordinal when it is eligible; all sectors when the list is empty. */
    static boolean[] sectors(List<String> names) {
        boolean[] eligible = new boolean[Sector.COUNT];
        for (Sector s : Sector.values()) {
            eligible[s.ordinal()] = names.isEmpty() || names.contains(s.name());
        }
        return eligible;
    }
}
