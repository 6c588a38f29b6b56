package org.highland.report;

import java.util.List;

/** Small helpers for writing the report's HTML by hand: escaping, tables, sections. */
final class Html {
    private Html() {
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A table; cells are escaped, numeric-looking cells right-aligned. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String cell : row) {
                boolean numeric = cell != null && cell.matches("[-+0-9.,% \\[\\]–]+") && !cell.isBlank();
                b.append(numeric ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** A chart: its inline SVG in a figure that is not split across printed pages. */
    static String figure(String svg, String caption) {
        return "<figure>\n" + svg + "\n<figcaption>" + esc(caption) + "</figcaption>\n</figure>\n";
    }

    static final String STYLE = """
            :root { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC',
                    'DejaVu Sans', Arial, sans-serif; color: #222; }
            body { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
            h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
            h3 { font-size: 1.05rem; }
            .lead { color: #555; margin-top: 0; }
            table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.85rem; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
            figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: 0.8rem; color: #555; }
            pre { font-size: 0.75rem; background: #f7f7f7; padding: 0.6rem; white-space: pre-wrap; word-break: break-all; }
            .note { font-size: 0.85rem; color: #555; }
            .warning { border-left: 4px solid #d55e00; background: #fdf0e8; padding: 0.4rem 0.6rem; }
            @page { size: A4; margin: 15mm 12mm; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              table, tr { break-inside: avoid; page-break-inside: avoid; }
            }
            """;
}
