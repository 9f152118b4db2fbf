package org.claimdesk.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.claim.SourceDraft;
import org.claimdesk.claim.SourceService;
import org.claimdesk.claim.Stance;
import org.claimdesk.claim.VerdictService;
import org.claimdesk.support.TestSignIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Claims at each step of the workflow, made through the real services as the demo people would. */
@Component
public class ReviewFixtures {

    private final ApplicationContext context;
    private final ArticleService articles;
    private final ClaimService claims;
    private final SourceService sources;
    private final VerdictService verdicts;
    private final RatingScaleService ratings;
    private final ReviewService reviews;
    private final JdbcClient jdbc;

    ReviewFixtures(ApplicationContext context, ArticleService articles, ClaimService claims, SourceService sources,
            VerdictService verdicts, RatingScaleService ratings, ReviewService reviews, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.context = context;
        this.articles = articles;
        this.claims = claims;
        this.sources = sources;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.reviews = reviews;
    }

    /** A new draft claim with one source, made by the signed-in person; the caller's sign-in stays. */
    public UUID draft(String statement, String... tags) {
        String marker = "Harbour news " + System.nanoTime();
        UUID articleId = articles.importPasted(PastedArticle.of(marker + "\n\nThe harbour handled 8.1 million "
                + "containers in 2025, the port authority said.")).articleId();
        String text = articles.find(articleId).orElseThrow().text();
        int start = text.indexOf("8.1 million containers");
        UUID claimId = claims.createAt(articleId, start, start + "8.1 million containers".length(),
                new ClaimDraft(statement + " " + marker, "Port authority", LocalDate.of(2026, 1, 10),
                        LocalDate.of(2026, 1, 10), List.of(tags), Priority.NORMAL));
        sources.addToClaim(claimId, new SourceDraft("https://example.org/port-report-" + System.nanoTime(),
                "Port annual report", "Port authority", null, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 12),
                "8.1 million TEU", Stance.SUPPORTS));
        return claimId;
    }

    /** As {@code reviewer}: a claim in research with a verdict proposed. Leaves {@code reviewer} signed in. */
    public UUID proposedByReviewer(String statement, String... tags) {
        signIn("reviewer");
        UUID claimId = draft(statement, tags);
        reviews.startResearch(claimId, version(claimId));
        propose(claimId, "TRUE", "The port's annual report gives 8.1 million.");
        return claimId;
    }

    /** Proposed by {@code reviewer}, approved by {@code editor}. Leaves {@code editor} signed in. */
    public UUID published(String statement, String... tags) {
        UUID claimId = proposedByReviewer(statement, tags);
        signIn("editor");
        reviews.approve(claimId, version(claimId));
        return claimId;
    }

    public void propose(UUID claimId, String ratingCode, String rationale) {
        var claim = claims.find(claimId).orElseThrow();
        long ratingId = ratings.scale().stream().filter(r -> r.code().equals(ratingCode)).findFirst().orElseThrow()
                .id();
        verdicts.propose(claimId, ratingId, rationale,
                Set.copyOf(claim.sources().stream().map(s -> s.sourceId()).toList()),
                claim.verdict() == null ? null : claim.verdict().version());
    }

    /**
     * {@code count} archived claims with the tag, "Bulk claim 1" onwards, written straight into the tables: a
     * size the services would take minutes to build. Call it in a test transaction, which rolls them back.
     */
    public void archivedInBulk(int count, String tag) {
        archivedInBulk(count, "Bulk claim", tag);
    }

    /** {@code count} archived claims with the tag, stated "{@code statement} 1" to "{@code statement} count". */
    public void archivedInBulk(int count, String statement, String tag) {
        jdbc.sql("""
                        with created as (
                            insert into claim (statement, tags, created_at, updated_at)
                            select :statement || ' ' || n, array[cast(:tag as text)], timestamptz '2020-01-01 00:00Z',
                                   timestamptz '2020-01-01 00:00Z'
                              from generate_series(1, :count) n
                            returning id, updated_at)
                        insert into review (claim_id, state, archive_reason, updated_at)
                        select id, 'ARCHIVED', 'Bulk test data', updated_at from created""")
                .param("statement", statement).param("tag", tag).param("count", count).update();
    }

    public long version(UUID claimId) {
        return reviews.status(claimId).orElseThrow().version();
    }

    public ReviewStatus status(UUID claimId) {
        return reviews.status(claimId).orElseThrow();
    }

    public void signIn(String username) {
        TestSignIn.signIn(context, username, username + "-demo");
    }
}
