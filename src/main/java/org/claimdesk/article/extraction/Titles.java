package org.claimdesk.article.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Headline clean-up: without the site's name around it, and a stand-in when a page has no headline. */
final class Titles {

    private static final String SEPARATORS = "\\s+[-|–—:·•»/]+\\s+";
    private static final int LONGEST_STAND_IN = 80;

    private Titles() {
    }

    /** The title without " - Site Name" after it or "Site Name | " before it. */
    static String withoutSiteName(String title, @Nullable String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return title;
        }
        String site = Pattern.quote(siteName.strip());
        String stripped = Pattern.compile(SEPARATORS + site + "\\s*$", Pattern.CASE_INSENSITIVE)
                .matcher(title).replaceFirst("");
        stripped = Pattern.compile("^\\s*" + site + SEPARATORS, Pattern.CASE_INSENSITIVE)
                .matcher(stripped).replaceFirst("");
        return stripped.isBlank() ? title : stripped.strip();
    }

    /** A title made of the text when the page gives none: its first words, cut at a word boundary. */
    static String standIn(List<String> paragraphs) {
        String first = paragraphs.getFirst();
        if (first.length() <= LONGEST_STAND_IN) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LONGEST_STAND_IN);
        return first.substring(0, cut > 0 ? cut : LONGEST_STAND_IN).strip() + "…";
    }

    /** Whether two titles are the same apart from case and white space. */
    static boolean same(String one, String other) {
        return comparable(one).equals(comparable(other));
    }

    private static String comparable(String title) {
        return PlainText.normalise(title).toLowerCase(Locale.ROOT);
    }
}
