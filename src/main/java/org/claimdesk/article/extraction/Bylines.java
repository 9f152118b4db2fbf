package org.claimdesk.article.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns a byline as pages write it ("By JANE DOE", "Von Max Muster") into the names only. */
final class Bylines {

    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:written|reported|posted|text|story)\\s+by|by|byline|authors?|autor|autorin)\\b\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** German "Von Max Muster"; "Ursula von der Leyen" keeps its "von", as the next word is lower-case. */
    private static final Pattern GERMAN_LEAD_IN = Pattern.compile("^Von\\s+(?=\\p{Lu})");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;|:–—-]+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "und", "et", "y", "e", "of", "de", "van", "von");
    private static final int LONGEST = 200;

    private Bylines() {
    }

    /** The names in a byline, or null when the value is no byline (empty, an address, a handle, a paragraph). */
    static @Nullable String clean(@Nullable String byline) {
        String text = MetaValues.text(byline);
        if (text == null || text.startsWith("@") || text.contains("://") || text.length() > LONGEST) {
            return null;
        }
        String withoutLeadIn = GERMAN_LEAD_IN.matcher(LEAD_IN.matcher(text).replaceFirst("")).replaceFirst("");
        String names = TRAILING_PUNCTUATION.matcher(withoutLeadIn).replaceFirst("").strip();
        if (names.isEmpty()) {
            return null;
        }
        return isShouted(names) ? titleCase(names) : names;
    }

    /** All in capitals, apart from joining words: "JANE DOE and JOHN ROE". */
    private static boolean isShouted(String text) {
        Matcher words = WORD.matcher(text);
        boolean shouted = false;
        while (words.find()) {
            String word = words.group();
            if (CONJUNCTIONS.contains(word)) {
                continue;
            }
            if (word.codePoints().anyMatch(Character::isLowerCase)) {
                return false;
            }
            shouted = true;
        }
        return shouted;
    }

    private static String titleCase(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder result = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String cased = CONJUNCTIONS.contains(word) && words.start() > 0
                    ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1);
            words.appendReplacement(result, Matcher.quoteReplacement(cased));
        }
        words.appendTail(result);
        return result.toString();
    }
}
