package org.highland.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps 5-6: every firm takes its monthly step and closes its month ({@link Settlement}) in one
 * visit; a surviving firm registers as a candidate for next month's financing and is counted in
 * the census that shares out next month's opportunities ({@link OpportunityCapacity}); firms out
 * of cash with a pipeline are then offered to the survivors ({@link Acquisitions}). Exits are removed
 * by a stable in-place compaction, so the array stays in creation order. The sweep waits on
 * memory unless a firm's data lie next to each other and the firms in array order: once a year
 * it copies every firm with its pipeline into fresh memory in that order ({@link #compact}). The
 * region's terms of the month and the sums its firms add to are gathered once per region
 * ({@link MonthTerms}), not reached through each firm's region and the world.
 */
public final class FirmsStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final Settlement settlement;
    private final Acquisitions acquisitions;
    private final MonthTerms terms;

    public FirmsStep(World world) {
        this.world = world;
        this.settlement = new Settlement(world);
        this.acquisitions = new Acquisitions(world);
        this.terms = new MonthTerms(world);
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
            if (newYear && world.compactYearly) {
                compact(region);
            }
            acquisitions.startCashIndex(region);
            world.firmMonths += n;
            int kept = 0;
            long projectMonths = 0;
            OpportunityCapacity capacity = region.capacity;
            capacity.startCensus();
            MonthTerms month = terms.open(region);
            for (int i = 0; i < n; i++) {
                Enterprise firm = firms[i];
                projectMonths += firm.projectCount;
                double rdMonth = firm.stepMonth(month);
                if (settlement.close(month, firm, rdMonth, newYear)) {
                    firm.park.firms--;
                    continue;
                }
                firm.registerForFinancing(month);
                capacity.count(firm.sector, firm.revenue());
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
            month.close();
            world.projectMonths += projectMonths;
            Arrays.fill(firms, kept, n, null);
            region.firmCount = kept;
            capacity.closeCensus();
            acquisitions.resolve(region);
            region.government.taxForegone(world, region.taxForegone);
            Arrays.fill(region.taxForegone, 0);
        }
    }

    /**
     * Puts a fresh copy of every firm in its place ({@link Enterprise#compactCopy}), in array
     * order, so each firm's object, loss vintages, pipeline and projects lie next to each other
     * and the firms one after the other: the month's sweep then reads memory in address order,
     * which the processor fetches ahead by itself (a software read-ahead of blocks of firms, used
     * before, then cost more than it saved). Over a year, projects started and firms entering
     * are allocated among everything else the months allocate, and a firm's data scatter again.
     * A full-scale replication copies some 25 MB a year; with yearly copies it measured a third
     * more throughput than with none, half-yearly ones no more than yearly, quarterly ones less
     * (rounds in turn on a shared machine, docs/PERFORMANCE.md). The results are the same bit for
     * bit.
     * <p>
     * It runs first in the region's month step: the capital market has used last month's
     * financing candidates, and the acquisitions' and exits' lists are empty. The scratch arrays
     * that held firms are cleared, so no old object stays reachable.
     */
    private void compact(Region region) {
        Enterprise[] firms = region.firms;
        for (int i = 0, n = region.firmCount; i < n; i++) {
            firms[i] = firms[i].compactCopy();
        }
        region.clearFirmScratch();
        acquisitions.clearCashIndex();
    }
}
