package org.highland.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a scenario file as an adversarial user (or a careless editor) would make
 * them: lines deleted, duplicated, swapped or re-indented, values replaced by hostile ones, YAML
 * syntax characters inserted, keys misspelt, the file truncated, a second document appended,
 * bytes that are not UTF-8. Each mutant is a pure function of (text, seed).
 */
final class ScenarioMutator {
    /** Values that have broken YAML readers and models before. */
    static final List<String> HOSTILE = List.of("-1", "0", "-0.0", "1e308", "-1e308", "4.9e-324", ".nan", ".inf",
            "-.inf", "\"\"", "~", "null", "[]", "{}", "[[]]", "{a: 1}", "x", "99999999999999999999999",
            "9223372036854775808", "true", "no", "*a", "&a 1", "!!str 5", "!!binary aGk=", "\"0.2\"", "'5'", "[1, 2]",
            "0x1F", "1_000", "2015-01-01", "\"../../../../x\"", "变体甲", "'a: b'", "|\n  text", ">-\n  folded",
            "!!python/object:os.system", "%TAG", "@x", "`x`", "2147483648", "-2147483649", "1.7976931348623157E309",
            "[0, 0, 0, 0, 0, 0]", "{innovativeDrug: 0, genericDrug: 0, medicalDevice: 0, cxo: 0, tcm: 0, healthService: 0}");
    private static final String SYNTAX = ":-[]{}\"'#\t&*!|>%@`,?\n ";

    private ScenarioMutator() {
    }

    /** One mutant of {@code text}, as the bytes of a file. */
    static byte[] mutate(String text, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int operator = random.nextInt(12);
        int i = random.nextInt(lines.size());
        switch (operator) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            case 2 -> {
                int j = random.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> lines.set(i, random.nextBoolean() ? "  " + lines.get(i) : lines.get(i).replaceFirst("^ {1,2}", ""));
            case 4, 5, 6 -> lines.set(i, replaceValue(lines.get(i), HOSTILE.get(random.nextInt(HOSTILE.size()))));
            case 7 -> {
                String line = lines.get(i);
                int at = random.nextInt(line.length() + 1);
                lines.set(i, line.substring(0, at) + SYNTAX.charAt(random.nextInt(SYNTAX.length())) + line.substring(at));
            }
            case 8 -> lines.set(i, misspellKey(lines.get(i), random));
            case 9 -> {
                String joined = String.join("\n", lines);
                return joined.substring(0, random.nextInt(joined.length() + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> lines.add(random.nextBoolean() ? "---" : "...\n---\nseed: 1");
            default -> {
                byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
                return bytes;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The line with its value (after the first ': ') replaced, or a new key with that value. */
    static String replaceValue(String line, String value) {
        int colon = line.indexOf(": ");
        if (colon < 0 || line.stripLeading().startsWith("#")) {
            return line + (line.endsWith(":") ? " " + value : "");
        }
        return line.substring(0, colon + 2) + value;
    }

    private static String misspellKey(String line, SplittableRandom random) {
        int colon = line.indexOf(':');
        int start = line.length() - line.stripLeading().length();
        if (colon <= start + 1) {
            return line;
        }
        int at = start + random.nextInt(colon - start);
        return line.substring(0, at) + (char) ('a' + random.nextInt(26)) + line.substring(at + 1);
    }
}
