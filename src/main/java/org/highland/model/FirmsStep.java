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
        for (Region region : world.regions) {
            region.candidateCount = 0;
            region.pipelineValue = 0;
            Enterprise[] firms = region.firms;
            FirmTable table = region.table;
            int[] rows = region.firmRows;
            int n = region.firmCount;
            acquisitions.startCashIndex(region);
            world.firmMonths += n;
            int kept = 0;
            long projectMonths = 0;
            for (int i = 0; i < n; i++) {
                // The firm object is opened only for an event; its row holds the rest.
                Enterprise firm = firms[i];
                int r = rows[i];
                projectMonths += table.n[r * FirmTable.INTS + FirmTable.PROJECT_COUNT];
                FirmMonth.step(region, firm, table, r);
                if (settlement.close(region, firm, table, r)) {
                    region.parks[table.n[r * FirmTable.INTS + FirmTable.PARK]].firms--;
                    // Sold or closed after the loop, or gone: its row goes back to the table.
                    firm.detach();
                    continue;
                }
                FirmMonth.registerForFinancing(region, firm, table, r);
                acquisitions.indexCash(firm, table.d[r * FirmTable.DOUBLES + FirmTable.CASH]);
                if (kept != i) {
                    region.shift(i, kept);
                }
                kept++;
            }
            world.projectMonths += projectMonths;
            Arrays.fill(firms, kept, n, null);
            region.firmCount = kept;
            acquisitions.resolve(region);
            region.packRows();
            region.government.taxForegone(world, region.taxForegone);
            Arrays.fill(region.taxForegone, 0);
        }
    }
}
