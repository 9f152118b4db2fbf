package org.claimdesk.publishing.claimreview;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Plain text from what publishers put in JSON-LD strings: HTML entities ("&amp;quot;") decoded, stray tags
 * ("&lt;br /&gt;") dropped, white space collapsed. ClaimDesk stores text, never HTML.
 */
final class CleanText {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    /** White space, and the NUL character, which no text column stores. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u200b\\u0000]+");

    private CleanText() {
    }

    /** The plain text, or null when nothing but white space is left. */
    static @Nullable String of(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = TAG.matcher(value).find()
                ? Jsoup.parseBodyFragment(value).body().text()
                : Parser.unescapeEntities(value, false);
        text = SPACE.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }
}
