package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.highland.report.chart.ChartExport;
import org.highland.report.chart.ChartFiles;
import org.highland.report.chart.ChartFonts;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.Footnote;
import org.highland.report.chart.NamedChart;
import org.highland.report.chart.TimeSeriesChart;
import org.highland.run.CliRun;
import org.highland.run.Headline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    @TempDir
    Path dir;

    private List<String> charts(Path results) throws IOException {
        Path charts = results.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(charts)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void drawsEveryFormatAtTheRequestedSize() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        CliRun r = CliRun.highland("chart", run.toString(), "--metric", "biomedicine_industrial_output", "--region",
                "Zhejiang", "--region", "Shanghai", "--format", "png,svg,pdf", "--width", "640", "--height", "400", "--dpi", "192");
        assertEquals(0, r.exitCode, r.toString());
        String stem = "biomedicine_industrial_output__Zhejiang+Shanghai";
        assertEquals(List.of(stem + ".pdf", stem + ".png", stem + ".svg"), charts(run), "names carry the areas");
        BufferedImage png = ImageIO.read(run.resolve("charts/" + stem + ".png").toFile());
        assertEquals(1280, png.getWidth(), "640 CSS pixels at 192 dpi");
        assertEquals(800, png.getHeight());
        assertTrue(colours(png) > 20, "not blank: lines, band, text");
        String svg = Files.readString(run.resolve("charts/" + stem + ".svg"), StandardCharsets.UTF_8);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        assertEquals("svg", xml.newDocumentBuilder().parse(run.resolve("charts/" + stem + ".svg").toFile())
                .getDocumentElement().getLocalName());
        assertTrue(svg.contains("Zhejiang") && svg.contains("Shanghai"), "legend names both regions as text");
        byte[] pdf = Files.readAllBytes(run.resolve("charts/" + stem + ".pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(Set.of(), fontsWithoutFile(new String(pdf, StandardCharsets.ISO_8859_1)),
                "every font the PDF names is embedded (text is drawn as outlines, so it names none)");
    }

    /** Base fonts named in font dictionaries that carry no embedded font file. */
    static Set<String> fontsWithoutFile(String pdf) {
        Set<String> missing = new HashSet<>();
        for (String obj : pdf.split("endobj")) {
            if (obj.contains("/Type /Font") && obj.contains("/BaseFont") && !obj.contains("/FontFile")
                    && !obj.contains("/DescendantFonts")) {
                missing.add(obj.substring(obj.indexOf("/BaseFont")).split("[\\s>]")[1]);
            }
        }
        return missing;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void unknownMetricOrAreaIsRefusedWithTheValidNamesAndNothingWritten() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        CliRun metric = CliRun.highland("chart", run.toString(), "--metric", "enterprises", "--metric", "no_such");
        assertEquals(2, metric.exitCode);
        assertTrue(metric.err.contains("no_such") && metric.err.contains("biomedicine_industrial_output"), metric.err);
        CliRun area = CliRun.highland("chart", run.toString(), "--region", "Atlantis");
        assertEquals(2, area.exitCode);
        assertTrue(area.err.contains("Atlantis") && area.err.contains("Anhui"), area.err);
        CliRun parkless = CliRun.highland("chart", run.toString(), "--metric", "innovative_drug_approvals",
                "--region", ResultsFixtures.PARK);
        assertEquals(2, parkless.exitCode, "a metric the park does not record");
        assertTrue(parkless.err.contains("Areas with innovative_drug_approvals: Zhejiang"), parkless.err);
        assertEquals(List.of(), charts(run));
        assertEquals(2, CliRun.highland("chart", dir.resolve("missing").toString()).exitCode);
    }

    /**
     * Every bad --metric and --region of a call is refused in one message, a line each in the form
     * of every refusal: the valid names (once per option), and "did you mean" for a near miss.
     */
    @Test
    void everyBadMetricAndAreaIsRefusedAtOnceWithDidYouMean() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        CliRun r = CliRun.highland("chart", run.toString(), "--metric", "enterprise", "--metric", "no_such",
                "--region", "Zhejang");
        assertEquals(2, r.exitCode, r.toString());
        assertEquals(List.of(
                "highland: --metric enterprise: not in this folder. Valid metrics: biomedicine_industrial_output,"
                        + " enterprises, innovative_drug_approvals, policy_outlay, policy_outlay.rdSuperDeduction2015,"
                        + " policy_outlay.zjApprovalRewards. Fix: did you mean 'enterprises'? Otherwise name one of them,"
                        + " or drop --metric to chart the headline metrics.",
                "--metric no_such: not in this folder either. Fix: name one of the valid metrics above, or drop"
                        + " --metric to chart the headline metrics.",
                "--region Zhejang: not in this folder. Valid areas: Zhejiang, Jiangsu, Shanghai, Anhui, "
                        + ResultsFixtures.PARK + ". Fix: did you mean 'Zhejiang'? Otherwise name one of them, or drop"
                        + " --region to chart the four provinces. Nothing was written."), r.err.strip().lines().toList());
        CliRun parkless = CliRun.highland("chart", run.toString(), "--metric", "innovative_drug_approvals",
                "--metric", "enterprises", "--region", ResultsFixtures.PARK);
        assertEquals("highland: --metric innovative_drug_approvals has no data for " + ResultsFixtures.PARK
                + " (cities and parks record only some metrics). Areas with innovative_drug_approvals: Zhejiang,"
                + " Jiangsu, Shanghai, Anhui. Fix: name one of those areas instead, or drop --metric"
                + " innovative_drug_approvals to chart what " + ResultsFixtures.PARK + " records. Nothing was written.",
                parkless.err.strip());
        assertEquals(List.of(), charts(run));
    }

    /**
     * A path that is not a results folder is refused for what it is: missing (with a results
     * folder of a close name), a file (with the folder that holds it), a folder without the tables
     * (a sweep folder not yet analysed is told to run sensitivity, or discover when its design has no
     * indices), each in one line with its Fix.
     */
    @Test
    void aPathThatIsNoResultsFolderIsRefusedForWhatItIs() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run1"), false);
        String expected = "expected a results folder, as `highland run`, `validate`, `compare` or `screen` write it (with"
                + " summary.csv, comparison.csv or screening.csv), or a sweep folder after `highland sensitivity` (with"
                + " sensitivity.csv),";
        CliRun missing = CliRun.highland("chart", dir.resolve("run").toString());
        assertEquals(2, missing.exitCode, missing.toString());
        assertEquals("highland: " + dir.resolve("run") + ": " + expected + " but there is no such folder. Fix: did you"
                + " mean '" + run + "'? Otherwise check the path; relative paths start from "
                + Path.of("").toAbsolutePath() + ". Nothing was written.", missing.err.strip());
        CliRun file = CliRun.highland("chart", run.resolve("summary.csv").toString());
        assertEquals(2, file.exitCode, file.toString());
        assertTrue(file.err.contains(": " + expected + " but this is a file. Fix: pass the folder that holds it: " + run
                + ". Nothing was written."), file.err);
        Path charts = Files.createDirectories(run.resolve("charts"));
        CliRun inside = CliRun.highland("chart", charts.toString());
        assertTrue(inside.err.contains("but this folder holds none of those files. Fix: pass the folder that holds"
                + " it: " + run + "."), inside.err);
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve("sweep.json"), "{}");
        CliRun unanalysed = CliRun.highland("chart", sweep.toString());
        assertEquals(2, unanalysed.exitCode, unanalysed.toString());
        assertTrue(unanalysed.err.contains("but this folder holds none of those files. Fix: run `highland sensitivity "
                + sweep + "` first, then this command again."), unanalysed.err);
        CliRun unanalysedReport = CliRun.highland("report", sweep.toString());
        assertTrue(unanalysedReport.err.contains("Fix: run `highland sensitivity " + sweep
                + "` first, then this command again."), unanalysedReport.err);
        Path lhs = Files.createDirectories(dir.resolve("lhs-sweep"));
        Files.writeString(lhs.resolve("sweep.json"), "{\"method\" : \"LHS\"}");
        CliRun noIndices = CliRun.highland("chart", lhs.toString());
        assertEquals(2, noIndices.exitCode, noIndices.toString());
        assertTrue(noIndices.err.contains("Fix: this sweep's design is lhs, which has no sensitivity indices to draw"
                + " (they need a morris or sobol design): find where an output is high or low with `highland discover "
                + lhs + " --output M --region R --year Y --below V`, or sweep a morris or sobol design."), noIndices.err);
        assertFalse(noIndices.err.contains("Fix: run `highland sensitivity"), noIndices.err);
        assertEquals(List.of(), charts(run));
        assertFalse(Files.exists(sweep.resolve("charts")));
        assertFalse(Files.exists(dir.resolve("run")));
    }

    /**
     * A run's default folder is results/&lt;scenario&gt;/&lt;time&gt;: the scenario's folder, one
     * level up, is refused with the runs it holds and the latest to pass.
     */
    @Test
    void theFolderOfAScenariosRunsNamesTheLatestRunToPass() throws Exception {
        Path scenario = dir.resolve("results/my-variant");
        ResultsFixtures.runFolder(scenario.resolve("20261130-101500"), false);
        Path latest = ResultsFixtures.runFolder(scenario.resolve("20261130-113000"), false);
        CliRun run = CliRun.highland("chart", scenario.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("but this folder holds none of those files. Fix: it holds 2 results folders, one"
                + " per run: pass one, e.g. the latest, " + latest + ". Nothing was written."), run.err);
        CliRun report = CliRun.highland("report", scenario.toString());
        assertTrue(report.err.contains("Fix: it holds 2 results folders, one per run: pass one, e.g. the latest, "
                + latest + "."), report.err);
    }

    /**
     * Folders named with --out do not sort by time: the latest is the one whose manifest started
     * last, not the last name ("zz-first" ran before "park-2030").
     */
    @Test
    void theLatestOfFoldersNamedWithOutIsTheLastStarted() throws Exception {
        Path mine = dir.resolve("studies");
        Path first = ResultsFixtures.runFolder(mine.resolve("zz-first"), false);
        Path latest = ResultsFixtures.runFolder(mine.resolve("park-2030"), false);
        Path manifest = latest.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("2026-11-27T10:00:00Z", "2026-11-28T09:00:00Z"));
        CliRun run = CliRun.highland("chart", mine.toString());
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.contains("pass one, e.g. the latest, " + latest + "."), run.err);
        assertFalse(run.err.contains(first.toString()), run.err);
    }

    @Test
    void askingForOneMoreAreaAfterTheDefaultChartsAddsThatAreasCharts() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), true);
        assertEquals(0, CliRun.highland("chart", run.toString()).exitCode);
        CliRun park = CliRun.highland("chart", run.toString(), "--region", ResultsFixtures.PARK);
        assertEquals(0, park.exitCode, "the validation charts are not redrawn: " + park);
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("cmp"));
        assertEquals(0, CliRun.highland("chart", cmp.toString()).exitCode);
        assertTrue(charts(cmp).contains("cost_effectiveness.png"));
        CliRun zhejiang = CliRun.highland("chart", cmp.toString(), "--region", "Zhejiang", "--format", "svg");
        assertEquals(0, zhejiang.exitCode, zhejiang.toString());
        assertFalse(charts(cmp).contains("cost_effectiveness.svg"), "the cost chart belongs to no area");
    }

    @Test
    void aParkWithoutMetricsNamedDrawsTheHeadlineMetricsItRecords() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        CliRun park = CliRun.highland("chart", run.toString(), "--region", ResultsFixtures.PARK);
        assertEquals(0, park.exitCode, park.toString());
        List<String> drawn = charts(run);
        assertEquals(2, drawn.size(), "the park records output and enterprises only: " + drawn);
        assertTrue(drawn.stream().allMatch(f -> f.startsWith("biomedicine_industrial_output") || f.startsWith("enterprises")),
                drawn.toString());
    }

    @Test
    void aCallThatWouldOverwriteWritesNothingAtAll() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        assertEquals(0, CliRun.highland("chart", run.toString(), "--metric", "enterprises").exitCode);
        List<String> before = charts(run);
        long stamp = Files.getLastModifiedTime(run.resolve("charts/" + before.get(0))).toMillis();
        CliRun again = CliRun.highland("chart", run.toString(), "--metric", "biomedicine_industrial_output",
                "--metric", "enterprises");
        assertEquals(2, again.exitCode);
        assertTrue(again.err.contains("--overwrite"), again.err);
        assertEquals(before, charts(run), "the new output chart was not written either");
        assertEquals(stamp, Files.getLastModifiedTime(run.resolve("charts/" + before.get(0))).toMillis());
        assertEquals(0, CliRun.highland("chart", run.toString(), "--metric", "biomedicine_industrial_output",
                "--metric", "enterprises", "--overwrite").exitCode);
        assertEquals(2, charts(run).size());
    }

    @Test
    void defaultChartsOfAValidatedRunAndOfACompareFolder() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), true);
        // The fixture has 4 of the 7 headline metrics: those, the outlay by instrument and the two validation charts.
        CliRun r = CliRun.highland("chart", run.toString());
        assertEquals(0, r.exitCode, r.toString());
        List<String> drawn = charts(run);
        assertEquals(7, drawn.size(), drawn.toString());
        assertTrue(drawn.contains("policy_outlay_by_instrument__Zhejiang+Jiangsu+Shanghai+Anhui.png"), drawn.toString());
        assertTrue(drawn.contains("validation_by_basis.png") && drawn.contains("validation_table2_regions.png"));
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("cmp"));
        CliRun c = CliRun.highland("chart", cmp.toString(), "--metric", "enterprises", "--region", "Zhejiang");
        assertEquals(0, c.exitCode, c.toString());
        assertEquals(List.of("difference_enterprises__Zhejiang.png", "variants_enterprises__Zhejiang.png"), charts(cmp));
    }

    /**
     * A compare folder's default charts are of the metrics of compare's table ({@link Headline#COMPARE}),
     * in its order: approvals to date, as the table's "cum innov appr", not the year's approvals, and no
     * financing, though the folder holds both; a --metric naming one of those still draws it.
     */
    @Test
    void aCompareFoldersDefaultChartsAreOfTheMetricsOfComparesTable() throws Exception {
        Path cmp = ResultsFixtures.compareFolder(dir.resolve("cmp"), ResultsFixtures.BOTH_HEADLINES);
        CliRun r = CliRun.highland("chart", cmp.toString(), "--format", "svg");
        assertEquals(0, r.exitCode, r.toString());
        List<String> expected = new ArrayList<>(List.of("cost_effectiveness.svg"));
        for (String metric : Headline.COMPARE.names()) {
            for (String area : ResultsFixtures.PROVINCES) {
                expected.add("variants_" + metric + "__" + area + ".svg");
                expected.add("difference_" + metric + "__" + area + ".svg");
            }
        }
        assertEquals(expected.stream().sorted().toList(), charts(cmp));
        assertTrue(charts(cmp).contains("difference_cumulative_innovative_drug_approvals__Zhejiang.svg"), charts(cmp).toString());

        List<String> inOrder = new ArrayList<>();
        Headline.COMPARE.names().forEach(m -> inOrder.addAll(List.of("variants_" + m + "__Zhejiang",
                "difference_" + m + "__Zhejiang")));
        assertEquals(inOrder, ChartPlan.build(ResultsFolder.read(cmp), List.of(), List.of("Zhejiang"), List.of())
                .stream().map(NamedChart::stem).toList(), "the table's order");

        CliRun yearly = CliRun.highland("chart", cmp.toString(), "--metric", "innovative_drug_approvals",
                "--metric", "biopharma_financing_disclosed", "--region", "Zhejiang", "--format", "png");
        assertEquals(0, yearly.exitCode, yearly.toString());
        assertTrue(charts(cmp).containsAll(List.of("difference_innovative_drug_approvals__Zhejiang.png",
                "variants_innovative_drug_approvals__Zhejiang.png", "difference_biopharma_financing_disclosed__Zhejiang.png",
                "variants_biopharma_financing_disclosed__Zhejiang.png")), charts(cmp).toString());
    }

    /** A run folder's default charts are of the metrics of run's table ({@link Headline#RUN}), in its order. */
    @Test
    void aRunFoldersDefaultChartsAreOfTheMetricsOfRunsTable() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false, ResultsFixtures.BOTH_HEADLINES);
        String provinces = String.join("+", ResultsFixtures.PROVINCES);
        List<String> expected = new ArrayList<>();
        Headline.RUN.names().forEach(m -> expected.add(m + "__" + provinces));
        expected.add("policy_outlay_by_instrument__" + provinces);
        assertEquals(expected, ChartPlan.build(ResultsFolder.read(run), List.of(), List.of(), List.of()).stream()
                .map(NamedChart::stem).toList(), "the table's metrics in its order, then the outlay by instrument");
    }

    @Test
    void fileNamesCannotLeaveTheChartsFolder() throws Exception {
        assertTrue(ChartFiles.safe("../../etc/passwd").startsWith("etc_passwd"));
        assertFalse(ChartFiles.safe("..").contains(".."));
        assertFalse(ChartFiles.safe("杭州").equals(ChartFiles.safe("宁波")), "non-ASCII names stay apart");
        assertTrue(ChartFiles.safe("Zhejiang/park:Hangzhou High-tech Zone").matches("[A-Za-z0-9._+-]+"));
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        NamedChart c = TimeSeriesChart.build(ResultsFolder.read(run).summary(), "enterprises", List.of("Zhejiang"),
                List.of(), new Footnote("t", 1, 1, "v"));
        NamedChart evil = new NamedChart("../../escaped", c.kind(), c.chart(), c.width(), c.height());
        List<Path> written = ChartFiles.writeAll(run.resolve("charts"), List.of(evil),
                List.of(ChartExport.Format.PNG), ChartExport.Size.DEFAULT, false);
        assertEquals(run.resolve("charts").toAbsolutePath().normalize(), written.get(0).getParent());
        assertFalse(Files.exists(dir.resolve("escaped.png")));
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.writeAll(run.resolve("charts"),
                List.of(c, c), List.of(ChartExport.Format.PNG), ChartExport.Size.DEFAULT, true));
    }

    @Test
    void chineseNamesDrawWithTheShippedFontOrFallBackToAscii() {
        assertTrue(ChartFonts.shipped(), "the font resource is on the class path");
        assertEquals("杭州医药港", ChartFonts.drawable("杭州医药港"), "GB 2312 characters are in the subset");
        String rare = ChartFonts.drawable("Park \uD840\uDC00");
        assertTrue(rare.startsWith("Park #"), rare);
    }
}
