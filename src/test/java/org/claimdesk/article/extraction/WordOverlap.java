package org.claimdesk.article.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well an extracted text matches a reference text, word by word: both are bags of lower-cased words
 * (letters and digits), order ignored. Precision is the share of extracted words that the reference has,
 * recall the share of reference words that were extracted, F1 their harmonic mean.
 *
 * @param precision the share of extracted words found in the reference
 * @param recall    the share of reference words found in the extraction
 * @param f1        2PR / (P + R)
 */
record WordOverlap(double precision, double recall, double f1) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static WordOverlap of(String reference, String extracted) {
        Map<String, Integer> expected = words(reference);
        Map<String, Integer> actual = words(extracted);
        long shared = 0;
        for (var entry : expected.entrySet()) {
            shared += Math.min(entry.getValue(), actual.getOrDefault(entry.getKey(), 0));
        }
        double precision = ratio(shared, total(actual));
        double recall = ratio(shared, total(expected));
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new WordOverlap(precision, recall, f1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F1 %.4f (precision %.4f, recall %.4f)", f1, precision, recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.merge(matcher.group(), 1, Integer::sum);
        }
        return words;
    }

    private static long total(Map<String, Integer> words) {
        return words.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
