package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firm whose cash stays negative for the grace period leaves (closed, or sold with its
 * pipeline); the same firms in the same world with their cash untouched mostly stay.
 */
class InsolvencyExitTest {
    private static final int FIRMS = 30;

    @TempDir
    Path dir;

    @Test
    void firmsOutOfCashForTheGracePeriodLeaveAndOthersStay() {
        Scenario scenario = ModelRuns.scenario(dir, "plain", "policies: {}\n");
        HighlandSim broke = ModelRuns.start(scenario, 0.03, 11, 0);
        HighlandSim control = ModelRuns.start(scenario, 0.03, 11, 0);
        broke.schedule.step(broke);
        control.schedule.step(control);
        List<Long> picked = new ArrayList<>();
        Region region = broke.world().region(0);
        for (int i = 0; i < FIRMS; i++) {
            Enterprise firm = region.firm(i * (region.firmCount() / FIRMS));
            firm.cash = -1e9;
            firm.monthsNegativeCash = 0;
            picked.add(firm.id());
        }
        int grace = (int) broke.world().firmSpec.exitGraceMonths();
        for (int m = 0; m <= grace; m++) {
            broke.schedule.step(broke);
            control.schedule.step(control);
        }
        assertEquals(0, alive(broke, picked), "firms out of cash for the grace period are still there");
        assertTrue(alive(control, picked) >= FIRMS - 5, "premise: the same firms with their cash mostly stay, "
                + alive(control, picked) + " of " + FIRMS);
    }

    private static int alive(HighlandSim sim, List<Long> ids) {
        Set<Enterprise> living = ModelRuns.livingFirms(sim.world());
        int n = 0;
        for (Enterprise firm : living) {
            n += ids.contains(firm.id()) ? 1 : 0;
        }
        return n;
    }
}
