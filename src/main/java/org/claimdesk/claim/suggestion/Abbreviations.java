package org.claimdesk.claim.suggestion;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a full stop that ends an abbreviation or an initial from one that ends a sentence, where
 * {@link java.text.BreakIterator} splits too eagerly ("Mr. | Smith", "U.S. | Senate", "V. | Sharifulin").
 */
final class Abbreviations {

    /** Abbreviations that a name or number always follows (English and German). */
    private static final Set<String> BEFORE_NAME_OR_NUMBER = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
            "cmdr", "rev", "hon", "st", "mt", "ft", "jr", "sr", "no", "nos", "nr", "vs", "approx", "ca", "vgl",
            "bzw", "hr", "fr", "abs", "art", "jh", "inkl", "evtl", "ggf", "sog", "gegr", "geb", "al", "cf", "fig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "dez");

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)\\.[\"”’'»)]*\\s*$");
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s/(\\-])\\p{L}\\.\\s*$");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){2,}\\s*$");
    /** A German ordinal before a month or century: "am 3. Mai", "im 20. Jahrhundert". */
    private static final Pattern ORDINAL = Pattern.compile("(?:^|\\s)\\d{1,2}\\.\\s*$");
    private static final Pattern AFTER_ORDINAL = Pattern.compile(
            "^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert"
                    + "|Jahrestag)\\b");
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
            "And", "Or", "So", "Yet", "In", "On", "At", "His", "Her", "Their", "Its", "Our", "There", "However",
            "Meanwhile", "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Aber", "Und", "Im", "Am");

    private Abbreviations() {
    }

    /** Whether the break between {@code before} and {@code after} is no sentence break after all. */
    static boolean joins(String before, String after) {
        String next = after.stripLeading();
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        String trimmed = before.stripTrailing();
        if (DOTTED.matcher(trimmed).find()) {
            return !SENTENCE_STARTERS.contains(firstWord(next));
        }
        if (ORDINAL.matcher(trimmed).find() && AFTER_ORDINAL.matcher(next).find()) {
            return true;
        }
        if (INITIAL.matcher(trimmed).find()) {
            return true;
        }
        var last = LAST_WORD.matcher(trimmed);
        return last.find() && BEFORE_NAME_OR_NUMBER.contains(last.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
