package org.claimdesk.insight.ui;

import java.util.UUID;
import org.claimdesk.insight.SearchHit;
import org.jspecify.annotations.Nullable;

/** Where search results and similar claims lead, built from their ids. */
final class SearchRoutes {

    static final String SEARCH = "search";

    private SearchRoutes() {
    }

    static String claim(UUID claimId) {
        return "claims/" + claimId;
    }

    static String article(UUID articleId) {
        return "articles/" + articleId;
    }

    /** The page a result opens: the article, the claim, or for a source the claim it serves; null if none. */
    static @Nullable String of(SearchHit hit) {
        return switch (hit.type()) {
            case ARTICLE -> article(hit.id());
            case CLAIM -> claim(hit.id());
            case SOURCE -> hit.claimId() == null ? null : claim(hit.claimId());
        };
    }
}
