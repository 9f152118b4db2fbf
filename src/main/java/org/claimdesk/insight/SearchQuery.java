package org.claimdesk.insight;

import java.time.LocalDate;
import java.util.Set;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * What to search for: any text a person types (read as a web search: words, "a phrase", {@code or},
 * {@code -word}; nothing in it is ever an error), narrowed by result type, by review state (claims in
 * those states, and the articles and sources of such claims) and by a date range (an article's
 * publication date, a claim's claim date, a source's publication date; each falls back to when the item
 * came onto the desk). Empty sets mean "any".
 */
public record SearchQuery(String text, Set<SearchType> types, Set<ReviewState> states, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** Longer text is cut to this many characters. */
    public static final int MAX_TEXT = 2_000;

    public SearchQuery {
        types = Set.copyOf(types);
        states = Set.copyOf(states);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), null, null);
    }

    public boolean rangeReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    public boolean includes(SearchType type) {
        return types.isEmpty() || types.contains(type);
    }
}
