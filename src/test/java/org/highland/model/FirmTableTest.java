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
 * The region's table of firm rows: a row is copied whole (every field, the tax year to date
 * included), rows are packed in order, every firm of a region reads the row the region lists
 * for it, and a firm leaving the table keeps its state.
 */
class FirmTableTest {

    @Test
    void aCopiedRowKeepsEveryFieldAndPackingKeepsTheOrder() {
        FirmTable t = new FirmTable(1);
        int a = t.allocateRow();
        int b = t.allocateRow();
        assertEquals(1, b, "a new row after the first, the table growing");
        for (int f = 0; f < FirmTable.DOUBLES; f++) {
            t.d[b * FirmTable.DOUBLES + f] = 100 + f;
        }
        for (int f = 0; f < FirmTable.INTS; f++) {
            t.n[b * FirmTable.INTS + f] = 200 + f;
        }
        FirmTable other = new FirmTable(1);
        int c = other.allocateRow();
        t.copyRow(b, other, c);
        for (int f = 0; f < FirmTable.DOUBLES; f++) {
            assertEquals(100 + f, other.d[c * FirmTable.DOUBLES + f], "double field " + f);
        }
        for (int f = 0; f < FirmTable.INTS; f++) {
            assertEquals(200 + f, other.n[c * FirmTable.INTS + f], "int field " + f);
        }
        t.freeRow(a);
        assertEquals(2, t.allocateRow(), "a new firm takes the next new row");
        t.pack(new int[] {1, 2}, 2);
        assertEquals(200 + FirmTable.SECTOR, t.n[FirmTable.SECTOR], "packing moves the rows in order");
        assertEquals(3 - 1, t.allocateRow(), "after packing the next row follows the packed ones");
        b = 0;
        assertEquals(100 + FirmTable.CASH, t.d[b * FirmTable.DOUBLES + FirmTable.CASH], "growing keeps the rows");
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
                assertEquals(region.firmRows[i], firm.row(), "firm " + firm.id() + " at place " + i);
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
