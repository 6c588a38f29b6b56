package org.highland.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.highland.report.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validation.csv says of each target what the console's ok column says: a target the run did not
 * reach (calibrate scores to 2021, so its 2022-2024 figures) is {@code not_simulated} with an
 * empty {@code within}, not a miss a researcher filtering {@code within == false} would count.
 */
class ValidationCsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void aTargetPastTheRunsEndIsNotSimulatedNotAMiss() throws Exception {
        List<Target> eq = Targets.modelled(Targets.load()).stream()
                .filter(t -> t.figure().relation() == Relation.EQ && t.mapping().derived() == Derivation.VALUE)
                .limit(3).toList();
        double f = eq.get(0).figure().value();
        double g = eq.get(1).figure().value();
        List<ValidationRow> rows = List.of(new ValidationRow(eq.get(0), f, f, f, 0, true),
                new ValidationRow(eq.get(1), 2 * g, 2 * g, 2 * g, 1, false),
                new ValidationRow(eq.get(2), Double.NaN, Double.NaN, Double.NaN, Double.NaN, false));
        Path file = dir.resolve("validation.csv");
        ValidationCsvWriter.write(file, rows);
        List<Map<String, String>> read = CsvRows.read(file).rows();
        assertEquals(List.of("true", "false", ""), read.stream().map(r -> r.get("within")).toList(),
                "within is empty for the target not simulated");
        assertEquals(List.of("within", "outside", "not_simulated"), read.stream().map(r -> r.get("status")).toList());
        assertEquals(List.of(ValidationTable.ok(rows.get(0)), ValidationTable.ok(rows.get(1)), "not simulated"),
                rows.stream().map(ValidationTable::ok).toList(), "the console's ok column agrees");
        assertEquals("", read.get(2).get("sim_mean"));
        assertEquals(eq.get(2).id(), read.get(2).get("target_id"));
        // The columns up to source keep their order; status is added at the end.
        assertEquals("source", ValidationCsvWriter.COLUMNS.get(ValidationCsvWriter.COLUMNS.size() - 2));
        assertEquals("status", ValidationCsvWriter.COLUMNS.get(ValidationCsvWriter.COLUMNS.size() - 1));
        assertEquals(List.copyOf(read.get(0).keySet()), ValidationCsvWriter.COLUMNS);
    }
}
