package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.highland.cli.HighlandCommand;
import org.highland.experiment.Summary;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    @TempDir
    Path dir;

    private void writeSummary() throws Exception {
        List<Metric> metrics = List.of(new Metric("enterprises", "count", false, "firms"));
        List<String> areas = List.of("Zhejiang", "Jiangsu");
        ReplicationResult a = new ReplicationResult(0, metrics, areas, 2015,
                new double[][][] {{{100, 110, 120}, {200, 210, 230}}});
        ReplicationResult b = new ReplicationResult(1, metrics, areas, 2015,
                new double[][][] {{{104, 116, 130}, {190, 215, 240}}});
        SummaryCsvWriter.write(dir.resolve("summary.csv"), Summary.of(List.of(a, b)));
    }

    @Test
    void drawsEveryFormatFromTheSummaryAlone() throws Exception {
        writeSummary();
        int code = HighlandCommand.execute("chart", dir.toString(), "--metric", "enterprises", "--format", "png,svg,pdf");
        assertEquals(0, code);
        byte[] png = Files.readAllBytes(dir.resolve("charts/enterprises.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        String svg = Files.readString(dir.resolve("charts/enterprises.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"), "svg root element");
        assertTrue(svg.contains("Zhejiang") && svg.contains("Jiangsu"), "legend names both regions");
        byte[] pdf = Files.readAllBytes(dir.resolve("charts/enterprises.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void refusesToOverwriteAChartUnlessAsked() throws Exception {
        writeSummary();
        assertEquals(0, HighlandCommand.execute("chart", dir.toString(), "--metric", "enterprises"));
        long before = Files.getLastModifiedTime(dir.resolve("charts/enterprises.png")).toMillis();
        assertEquals(2, HighlandCommand.execute("chart", dir.toString(), "--metric", "enterprises"));
        assertEquals(before, Files.getLastModifiedTime(dir.resolve("charts/enterprises.png")).toMillis());
        assertEquals(0, HighlandCommand.execute("chart", dir.toString(), "--metric", "enterprises", "--overwrite"));
    }

    @Test
    void unknownMetricIsBadInput() throws Exception {
        writeSummary();
        assertEquals(2, HighlandCommand.execute("chart", dir.toString(), "--metric", "no_such_metric"));
        assertEquals(2, HighlandCommand.execute("chart", dir.resolve("missing").toString()));
    }
}
