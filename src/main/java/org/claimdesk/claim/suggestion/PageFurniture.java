package org.claimdesk.claim.suggestion;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that belong to the web page rather than to the article: navigation, captions and
 * credits, player notices, newsletter and sharing prompts, agency sign-offs, headings. Raw imports still
 * carry them, and even a cleaned text may keep a few; none of them is a claim.
 */
final class PageFurniture {

    /** Furniture wherever it appears, whatever the length of the line. */
    private static final List<Pattern> ALWAYS = List.of(
            Pattern.compile("^skip\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(image|photo|picture|video|audio|graphic|credit|copyright)\\s*:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\(?\\d{1,2}:\\d{2}(:\\d{2})?\\)?$"),
            Pattern.compile("browser does not support|enable javascript|javascript is disabled", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byou can (sign up|subscribe|register)\\b|^(sign up|subscribe|register)\\b"
                    + "|\\b(sign up|subscribe) (here|now|today)\\b|\\bsubscribe to our\\b|\\bour newsletter\\b"
                    + "|\\bnewsletter sign-?up\\b|\\bjetzt (anmelden|abonnieren)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(accept|reject|manage) (all )?cookies\\b|\\bcookie (settings|policy|preferences)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bshare (on|via) (facebook|twitter|x|whatsapp|telegram|e-?mail|linkedin)\\b"
                    + "|\\ball rights reserved\\b|\\bsend us your feedback\\b|^©", Pattern.CASE_INSENSITIVE),
            // agency sign-offs such as "ap/rt (AP, AFP, Reuters)" or "dh/rc (dpa, Reuters)"
            Pattern.compile("^[a-z]{1,5}(/[a-z]{1,5})+\\s*(\\([^)]*\\))?\\.?$"),
            Pattern.compile("^\\((\\s*[\\p{L}.]+\\s*,?)+\\)\\.?$"));

    /** Furniture on a short line, but words a real sentence may also use. */
    private static final Pattern SHORT_LINE_HINTS = Pattern.compile(
            "\\b(read more|more stories|top stor(y|ies)|explore more|related (topics|content|stories|articles)"
                    + "|share (this|article)|follow us|advertisement|newsletter|subscribe|sign up|print this"
                    + "|mehr zum thema|weitere artikel|jetzt abonnieren|anzeige)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LOWERCASE_WORD = Pattern.compile("\\p{Ll}{2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’'»)\\]]*$");
    private static final int SHORT_LINE_WORDS = 12;
    private static final int HEADING_MAX_WORDS = 20;

    private PageFurniture() {
    }

    /** Whether a whole line (already without bullet or list number) is page furniture. */
    static boolean isFurniture(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return true;
        }
        for (Pattern pattern : ALWAYS) {
            if (pattern.matcher(trimmed).find()) {
                return true;
            }
        }
        int words = wordCount(trimmed);
        if (words <= SHORT_LINE_WORDS && SHORT_LINE_HINTS.matcher(trimmed).find()) {
            return true;
        }
        if (!LOWERCASE_WORD.matcher(trimmed).find()) {
            return true;
        }
        return isHeading(trimmed, words);
    }

    /**
     * Titles, sub-headings, datelines and captions: short lines that do not end like a sentence. A claim in
     * a headline is repeated in the body, where it can be anchored with its context.
     */
    private static boolean isHeading(String line, int words) {
        return words < HEADING_MAX_WORDS && !SENTENCE_END.matcher(line).find();
    }

    static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
