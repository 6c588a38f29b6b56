package org.highland.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The years a headline table shows: the milestones within the run, then its last year if it is none. */
class HeadlineTest {
    @Test
    void theMilestonesWithinTheRunThenItsLastYear() {
        assertEquals(List.of(2020, 2025, 2030, 2035), Headline.RUN.years(2015, 2035));
        assertEquals(List.of(2020, 2022), Headline.RUN.years(2015, 2022), "a run that ends before 2025");
        assertEquals(List.of(2017), Headline.RUN.years(2015, 2017), "no milestone within the run: its last year alone");
        assertEquals(List.of(2025, 2030, 2033), Headline.RUN.years(2021, 2033), "none before the run starts");
        assertEquals(List.of(2025, 2026), Headline.COMPARE.years(2015, 2026));
        assertEquals(List.of(2020), Headline.COMPARE.years(2015, 2020));
    }

    @Test
    void eachMetricHasItsLabel() {
        assertEquals("innov appr", Headline.RUN.label(Metrics.INNOVATIVE_APPROVALS));
        assertEquals("cum innov appr", Headline.COMPARE.label(Metrics.CUM_INNOVATIVE_APPROVALS));
        assertNull(Headline.COMPARE.label(Metrics.FINANCING));
        assertEquals(Headline.RUN.metrics().size(), Headline.RUN.labels().size());
        assertEquals(Headline.COMPARE.metrics().size(), Headline.COMPARE.labels().size());
    }
}
