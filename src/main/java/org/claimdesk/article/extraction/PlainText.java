package org.claimdesk.article.extraction;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One rule for what "clean plain text" means, shared by paragraphs, titles and fingerprints. */
final class PlainText {

    /** Soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks: invisible, so removed. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    /** Any run of white space, including no-break and other Unicode spaces, becomes one space. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085]+");

    private PlainText() {
    }

    /** NFC, invisible characters removed, white space collapsed to single spaces, trimmed. */
    static String normalise(CharSequence text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        String collapsed = WHITESPACE.matcher(visible).replaceAll(" ").strip();
        return Normalizer.normalize(collapsed, Normalizer.Form.NFC);
    }

    /** {@code null} for {@code null} and for text that normalises to nothing. */
    static @Nullable String normaliseOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String normalised = normalise(text);
        return normalised.isEmpty() ? null : normalised;
    }
}
