package org.highland.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps 5-6: every firm takes its monthly step and closes its month ({@link Settlement}) in one
 * visit; a surviving firm registers as a candidate for next month's financing; firms out of cash
 * with a pipeline are then offered to the survivors ({@link Acquisitions}). Exits are removed
 * by a stable in-place compaction, so the array stays in creation order, which is also the
 * firms' order in memory: the monthly sweep then reads memory mostly sequentially.
 */
public final class FirmsStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final Settlement settlement;
    private final Acquisitions acquisitions;

    public FirmsStep(World world) {
        this.world = world;
        this.settlement = new Settlement(world);
        this.acquisitions = new Acquisitions(world);
    }

    @Override
    public void step(SimState state) {
        boolean newYear = world.closesYear();
        for (Region region : world.regions) {
            region.candidateCount = 0;
            region.pipelineValue = 0;
            Enterprise[] firms = region.firms;
            long[] seeds = region.firmSeeds;
            int[] parks = region.firmParks;
            int n = region.firmCount;
            acquisitions.startCashIndex(region);
            world.firmMonths += n;
            int kept = 0;
            long projectMonths = 0;
            for (int i = 0; i < n; i++) {
                Enterprise firm = firms[i];
                projectMonths += firm.projectCount;
                firm.step(state);
                if (settlement.close(region, firm, newYear)) {
                    firm.park.firms--;
                    continue;
                }
                firm.registerForFinancing();
                acquisitions.indexCash(firm);
                // Until the region's first exit of the month every firm stays where it is: no
                // stores (a reference store also pays the collector's write barrier).
                if (kept != i) {
                    seeds[kept] = seeds[i];
                    parks[kept] = parks[i];
                    firms[kept] = firm;
                }
                kept++;
            }
            world.projectMonths += projectMonths;
            Arrays.fill(firms, kept, n, null);
            region.firmCount = kept;
            acquisitions.resolve(region);
            region.government.taxForegone(world, region.taxForegone);
            Arrays.fill(region.taxForegone, 0);
        }
    }
}
