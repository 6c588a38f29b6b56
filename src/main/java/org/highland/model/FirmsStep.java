package org.highland.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps 5-6: every firm takes its monthly step and closes its month ({@link Settlement}) in one
 * visit; a surviving firm registers as a candidate for next month's financing; firms out of cash
 * with a pipeline are then offered to the survivors ({@link Acquisitions}). Exits are removed
 * by a stable in-place compaction, so the array stays in creation order. The sweep waits on
 * memory more than it computes: once a year it copies every firm with its pipeline into fresh
 * memory in array order ({@link #compact}), and it reads the firms' objects ahead in blocks
 * ({@link #readAhead}).
 */
public final class FirmsStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final World world;
    private final Settlement settlement;
    private final Acquisitions acquisitions;
    /**
     * Firms whose objects are read ahead together ({@link #readAhead}). With firms of 200 bytes
     * and projects of 40, blocks of 32 to 128 measured 6-9 % less CPU time per full-scale
     * replication than blocks of 16 (six rounds in turn on a shared machine); 64 also at scale 0.1.
     */
    private static final int READ_AHEAD = 64;
    /** Where the read-ahead's sums go, so the compiler keeps the reads. */
    private double readAheadSink;

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
            if (newYear && world.compactYearly) {
                compact(firms, n);
            }
            acquisitions.startCashIndex(region);
            world.firmMonths += n;
            int kept = 0;
            long projectMonths = 0;
            for (int i = 0; i < n; i++) {
                if (i % READ_AHEAD == 0) {
                    projectMonths += readAhead(firms, i, Math.min(n, i + READ_AHEAD));
                }
                Enterprise firm = firms[i];
                double rdMonth = firm.stepMonth();
                if (settlement.close(region, firm, rdMonth, newYear)) {
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

    /**
     * Puts a fresh copy of every firm in its place ({@link Enterprise#compactCopy}), in array
     * order, so each firm's object, loss vintages, pipeline and projects lie next to each other
     * and the firms one after the other: the month's sweep then reads memory in address order,
     * which the processor fetches ahead by itself. Over a year, projects started and firms
     * entering are allocated among everything else the months allocate, and a firm's data
     * scatters again. A full-scale replication copies some 25 MB a year; yearly and half-yearly
     * copies each measured some 20 % more throughput than none, quarterly ones less (three rounds
     * in turn on a shared machine). The results are the same bit for bit. It runs first in the
     * month's step of a region: the financing candidates of the month before were used by the
     * capital market, and the acquisitions' and exits' lists are empty, so no reference to an
     * old object remains.
     */
    private static void compact(Enterprise[] firms, int n) {
        for (int i = 0; i < n; i++) {
            firms[i] = firms[i].compactCopy();
        }
    }

    /**
     * Reads, in a short loop, one number from each part of the objects that the month of firms
     * {@code from} to {@code to - 1} will read: the firm's tax position, revenues, counts and
     * pipeline reference, its pipeline's quiet-month numbers, and the projects of a pipeline whose event is due or the
     * sales path of a ramping one. Returns their project counts' sum.
     * The reads of different firms do not wait for each other, so the processor fetches the
     * block's objects from memory together; the long monthly step that follows would otherwise
     * wait for each firm in turn (about a tenth to a quarter of a full-scale replication). It
     * reads only, so the results are the same bit for bit.
     */
    private long readAhead(Enterprise[] firms, int from, int to) {
        long projectCount = 0;
        double sum = 0;
        for (int j = from; j < to; j++) {
            Enterprise f = firms[j];
            projectCount += f.projectCount;
            sum += f.taxableToDate + f.baseRevenue + f.rdYear;
            Pipeline pl = f.pipeline;
            if (pl == null) {
                continue;
            }
            sum += pl.quietSpend + pl.monthsToPipelineEvent;
            if (pl.monthsToPipelineEvent <= 1 || pl.pipelineChanged) {
                // Its event is due: the visit reads every project.
                Project[] projects = pl.projects;
                for (int k = 0, m = f.projectCount; k < m; k++) {
                    sum += projects[k].months;
                }
            } else if (pl.salesPath != null) {
                // A product ramps: the quiet month reads the sales path.
                sum += pl.salesPath[0];
            }
        }
        readAheadSink += sum;
        return projectCount;
    }
}
