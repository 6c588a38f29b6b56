package org.highland.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.highland.run.HighlandSim;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The region's table of firm rows: a row moves whole (every field, the tax year to date
 * included) and its firm finds it through its handle; a firm leaving the table keeps its state.
 */
class FirmTableTest {

    @Test
    void aMovedRowKeepsEveryFieldAndItsHandle() {
        FirmTable t = new FirmTable(2);
        int a = t.newHandle(0);
        int b = t.newHandle(1);
        for (int f = 0; f < FirmTable.DOUBLES; f++) {
            t.d[FirmTable.DOUBLES + f] = 100 + f;
        }
        for (int f = 0; f < FirmTable.INTS; f++) {
            if (f != FirmTable.HANDLE) {
                t.n[FirmTable.INTS + f] = 200 + f;
            }
        }
        t.releaseHandle(a);
        t.moveRow(1, 0);
        assertEquals(0, t.row(b), "the handle follows its row");
        for (int f = 0; f < FirmTable.DOUBLES; f++) {
            assertEquals(100 + f, t.d[f], "double field " + f);
        }
        for (int f = 0; f < FirmTable.INTS; f++) {
            assertEquals(f == FirmTable.HANDLE ? b : 200 + f, t.n[f], "int field " + f);
        }
        assertEquals(a, t.newHandle(1), "a released handle is reused");
        t.ensureCapacity(50);
        assertEquals(0, t.row(b), "growing keeps the rows");
        assertEquals(100 + FirmTable.CASH, t.d[FirmTable.CASH]);
    }

    /** After a year of entries, exits, sales and moves, every firm's accessors read its own row. */
    @Test
    void firmsReadTheirOwnRowsAfterCompactionAndMoves() {
        Scenario scenario = Scenarios.load(Path.of("scenarios/combined.yaml"), List.of("time.endYear=2016"));
        HighlandSim sim = ModelRuns.start(scenario, 0.03, scenario.seed(), 0);
        ModelRuns.run(sim, scenario.time().months(), world -> { });
        World world = sim.world();
        for (int r = 0; r < world.regionCount(); r++) {
            Region region = world.region(r);
            for (int i = 0; i < region.firmCount(); i++) {
                Enterprise firm = region.firm(i);
                assertSame(region.table, firm.table, "a firm of the region reads the region's table");
                assertEquals(i, firm.row(), "firm " + firm.id() + " reads row " + firm.row() + " at place " + i);
                assertEquals(firm.sector.ordinal(), firm.count(FirmTable.SECTOR));
                assertEquals(firm.park().index, firm.count(FirmTable.PARK));
                assertEquals(firm.projectCount(), projects(firm), "project count of firm " + firm.id());
            }
        }
        Enterprise leaving = world.region(0).firm(0);
        double cash = leaving.cash();
        leaving.detach();
        assertNotSame(world.region(0).table, leaving.table);
        assertEquals(cash, leaving.cash(), "a firm leaving the table keeps its state");
        sim.finish();
    }

    private static int projects(Enterprise firm) {
        int n = 0;
        while (n < firm.projects.length && firm.projects[n] != null) {
            n++;
        }
        return n;
    }
}
