package org.highland.report;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.Page;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Writes a chart as PNG, SVG or PDF, through a temporary file so no half-written chart is left. */
public final class ChartWriter {
    /** The formats a chart can be exported to. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ChartWriter() {
    }

    public static void write(JFreeChart chart, Format format, Path file, int width, int height) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        switch (format) {
            case PNG -> ChartUtils.saveChartAsPNG(tmp.toFile(), chart, width, height);
            case SVG -> {
                SVGGraphics2D g2 = new SVGGraphics2D(width, height);
                chart.draw(g2, new Rectangle(0, 0, width, height));
                SVGUtils.writeToSVG(tmp.toFile(), g2.getSVGElement());
            }
            case PDF -> {
                PDFDocument pdf = new PDFDocument();
                pdf.setTitle(chart.getTitle() == null ? "Highland chart" : chart.getTitle().getText());
                Page page = pdf.createPage(new Rectangle(width, height));
                PDFGraphics2D g2 = page.getGraphics2D();
                chart.draw(g2, new Rectangle(0, 0, width, height));
                pdf.writeToFile(tmp.toFile());
            }
            default -> throw new IllegalArgumentException(format.name());
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
