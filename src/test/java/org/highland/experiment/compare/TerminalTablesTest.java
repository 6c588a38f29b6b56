package org.highland.experiment.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the terminal tables of {@code compare} read: plain numbers, no "-0", columns in line. */
class TerminalTablesTest {
    private static final CostEffectivenessRow.Intervals NONE = new CostEffectivenessRow.Intervals(Interval.NONE,
            Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE,
            Interval.NONE);

    @Test
    void ratiosArePlainNumbersWithoutNegativeZero() {
        // 45,162 M yuan spent for 31.5 B of output, no extra approvals and fewer firms than rounding can show.
        CostEffectivenessRow spend = new CostEffectivenessRow("v", "North", 2035, 90_000, 45_162.4, 31.5, 0.0,
                -1e-9, 275, 4, new CostEffectivenessRow.Intervals(new Interval(43_050, 47_505), Interval.NONE,
                Interval.NONE, Interval.NONE, Interval.NONE, new Interval(0.471, 1.09), new Interval(-0.0, 0.0),
                Interval.NONE, Interval.NONE));
        // A cut: less outlay and no approvals either way, so the ratio is 0 / negative = -0.0.
        CostEffectivenessRow cut = new CostEffectivenessRow("v", "South", 2035, 20_000, -605.7, -103.2, 0.0, 17.5,
                0.0, 4, new CostEffectivenessRow.Intervals(new Interval(-1789, -10.6), Interval.NONE, Interval.NONE,
                Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE, Interval.NONE));
        String table = CostEffectivenessTable.render("v", List.of(spend, cut));
        assertFalse(table.matches("(?s).*\\d[eE][+-]?\\d.*"), "no exponent notation:\n" + table);
        assertFalse(table.matches("(?s).*-0(\\.0*)?(?![.\\d]).*"), "no negative zero:\n" + table);
        assertTrue(table.contains("45162.4 [43050.0, 47505.0]"), "outlay in million yuan, one decimal:\n" + table);
        assertTrue(table.contains("0.697 [0.471, 1.09]"), "three significant digits:\n" + table);
        assertTrue(table.contains("[-]: no interval"), "the undefined interval is explained:\n" + table);
        // The cut's output ratio, -103.2 B over -605.7 M: positive, and it is output lost, not bought.
        assertTrue(table.contains("negative extra outlay: the variant spends less; its ratios are what each yuan or"
                + " 100 M yuan saved lost (a positive ratio: output, approvals, firms or talents lost; a negative one:"
                + " gained)\n"), table);
        assertFalse(CostEffectivenessTable.render("v", List.of(spend)).contains("negative extra outlay"),
                "no such note where every province spends more");
    }

    @Test
    void figuresKeepThreeSignificantDigitsAndPrintLargeOnesWhole() {
        assertEquals("9273", CostEffectivenessTable.figure(9272.8));
        assertEquals("0.00952", CostEffectivenessTable.figure(0.009523));
        assertEquals("-0.350", CostEffectivenessTable.figure(-0.35049));
        assertEquals("0", CostEffectivenessTable.figure(-0.0));
        assertEquals("0.000", CostEffectivenessTable.figure(-2.21e-12));
        assertEquals("0.000", CostEffectivenessTable.figure(0.000459));
        assertEquals("0.000520", CostEffectivenessTable.figure(0.00052));
        assertEquals("-", CostEffectivenessTable.figure(Double.NaN));
    }

    @Test
    void columnsAreAsWideAsTheirWidestCell() {
        String text = TextColumns.render(List.of(List.of("a", "b", "c"), List.of("long cell", "x", "y")));
        assertEquals("a         b c\nlong cell x y\n", text);
    }

    @Test
    void provincesWithoutRatiosAreListedOncePerReason() {
        CostEffectivenessRow spill1 = new CostEffectivenessRow("v", "South", 2030, 20_000, -196.9, -11, 0, 0, 0, 4,
                NONE, true);
        CostEffectivenessRow spill2 = new CostEffectivenessRow("v", "South", 2035, 30_000, -605.7, -17, 0, 0, 0, 4,
                NONE, true);
        CostEffectivenessRow tiny = new CostEffectivenessRow("v", "East", 2035, 30_000, 2.0, 0, 0, 0, 0, 4, NONE);
        String table = CostEffectivenessTable.render("v", List.of(spill1, spill2, tiny));
        assertTrue(table.contains("no ratios, " + CostEffectivenessRow.SPILL_OVER + ": South 2030 (-196.9 M), South"
                + " 2035 (-605.7 M)\n"), table);
        assertTrue(table.contains("no ratios, extra outlay below 0.1 % of the base's: spill-over noise: East 2035"
                + " (+2.0 M)\n"), table);
    }
}
