package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.highland.experiment.Summary;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.io.Numbers;
import org.highland.run.Metric;
import org.highland.run.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWritersTest {
    private static final double NAN = Double.NaN;
    private static final List<Metric> METRICS = List.of(
            new Metric("output", "cny_million", true, "Output"),
            new Metric("firms", "count", false, "Firms"));
    private static final List<String> AREAS = List.of(
            "Zhejiang",
            "Zhejiang/city:Hangzhou, West",
            "Zhejiang/park:Qiantang Pharmaceutical Port");

    @TempDir
    Path dir;

    private static ReplicationResult rep(int replication, double base) {
        double[][][] values = {
            {{base, base + 0.5}, {0.25, NAN}, {1e7, 2.5e-7}},
            {{3, 4}, {NAN, -0.0}, {NAN, NAN}},
        };
        return new ReplicationResult(replication, METRICS, AREAS, 2024, values);
    }

    @Test
    void replicationsInReplicationYearAreaMetricOrder() throws IOException {
        Path file = dir.resolve("replications.csv");
        ReplicationsCsvWriter.write(file, List.of(rep(2, 20), rep(1, 10)));
        String expected = String.join("\n",
                "replication,year,region,metric,value,unit",
                "1,2024,Zhejiang,output,10,cny_million",
                "1,2024,Zhejiang,firms,3,count",
                "1,2024,\"Zhejiang/city:Hangzhou, West\",output,0.25,cny_million",
                "1,2024,Zhejiang/park:Qiantang Pharmaceutical Port,output,10000000,cny_million",
                "1,2025,Zhejiang,output,10.5,cny_million",
                "1,2025,Zhejiang,firms,4,count",
                "1,2025,\"Zhejiang/city:Hangzhou, West\",firms,0,count",
                "1,2025,Zhejiang/park:Qiantang Pharmaceutical Port,output,0.00000025,cny_million",
                "2,2024,Zhejiang,output,20,cny_million",
                "2,2024,Zhejiang,firms,3,count",
                "2,2024,\"Zhejiang/city:Hangzhou, West\",output,0.25,cny_million",
                "2,2024,Zhejiang/park:Qiantang Pharmaceutical Port,output,10000000,cny_million",
                "2,2025,Zhejiang,output,20.5,cny_million",
                "2,2025,Zhejiang,firms,4,count",
                "2,2025,\"Zhejiang/city:Hangzhou, West\",firms,0,count",
                "2,2025,Zhejiang/park:Qiantang Pharmaceutical Port,output,0.00000025,cny_million",
                "");
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void quotesAreDoubledInsideQuotedFields() throws IOException {
        Path file = dir.resolve("summary.csv");
        SummaryCsvWriter.write(file, List.of(new SummaryRow("share", "Zhejiang/park:\"Hi\" Park",
                2030, "ratio", 0.5, 0.0, 0.5, 0.5, 0.5, 1)));
        assertEquals("metric,region,year,unit,mean,sd,p05,p50,p95,n\n"
                        + "share,\"Zhejiang/park:\"\"Hi\"\" Park\",2030,ratio,"
                        + "0.5,0,0.5,0.5,0.5,1\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void anSdOfOneReplicationIsAnEmptyCellThatReadsBackAsNaN() throws IOException {
        Path file = dir.resolve("summary.csv");
        List<SummaryRow> rows = Summary.of(List.of(rep(1, 10)));
        SummaryCsvWriter.write(file, rows);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // One replication: no sd (empty, as R and pandas read NA), percentiles the value itself.
        assertEquals("output,Zhejiang,2024,cny_million,10,,10,10,10,1", lines.get(1));
        SummaryRow read = SummaryTable.read(file).rows().get(0);
        assertEquals(rows.get(0), read);
        assertTrue(Double.isNaN(read.sd()));
    }

    @Test
    void summaryRowsInGivenOrder() throws IOException {
        Path file = dir.resolve("summary.csv");
        SummaryCsvWriter.write(file, Summary.of(List.of(rep(1, 10), rep(2, 20))));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("metric,region,year,unit,mean,sd,p05,p50,p95,n", lines.get(0));
        // values 10 and 20: sd = sqrt(50); R-7 p05 = 10 + 0.05 * 10
        assertEquals("output,Zhejiang,2024,cny_million,15," + Numbers.format(Math.sqrt(50))
                + ",10.5,15,19.5,2", lines.get(1));
        assertEquals("output,Zhejiang,2025,cny_million,15.5," + Numbers.format(Math.sqrt(50))
                + ",11,15.5,20,2", lines.get(2));
        assertEquals("output,\"Zhejiang/city:Hangzhou, West\",2024,cny_million,0.25,0,0.25,0.25,"
                + "0.25,2", lines.get(3));
        assertEquals("firms,\"Zhejiang/city:Hangzhou, West\",2025,count,0,0,0,0,0,2",
                lines.get(lines.size() - 1));
        assertEquals(1 + 5 + 3, lines.size());
    }

    @Test
    void noReplicationsGiveHeaderOnly() throws IOException {
        Path file = dir.resolve("replications.csv");
        ReplicationsCsvWriter.write(file, List.of());
        assertEquals("replication,year,region,metric,value,unit\n", Files.readString(file));
    }
}
