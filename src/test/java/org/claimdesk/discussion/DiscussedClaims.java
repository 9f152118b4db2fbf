package org.claimdesk.discussion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;

/** Fresh claims to discuss, each in an article of its own; the caller must be signed in as a reviewer or above. */
public final class DiscussedClaims {

    private static final String QUOTE = "4,200 new flats";

    private DiscussedClaims() {
    }

    public static UUID create(ArticleService articles, ClaimService claims) {
        String marker = " " + System.nanoTime();
        UUID articleId = articles.importPasted(PastedArticle.of("Housing report" + marker
                + "\n\nThe city built 4,200 new flats last year, the mayor said.")).articleId();
        String text = articles.find(articleId).orElseThrow().text();
        int start = text.indexOf(QUOTE);
        return claims.createAt(articleId, start, start + QUOTE.length(), new ClaimDraft(
                "The city built 4,200 new flats last year" + marker, "Mayor", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2), List.of("housing"), Priority.NORMAL));
    }
}
