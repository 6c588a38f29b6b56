package org.highland.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A metric's kind (a flow, an amount of the year, or a stock, a level at year end) is printed after
 * its description in every legend, read by the charts (steps and "per year") and by validation (a
 * flow_since target): the kind and the description must tell the same story.
 */
class MetricsTest {
    /** How a description says its value is an amount of the year. */
    private static final Pattern OF_THE_YEAR = Pattern.compile("\\b(in|over|of) the year\\b|\\bthe year's\\b");

    @Test
    void aMetricIsAFlowExactlyWhenItsDescriptionSaysItIsAnAmountOfTheYear() {
        List<String> wrong = new ArrayList<>();
        for (Metric m : Metrics.catalog(List.of("someSubsidy"))) {
            boolean ofTheYear = OF_THE_YEAR.matcher(m.description()).find();
            if (ofTheYear != m.flow()) {
                wrong.add(m.name() + " is declared " + (m.flow() ? "a flow" : "a year-end level") + " but reads '"
                        + TerminalFigures.meaning(m) + "'");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * The firms' revenue and R&D are recorded from their revenueYear and rdYear, sums over the
     * year's months, and the TCM harvest is the year's: amounts of the year. Ratios and growth
     * rates of such amounts are not: summed over years they mean nothing.
     */
    @Test
    void revenueRdAndHarvestAreAmountsOfTheYearTheirRatiosAreNot() {
        for (Metric m : List.of(Metrics.BIOMEDICINE_OUTPUT, Metrics.OPERATING_INCOME, Metrics.HEALTH_SERVICE_REVENUE,
                Metrics.RD_SPEND, Metrics.TCM_OUTPUT, Metrics.TCM_VALUE, Metrics.CORPORATE_TAX, Metrics.POLICY_OUTLAY)) {
            assertTrue(m.flow(), m.name());
        }
        for (Metric m : List.of(Metrics.OUTPUT_GROWTH, Metrics.RD_INTENSITY, Metrics.TCM_SHARE, Metrics.TCM_AREA,
                Metrics.OVER_20M, Metrics.AFTER_TAX_WAGE_SKILLED, Metrics.ENTERPRISES)) {
            assertFalse(m.flow(), m.name());
        }
    }

    @Test
    void theLegendOfARevenueSaysItIsTheYearsTotal() {
        String output = TerminalFigures.meaning(Metrics.BIOMEDICINE_OUTPUT);
        assertTrue(output.endsWith("(billion yuan, the year's total)"), output);
        assertFalse(output.contains("year end"), output);
        assertEquals("enterprises: firms alive at year end (count, as recorded at year end)",
                TerminalFigures.meaning(Metrics.ENTERPRISES));
    }
}
