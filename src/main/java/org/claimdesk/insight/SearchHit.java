package org.claimdesk.insight;

import java.time.LocalDate;
import java.util.UUID;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * One search result with its highlighted title (article title, claim statement, source title) and snippet
 * (a passage of the article's text, the claim's quote, the source's passage).
 *
 * @param id      the article's, claim's or source's public id
 * @param claimId where a source result leads: the claim it serves (null for an article); a claim's own id
 * @param detail  publisher (articles, sources) or claimant and tags (claims)
 * @param state   a claim's review state
 * @param rank    full-text rank, 0..1, higher is better
 */
public record SearchHit(SearchType type, UUID id, Highlighted title, Highlighted snippet, @Nullable String detail,
        @Nullable LocalDate date, @Nullable ReviewState state, @Nullable String ratingLabel,
        @Nullable String ratingColour, @Nullable UUID claimId, double rank) {
}
