package org.claimdesk.publishing.claimreview;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A verdict label reduced to what identifies it, so that "Pants on Fire!", "pants on fire" and
 * "PANTS-ON-FIRE" meet: case, accents on Latin letters, punctuation and symbols do not count. Marks on other
 * scripts stay, since in Devanagari or Arabic they are part of the letters.
 */
final class LabelKey {

    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s_]+");

    private LabelKey() {
    }

    /** The key of a label; empty when nothing but punctuation is left. */
    static String of(@Nullable String label) {
        if (label == null) {
            return "";
        }
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        text = LATIN_ACCENTS.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SEPARATORS.matcher(text).replaceAll(" ").strip();
    }
}
