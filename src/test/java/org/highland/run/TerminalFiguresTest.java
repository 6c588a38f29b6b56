package org.highland.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
