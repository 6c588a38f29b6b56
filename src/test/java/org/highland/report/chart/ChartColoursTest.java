package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Paint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highland.report.SummaryTable;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart tells its series apart by colour: the combined scenario pays twelve instruments and the
 * scenario library has eight variants, so none of them may share a colour with another.
 */
class ChartColoursTest {
    private static final Footnote FOOT = new Footnote("test", 3, 0.05, "0.1.0");

    @TempDir
    Path dir;

    /** A summary.csv with {@code instruments} outlays in Zhejiang, 2015-2017. */
    private SummaryTable outlays(int instruments) throws Exception {
        StringBuilder b = new StringBuilder("metric,region,year,unit,mean,sd,p05,p50,p95,n\n");
        for (int i = 0; i < instruments; i++) {
            for (int year = 2015; year <= 2017; year++) {
                b.append("policy_outlay.instrument").append(i).append(",Zhejiang,").append(year)
                        .append(",million_yuan,10,1,9,10,11,3\n");
            }
        }
        return SummaryTable.read(Files.writeString(dir.resolve("summary-" + instruments + ".csv"), b.toString()));
    }

    private static Set<Paint> paints(XYItemRenderer renderer, int first, int count) {
        Set<Paint> paints = new HashSet<>();
        for (int i = first; i < first + count; i++) {
            paints.add(renderer.getSeriesPaint(i));
        }
        return paints;
    }

    @Test
    void twelveInstrumentsStackInTwelveColours() throws Exception {
        NamedChart c = PolicyCharts.outlayByInstrument(outlays(12), List.of("Zhejiang"), FOOT);
        XYPlot panel = (XYPlot) ((CombinedDomainXYPlot) c.chart().getPlot()).getSubplots().get(0);
        assertEquals(12, panel.getDataset().getSeriesCount());
        assertEquals(12, paints(panel.getRenderer(), 0, 12).size());
    }

    @Test
    void eightVariantsAgainstTheBaseAreEightColours() throws Exception {
        SummaryTable table = outlays(1);
        Map<String, SummaryTable> variants = new LinkedHashMap<>();
        for (int v = 0; v < 8; v++) {
            variants.put("variant" + v, table);
        }
        NamedChart c = CompareCharts.variants("base", table, variants, "policy_outlay.instrument0", "Zhejiang", FOOT);
        XYItemRenderer renderer = ((XYPlot) c.chart().getPlot()).getRenderer();
        assertEquals(8, paints(renderer, 1, 8).size(), "series 0 is the base, in black");
    }

    @Test
    void everyColourBeforeTheyRepeatIsItsOwn() {
        Set<Paint> colours = new HashSet<>();
        for (int i = 0; i < ChartStyle.SERIES_COLOURS; i++) {
            colours.add(ChartStyle.colour(i));
        }
        assertEquals(ChartStyle.SERIES_COLOURS, colours.size());
        assertEquals(ChartStyle.colour(0), ChartStyle.colour(ChartStyle.SERIES_COLOURS));
    }
}
