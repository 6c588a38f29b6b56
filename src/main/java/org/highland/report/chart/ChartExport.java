package org.highland.report.chart;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.highland.experiment.io.Hashes;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart as PNG (at a resolution, recorded in the file), SVG (JFreeSVG, text kept as text
 * with CJK-capable font families) or PDF (OrsonPDF). OrsonPDF can only name the 14 standard PDF
 * fonts, which cannot show Chinese and are not embedded; so PDF text is drawn as the glyph outlines
 * of the shipped font: the file depends on no font and looks the same in every viewer.
 */
public final class ChartExport {
    /** Chart size used when a chart states its preferred size. */
    public static final int BASE_WIDTH = 900;
    public static final int BASE_HEIGHT = 560;
    /** CSS pixels per inch: the unit of --width and --height. */
    public static final int SCREEN_DPI = 96;

    /** The formats a chart can be exported to. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The size asked for on the command line.
     *
     * @param width  width in CSS pixels (1/96 inch) of a standard chart
     * @param height height of a standard chart
     * @param dpi    PNG resolution: the PNG has width * dpi / 96 pixels
     */
    public record Size(int width, int height, int dpi) {
        public static final Size DEFAULT = new Size(BASE_WIDTH, BASE_HEIGHT, SCREEN_DPI);

        /** A chart's preferred size (stated at the base size) scaled to the size asked for. */
        public Size scaled(int preferredWidth, int preferredHeight) {
            return new Size(Math.round((float) preferredWidth * width / BASE_WIDTH),
                    Math.round((float) preferredHeight * height / BASE_HEIGHT), dpi);
        }

        public int pixelWidth() {
            return Math.round((float) width * dpi / SCREEN_DPI);
        }

        public int pixelHeight() {
            return Math.round((float) height * dpi / SCREEN_DPI);
        }
    }

    /** Stands for the ids' prefix while the chart is drawn; no chart text contains it. */
    private static final String DEFS_PLACEHOLDER = "_highlandDefsPrefix_";

    private ChartExport() {
    }

    /** Writes the chart in this format to {@code out}, which the caller closes. */
    public static void write(JFreeChart chart, Format format, OutputStream out, Size size) throws IOException {
        switch (format) {
            case PNG -> writePng(chart, out, size);
            case SVG -> out.write(svg(chart, size.width(), size.height()).getBytes(StandardCharsets.UTF_8));
            case PDF -> writePdf(chart, out, size);
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    /**
     * The chart as a standalone SVG document (also inlined in report.html), without the DOCTYPE
     * JFreeSVG would add: its external DTD makes XML parsers go online and SVG 2 has none.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setFontFunction(family -> ChartFonts.SVG_FAMILIES);
        g2.setDefsKeyPrefix(DEFS_PLACEHOLDER);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement();
        // JFreeSVG prefixes its clip-path ids with the clock, so the same chart drawn twice differed;
        // a prefix from the content keeps the file the same and the ids of different charts inlined
        // in one report apart.
        String prefix = "_" + Hashes.sha256(svg.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.replace(DEFS_PLACEHOLDER, prefix) + "\n";
    }

    private static void writePdf(JFreeChart chart, OutputStream out, Size size) throws IOException {
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(chart.getTitle() == null ? "Highland chart" : chart.getTitle().getText());
        pdf.setAuthor("Highland");
        Page page = pdf.createPage(new Rectangle(size.width(), size.height()));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle(0, 0, size.width(), size.height()));
        out.write(withoutDates(pdf.getPDFBytes()));
    }

    /** The dates OrsonPDF writes into the document information (the clock's, to the second). */
    private static final Pattern PDF_DATES = Pattern.compile("/(?:CreationDate|ModDate) \\(D:[^)]*\\)");

    /**
     * The PDF without its creation and modification dates, each blanked with as many spaces (so
     * the cross-reference offsets stay right, and the dictionary stays valid: both entries are
     * optional): the same chart drawn again is the same file, as its PNG and SVG are.
     */
    static byte[] withoutDates(byte[] pdf) {
        // ISO-8859-1 maps each byte to one char and back, so offsets and binary streams survive.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = PDF_DATES.matcher(text);
        StringBuilder blanked = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(blanked, " ".repeat(m.end() - m.start()));
        }
        m.appendTail(blanked);
        return blanked.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void writePng(JFreeChart chart, OutputStream out, Size size) throws IOException {
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double zoom = (double) size.dpi() / SCREEN_DPI;
        g2.scale(zoom, zoom);
        chart.draw(g2, new Rectangle(0, 0, size.width(), size.height()));
        g2.dispose();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            withResolution(meta, size.dpi());
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** Records the resolution in the PNG's pHYs chunk (pixels per metre), so print layouts size it right. */
    private static void withResolution(IIOMetadata meta, int dpi) throws IOException {
        String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }
}
