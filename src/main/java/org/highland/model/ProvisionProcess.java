package org.highland.model;

import org.highland.model.spec.ElderlyCareSpec;
import org.highland.model.spec.TcmCultivationSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Region-level provision outside the firm population: TCM cultivation (area, yield, price) and
 * elderly care (institutions, beds per institution) grow at their trends plus any policy lever.
 */
public final class ProvisionProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;

    public ProvisionProcess(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        // The spec gives start-year levels; growth begins the year after.
        if (world.year() == world.time.startYear()) {
            return;
        }
        for (Region r : world.regions) {
            TcmCultivationSpec tcm = r.spec.tcmCultivation();
            r.tcmAreaMu *= monthly(tcm.areaGrowth() + r.levers.tcmAreaGrowthBonus);
            r.tcmYield *= monthly(tcm.yieldGrowth());
            r.tcmPrice *= monthly(tcm.priceGrowth());
            ElderlyCareSpec care = r.spec.elderlyCare();
            r.elderlyInstitutions *= monthly(care.institutionGrowth() + r.levers.elderlyInstitutionGrowthBonus);
            r.bedsPerInstitution *= monthly(care.bedsPerInstitutionGrowth());
        }
    }

    private static double monthly(double annualGrowth) {
        return Math.pow(1.0 + annualGrowth, 1.0 / 12.0);
    }
}
