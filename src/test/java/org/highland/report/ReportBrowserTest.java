package org.highland.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: headless Chromium (Debian's {@code chromium}, installed by
 * .ci/run) loads it with every HTTP request sent to a local recorder, and a checker script in a
 * copy of the page collects console errors, failed loads, resource requests and broken images.
 * Then the page is printed to PDF on A4. Skipped, saying why, when no Chromium is installed.
 */
class ReportBrowserTest {
    private static final String CHECKER = """
            <script>
            window.__problems = [];
            const realError = console.error;
            console.error = function (...args) { window.__problems.push('console error: ' + args.join(' ')); realError.apply(console, args); };
            window.addEventListener('error', e => {
              const t = e.target;
              window.__problems.push(t && t !== window ? 'failed to load: ' + (t.src || t.href || t.outerHTML) : 'script error: ' + e.message);
            }, true);
            window.addEventListener('load', () => {
              for (const r of performance.getEntriesByType('resource')) window.__problems.push('request: ' + r.name);
              for (const img of document.images) if (!img.complete || img.naturalWidth === 0) window.__problems.push('missing image: ' + img.src);
              for (const s of document.querySelectorAll('svg')) if (s.getBoundingClientRect().height < 50) window.__problems.push('collapsed chart');
              const out = document.createElement('pre');
              out.id = 'browser-check';
              out.textContent = 'SVGS=' + document.querySelectorAll('svg').length + '\\n' + window.__problems.join('\\n');
              document.body.appendChild(out);
            });
            </script>
            """;

    /** Hosts Chromium itself calls whatever page it shows. */
    private static final Pattern BROWSER_SERVICES =
            Pattern.compile("(^|\\.)(google\\.com|googleapis\\.com|gvt1\\.com|gstatic\\.com)(:\\d+)?$");

    @TempDir
    Path dir;

    static String chromium() {
        String env = System.getenv("HIGHLAND_CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"));
        for (String name : candidates) {
            for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path exe = Path.of(p, name);
                if (Files.isExecutable(exe)) {
                    return exe.toString();
                }
            }
            if (Files.isExecutable(Path.of(name))) {
                return name;
            }
        }
        return null;
    }

    @Test
    void runAndCompareReportsRenderOfflineWithoutErrorsAndPrintOnA4() throws Exception {
        String browser = chromium();
        Assumptions.assumeTrue(browser != null, "No Chromium on PATH (install Debian's 'chromium' package, as .ci/run"
                + " does, or set HIGHLAND_CHROMIUM): the browser test of report.html is skipped.");
        Path run = HtmlReport.write(ResultsFixtures.runFolder(dir.resolve("run"), true), false);
        Path cmp = HtmlReport.write(ResultsFixtures.compareFolder(dir.resolve("cmp")), false);
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        HttpServer recorder = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recorder.createContext("/", exchange -> {
            String host = exchange.getRequestHeaders().getFirst("Host");
            // Chromium's own housekeeping (clock and component checks) is not the page's doing.
            if (host == null || !BROWSER_SERVICES.matcher(host).find()) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        recorder.start();
        try {
            for (Path report : List.of(run, cmp)) {
                String html = Files.readString(report, StandardCharsets.UTF_8);
                assertFalse(Pattern.compile("<(script|link|img|iframe)\\b").matcher(html).find(), "nothing to load");
                int svgs = count(html, "<svg ");
                assertTrue(svgs >= 3, "charts inline: " + svgs);
                Path checked = report.resolveSibling("checked.html");
                Files.writeString(checked, html.replaceFirst("<head>", Matcher.quoteReplacement("<head>\n" + CHECKER)), StandardCharsets.UTF_8);
                String dom = chrome(browser, recorder.getAddress().getPort(), "--virtual-time-budget=10000",
                        "--dump-dom", checked.toUri().toString());
                Matcher m = Pattern.compile("<pre id=\"browser-check\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
                assertTrue(m.find(), "the checker ran: " + dom.substring(0, Math.min(400, dom.length())));
                String[] lines = m.group(1).strip().split("\n");
                assertEquals("SVGS=" + svgs, lines[0], "every chart is an SVG element in the page");
                assertEquals(1, lines.length, "problems in " + report.getParent().getFileName() + ":\n" + m.group(1));
                Path pdf = report.resolveSibling("report.pdf");
                chrome(browser, recorder.getAddress().getPort(), "--print-to-pdf=" + pdf, "--no-pdf-header-footer",
                        report.toUri().toString());
                byte[] bytes = Files.readAllBytes(pdf);
                assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
                assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).matches("(?s).*/MediaBox \\[0 0 59[45][.0-9]* 84[12][.0-9]*\\].*"),
                        "A4 pages");
            }
        } finally {
            recorder.stop(0);
        }
        assertEquals(List.of(), requests, "the report made network requests");
    }

    private String chrome(String browser, int proxyPort, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-default-browser-check",
                "--user-data-dir=" + dir.resolve("profile"),
                "--proxy-server=http://127.0.0.1:" + proxyPort, "--proxy-bypass-list=<-loopback>"));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chrome.out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chrome.err").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + cmd);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
