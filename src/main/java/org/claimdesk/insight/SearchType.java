package org.claimdesk.insight;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search result is. Each has a short name for addresses ({@code search?type=claim}). */
public enum SearchType {
    ARTICLE,
    CLAIM,
    SOURCE;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchType> bySlug(String slug) {
        String wanted = slug.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(wanted)).findFirst();
    }
}
