package org.highland;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend inward only: model ← policy ← scenario ← run ← experiment ← report ← cli.
 * A class may use classes of its own layer and of the layers before it, never of a layer after
 * it; a subpackage belongs to its top package ({@code model.spec} to model, {@code report.chart}
 * to report). {@code model} uses no Jackson, JFreeChart or picocli either.
 *
 * <p>The test reads every source file under {@code src/main/java}: its package, its imports
 * (static ones too) and the fully qualified {@code org.highland.x.} names in its code (comments
 * and string literals left out). A package or class directly under {@code org.highland} outside
 * the list fails too, so that a new one is given its place here.
 */
class PackageLayersTest {
    /** Innermost first. */
    static final List<String> LAYERS = List.of("model", "policy", "scenario", "run", "experiment", "report", "cli");
    /** Libraries the model stays free of: reading files, charts and the command line are outer layers' business. */
    static final List<String> NOT_IN_MODEL = List.of("com.fasterxml", "org.jfree", "picocli");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;",
            Pattern.MULTILINE);
    /** A fully qualified name in code, not after a dot (so not the tail of a longer name). */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:org|com|picocli)(?:\\s*\\.\\s*\\w+)+)");

    @Test
    void noPackageUsesAnOuterLayer() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = sources();
        for (Path file : files) {
            Source source = Source.read(file);
            String layer = layerOf(source.packageName);
            if (layer == null) {
                problems.add(source.name + ": package " + source.packageName + " is in no layer");
                continue;
            }
            for (Use use : source.uses) {
                if (!use.name.startsWith("org.highland.")) {
                    continue;
                }
                String used = layerOf(use.name);
                if (used == null) {
                    problems.add(source.name + ":" + use.line + ": " + use.how + " " + use.name + ", which is in no layer");
                } else if (LAYERS.indexOf(used) > LAYERS.indexOf(layer)) {
                    problems.add(source.name + ":" + use.line + ": " + use.how + " " + use.name + " (layer " + used
                            + ") from layer " + layer);
                }
            }
        }
        assertTrue(files.size() > 100, "only " + files.size() + " source files under " + SOURCES.toAbsolutePath());
        assertEquals("", String.join("\n", problems), problems.size() + " uses of an outer layer or of no layer");
    }

    @Test
    void modelUsesNoJacksonJFreeChartOrPicocli() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : sources()) {
            Source source = Source.read(file);
            if (!"model".equals(layerOf(source.packageName))) {
                continue;
            }
            for (Use use : source.uses) {
                for (String library : NOT_IN_MODEL) {
                    if (use.name.startsWith(library + ".")) {
                        problems.add(source.name + ":" + use.line + ": " + use.how + " " + use.name + " (" + library
                                + ") from layer model");
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " uses of a library the model stays free of");
    }

    @Test
    void readsImportsAndQualifiedNamesButNotCommentsOrStrings() {
        Source source = Source.parse("x/Y.java", String.join("\n",
                "package org.highland.model.spec; // org.highland.cli.Ignored",
                "import static org.highland.run.Metrics.of;",
                "import org.highland.report.*;",
                "/** {@link org.highland.cli.InJavadoc} */",
                "class Y {",
                "    String s = \"org.highland.cli.InString\\\" org.highland.cli.StillInString\";",
                "    char c = '\"'; Object o = org.highland.experiment.Summary.of(null);",
                "    String t = \"\"\"",
                "        org.highland.cli.InTextBlock \\\"\"\" org.highland.cli.StillInTextBlock",
                "        \"\"\";",
                "    /* org.highland.cli.InBlockComment */ com.fasterxml.jackson.databind.JsonNode n;",
                "}"));
        assertEquals("org.highland.model.spec", source.packageName);
        assertEquals(List.of("2: imports org.highland.run.Metrics.of", "3: imports org.highland.report.*",
                "7: uses org.highland.experiment.Summary.of", "11: uses com.fasterxml.jackson.databind.JsonNode"),
                source.uses.stream().map(u -> u.line + ": " + u.how + " " + u.name).toList());
        assertEquals("model", layerOf(source.packageName));
        assertEquals("report", layerOf("org.highland.report.*"));
        assertEquals(null, layerOf("org.highland.Main"));
        assertEquals(null, layerOf("org.highland.util.Strings"));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The layer of a package or of a name in it, or null if it is in none. */
    static String layerOf(String name) {
        String prefix = "org.highland.";
        if (!name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        String top = dot < 0 ? rest : rest.substring(0, dot);
        boolean isPackage = dot >= 0 || !top.isEmpty() && Character.isLowerCase(top.charAt(0));
        return isPackage && LAYERS.contains(top) ? top : null;
    }

    /** A name a source file uses: imported, or written out in its code. */
    record Use(int line, String how, String name) {
    }

    /** A source file's package and the names it uses. */
    record Source(String name, String packageName, List<Use> uses) {
        static Source read(Path file) throws IOException {
            return parse(SOURCES.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
        }

        static Source parse(String name, String text) {
            String code = codeOnly(text);
            Matcher p = PACKAGE.matcher(code);
            String packageName = p.find() ? p.group(1) : "";
            List<Use> uses = new ArrayList<>();
            StringBuilder rest = new StringBuilder(code);
            for (Matcher m = IMPORT.matcher(code); m.find();) {
                uses.add(new Use(lineOf(code, m.start(1)), "imports", m.group(1)));
                blank(rest, m.start(), m.end());
            }
            if (p.find(0)) {
                blank(rest, p.start(), p.end());
            }
            for (Matcher m = QUALIFIED.matcher(rest); m.find();) {
                uses.add(new Use(lineOf(code, m.start(1)), "uses", m.group(1).replaceAll("\\s", "")));
            }
            uses.sort((a, b) -> Integer.compare(a.line, b.line));
            return new Source(name, packageName, uses);
        }

        private static void blank(StringBuilder text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }

        private static int lineOf(String text, int index) {
            int line = 1;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        /** The text with comments and the insides of string, text-block and char literals blanked, lines kept. */
        static String codeOnly(String text) {
            StringBuilder out = new StringBuilder(text);
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                int end;
                if (text.startsWith("//", i)) {
                    end = text.indexOf('\n', i);
                    end = end < 0 ? n : end;
                } else if (text.startsWith("/*", i)) {
                    end = text.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                } else if (text.startsWith("\"\"\"", i)) {
                    end = closing(text, i + 3, "\"\"\"");
                } else if (c == '"' || c == '\'') {
                    end = closing(text, i + 1, String.valueOf(c));
                } else {
                    i++;
                    continue;
                }
                blank(out, i, end);
                i = end;
            }
            return out.toString();
        }

        /** Just past the first unescaped {@code quote} from {@code from}, or the end of the text. */
        private static int closing(String text, int from, String quote) {
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.startsWith(quote, i)) {
                    return i + quote.length();
                }
            }
            return text.length();
        }
    }
}
