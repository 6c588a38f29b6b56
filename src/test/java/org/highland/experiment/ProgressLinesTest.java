package org.highland.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain progress lines for logs: quiet at first, then every 5 % of the work or every 30 s. */
class ProgressLinesTest {
    private static final long S = 1_000_000_000L;

    @Test
    void printsEveryFivePercentAfterTheQuietStartAndAfterThirtySecondsOfSilence() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        ProgressReporter.Lines lines = new ProgressReporter.Lines("run baseline", 40, out, 0, false);
        lines.step(2 * S);   // 1/40 within the quiet start: nothing
        lines.step(11 * S);  // 2/40 = 5 % since the last line, after the quiet start
        lines.step(12 * S);  // 3/40: less than 5 % more
        lines.maybePrint(42 * S); // 30 s without a line, no step: a line anyway
        lines.step(43 * S);  // 4/40: one step since, under 5 %
        List<String> printed = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("run baseline: 2/40 (5 %), 11s elapsed, about 3m 29s left",
                "run baseline: 3/40 (8 %), 42s elapsed, about 8m 38s left"), printed);
    }

    @Test
    void aLineSaysWhenTheWorkIsDone() {
        assertEquals("compare baseline vs new-park: 80/80 (100 %), 1m 05s elapsed",
                ProgressReporter.line("compare baseline vs new-park", 80, 80, 65));
    }
}
