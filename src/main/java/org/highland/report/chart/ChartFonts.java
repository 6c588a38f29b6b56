package org.highland.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one typeface of every chart: a subset of WenQuanYi Micro Hei shipped with Highland (Latin
 * and the 6,763 Chinese characters of GB 2312), so Chinese area or scenario names draw the same in
 * PNG, SVG and PDF on any machine. A text the font still cannot draw falls back to its ASCII
 * characters plus a short id, never to empty boxes.
 */
public final class ChartFonts {
    /** Resource path of the shipped font (licence beside it). */
    public static final String RESOURCE = "/highland/fonts/highland-sans.ttf";
    /**
     * Font families an SVG viewer should try, the shipped one first; quoted with {@code &quot;}
     * because JFreeSVG puts them inside a single-quoted style attribute.
     */
    public static final String SVG_FAMILIES = "&quot;WenQuanYi Micro Hei&quot;, &quot;Noto Sans CJK SC&quot;,"
            + " &quot;Microsoft YaHei&quot;, &quot;PingFang SC&quot;, &quot;DejaVu Sans&quot;, Arial, sans-serif";

    private static final Font BASE = load();

    private ChartFonts() {
    }

    private static Font load() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // fall through to the logical font: charts still draw, Chinese falls back to ASCII
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** Whether the shipped font was found (a build without resources falls back to SansSerif). */
    public static boolean shipped() {
        return !Font.SANS_SERIF.equals(BASE.getName());
    }

    public static Font plain(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    /**
     * The text itself when the chart font draws every character of it; otherwise its printable
     * ASCII characters and an id from its hash, so two different names stay apart.
     */
    public static String drawable(String text) {
        if (text == null || BASE.canDisplayUpTo(text) == -1) {
            return text;
        }
        String ascii = text.replaceAll("[^\\x20-\\x7E]", "").strip();
        return (ascii.isEmpty() ? "name" : ascii) + " #" + shortHash(text);
    }

    /** First six hex digits of the text's SHA-256. */
    public static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
