package org.highland.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalFiguresTest {
    @Test
    void smallMeanCountsKeepADecimalAndLargeOnesPrintWhole() {
        assertEquals("2.8", TerminalFigures.value(Metrics.INNOVATIVE_APPROVALS, 2.8), "a mean of 2.8 approvals is not 3");
        assertEquals("+0.5", TerminalFigures.signed(Metrics.INNOVATIVE_APPROVALS, 0.5), "half an approval more is not +1 or +0");
        assertEquals("99.9", TerminalFigures.value(Metrics.ENTERPRISES, 99.94));
        assertEquals("14848", TerminalFigures.value(Metrics.ENTERPRISES, 14847.6));
        assertEquals("-204", TerminalFigures.signed(Metrics.ENTERPRISES, -204.4));
    }

    @Test
    void noMinusZeroAndMoneyWithOneDecimal() {
        assertEquals("0.0", TerminalFigures.value(Metrics.INNOVATIVE_APPROVALS, -0.01));
        assertEquals("+0.0", TerminalFigures.signed(Metrics.INNOVATIVE_APPROVALS, -0.01));
        assertEquals("332.4", TerminalFigures.value(Metrics.BIOMEDICINE_OUTPUT, 332.44));
        assertEquals("-", TerminalFigures.value(Metrics.BIOMEDICINE_OUTPUT, Double.NaN));
    }

    @Test
    void oneReplicationIsSaidToHaveNoSpreadInTheOneWarning() {
        String one = TerminalFigures.basis(1, 1);
        assertTrue(one.startsWith("1 replication at scale 1 "), one);
        assertEquals(2, one.lines().count(), "the line and one warning: " + one);
        assertTrue(one.contains("warning: indicative only: one replication has no spread: spreads and intervals need"
                + " at least 2 replications"), one);
        String thinned = TerminalFigures.basis(1, 0.1);
        assertTrue(thinned.contains("a reduced scale (0.1) adds noise and small-number effects; one replication has no"
                + " spread"), thinned);
        String two = TerminalFigures.basis(2, 1);
        assertTrue(two.startsWith("2 replications at scale 1 "), two);
        assertTrue(two.contains("fewer than 10 replications leave wide intervals"), two);
        assertFalse(two.contains("no spread"), two);
        assertEquals(1, TerminalFigures.basis(10, 1).lines().count(), "no warning at scale 1 with 10 replications");
    }
}
