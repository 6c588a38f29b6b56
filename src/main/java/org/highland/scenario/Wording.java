package org.highland.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Phrases shared by all messages, so that every problem reads the same way. */
final class Wording {
    private static final int MAX_SHOWN = 40;

    private Wording() {
    }

    /** How a value the user wrote is quoted back: {@code -3}, {@code "abc"}, {@code a list}. */
    static String describeNode(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.asText() : number(node.doubleValue());
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "\"" + (text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text) + "\"";
        }
        if (node.isArray()) {
            return "a list of " + node.size();
        }
        return "a mapping";
    }

    /**
     * The word after its indefinite article, "a scenario" or "an experiment", for messages that
     * name a kind computed at run time. By the first letter: the words it meets (file kinds, range
     * bases, type names) have no silent or consonant-sounding vowel.
     */
    static String withArticle(String word) {
        boolean vowel = !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + word;
    }

    /** Plain decimal for ordinary magnitudes (no "1.0E-4"), Java's form for extreme ones. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e15 && magnitude <= 0x1p53 && value == Math.rint(value)) {
            // A whole number a long holds exactly (e.g. the seed's bound 2^53): all its digits.
            return Long.toString((long) value);
        }
        if (magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-6)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code [0, 1000]}, {@code >= 0}, {@code <= 1} or empty for an unbounded range. */
    static String range(double min, double max) {
        boolean low = min != Double.NEGATIVE_INFINITY;
        boolean high = max != Double.POSITIVE_INFINITY;
        if (low && high) {
            return "in [" + number(min) + ", " + number(max) + "]";
        }
        if (low) {
            return ">= " + number(min);
        }
        return high ? "<= " + number(max) : "";
    }

    /** The closest candidate by edit distance, if close enough to be a plausible typo. */
    static Optional<String> closest(String input, Collection<String> candidates) {
        String wanted = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(1, Math.min(input.length(), best == null ? 0 : best.length()) / 3);
        if (bestDistance <= tolerance) {
            return Optional.of(best);
        }
        return sameFirstWord(wanted, candidates);
    }

    /** A long name shortened ("Qiantang Pharma Port"): the one candidate starting with the same word. */
    private static Optional<String> sameFirstWord(String wanted, Collection<String> candidates) {
        String first = wanted.strip().split("[\\s_-]+")[0];
        if (first.length() < 4) {
            return Optional.empty();
        }
        List<String> matches = candidates.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).split("[\\s_-]+")[0].equals(first)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** "did you mean 'x'?" or the fallback, for remedies. */
    static String didYouMean(String input, Collection<String> candidates, String otherwise) {
        return closest(input, candidates).map(best -> "did you mean '" + best + "'?").orElse(otherwise);
    }

    /** Optimal string alignment distance: a swapped pair of letters counts as one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
