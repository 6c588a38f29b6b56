package org.highland.model;

import org.highland.model.spec.ElderlyCareSpec;
import org.highland.model.spec.TcmCultivationSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Region-level provision outside the firm population. Yield, price and beds per institution grow
 * at their trends; the herb area follows growers' land-use decision ({@link TcmLandUse}) and the
 * number of care institutions operators' opening decision ({@link CareInvestment}), both on the
 * support they expect this month (the levers: rates times the budget's expected pay share).
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
            r.tcmAreaMu *= monthly(TcmLandUse.areaGrowth(tcm, r.tcmYield, r.tcmPrice, r.levers.tcmSubsidyPerMu));
            r.tcmYield *= monthly(tcm.yieldGrowth());
            r.tcmPrice *= monthly(tcm.priceGrowth());
            ElderlyCareSpec care = r.spec.elderlyCare();
            r.elderlyInstitutions *= monthly(CareInvestment.institutionGrowth(care, world.firmSpec.discountRatePerYear(),
                    r.levers.careOperatingSubsidyPerBed, r.levers.careNewBedSubsidy));
            r.bedsPerInstitution *= monthly(care.bedsPerInstitutionGrowth());
        }
    }

    private static double monthly(double annualGrowth) {
        return Math.pow(1.0 + annualGrowth, 1.0 / 12.0);
    }
}
