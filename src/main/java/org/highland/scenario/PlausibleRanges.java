package org.highland.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plausible ranges of parameters, read from {@value #BUILT_IN} (or another file of the same
 * form): rows {@code path,low,high,basis,source}, first matching row wins. A parameter no row
 * matches has no range; a test requires a row for every parameter the catalog lists.
 */
public final class PlausibleRanges {
    /** Classpath resource with the built-in ranges. */
    public static final String BUILT_IN = "highland/parameter-ranges.csv";
    private static final String HEADER = "path,low,high,basis,source";
    private static final int FIELDS = 5;

    private final List<RangeRule> rules;
    private final List<Pattern> patterns;

    private PlausibleRanges(List<RangeRule> rules) {
        this.rules = List.copyOf(rules);
        this.patterns = rules.stream().map(RangeRule::regex).toList();
    }

    /** The built-in ranges. */
    public static PlausibleRanges builtIn() {
        try (InputStream in = PlausibleRanges.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ranges from a file of the same form. */
    public static PlausibleRanges load(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file));
    }

    /**
     * Parses the text of a ranges file.
     *
     * @throws IllegalArgumentException naming the line of a malformed row
     */
    public static PlausibleRanges parse(String name, String text) {
        List<RangeRule> rules = new ArrayList<>();
        boolean header = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw bad(name, i + 1, "expected the header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            rules.add(rule(name, i + 1, line));
        }
        return new PlausibleRanges(rules);
    }

    private static RangeRule rule(String name, int line, String text) {
        String[] f = text.split(",", FIELDS);
        if (f.length < FIELDS - 1) {
            throw bad(name, line, "expected " + HEADER);
        }
        String path = f[0].strip();
        RangeBasis basis = RangeBasis.of(f[3]);
        String source = f.length == FIELDS ? unquote(f[4].strip()) : "";
        if (path.isEmpty() || basis == null) {
            throw bad(name, line, "expected a path and a basis of source, assumption, input or data");
        }
        String low = f[1].strip();
        String high = f[2].strip();
        if (basis.behavioural()) {
            try {
                double lo = RangeRule.number(low);
                double hi = RangeRule.number(high);
                if (!RangeRule.relative(low) && !RangeRule.relative(high) && lo > hi) {
                    throw bad(name, line, "low " + low + " above high " + high);
                }
            } catch (NumberFormatException e) {
                throw bad(name, line, "low and high must be numbers or *factor for basis " + basis.word());
            }
            if (source.isEmpty()) {
                throw bad(name, line, Wording.withArticle(basis.word()) + " range needs its citation or rationale");
            }
        } else if (!low.isEmpty() || !high.isEmpty()) {
            throw bad(name, line, "basis " + basis.word() + " takes no range; leave low and high empty");
        }
        return new RangeRule(path, low, high, basis, source, line);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static IllegalArgumentException bad(String name, int line, String message) {
        return new IllegalArgumentException(name + ":" + line + ": " + message);
    }

    /** The first row whose pattern matches the whole path, or null. */
    public RangeRule rule(String path) {
        for (int i = 0; i < rules.size(); i++) {
            if (patterns.get(i).matcher(path).matches()) {
                return rules.get(i);
            }
        }
        return null;
    }

    /** The range of a listed parameter, or null when no row matches it. */
    public PlausibleRange of(ParameterRow row) {
        RangeRule rule = rule(row.path());
        if (rule == null) {
            return null;
        }
        return rule.resolve(Double.parseDouble(row.value()), row.min(), row.max());
    }

    /** Every row, in file order. */
    public List<RangeRule> rules() {
        return rules;
    }
}
