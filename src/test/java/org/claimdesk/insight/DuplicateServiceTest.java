package org.claimdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimMerge;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSource;
import org.claimdesk.claim.TextSelection;
import org.claimdesk.discussion.CommentService;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewRuleViolation;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.review.ReviewStatus;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Similar claims (pg_trgm on the statements with the full-text rank) and duplicates: a merge keeps every
 * appearance and anchor, the sources, tags, discussion and history, is audited, and is undone exactly.
 */
@ClaimDeskIntegrationTest
class DuplicateServiceTest {

    @Autowired
    DuplicateService duplicates;
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    SearchService search;
    @Autowired
    CommentService comments;
    @Autowired
    AuditTrail audit;
    @Autowired
    SearchFixtures fixtures;
    @Autowired
    ReviewFixtures reviewFixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    private UUID seedClaim(String statementStart) {
        return jdbc.sql("select public_id from claim where statement like :start")
                .param("start", statementStart + "%").query(UUID.class).single();
    }

    @Test
    void theDemoSeedListsTheEarlierClaimsCloseToAClaim() {
        UUID xi = seedClaim("By 31 May 2018 Kim Jong Un had met Chinese President Xi Jinping");
        UUID moon = seedClaim("By 31 May 2018 Kim Jong Un had met South Korean President Moon Jae-in");

        List<CloseClaim> close = duplicates.similarTo(moon);

        assertThat(close).extracting(found -> found.claim().claimId()).contains(xi).doesNotContain(moon);
        CloseClaim first = close.getFirst();
        assertThat(first.claim().claimId()).isEqualTo(xi);
        assertThat(first.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(first.claim().ratingLabel()).isEqualTo("True");
        assertThat(first.claim().similarity()).isGreaterThan(0.3);
        assertThat(first.claim().textRank()).isPositive();
        // only earlier claims are listed: the Moon claim came after the Xi claim
        assertThat(duplicates.similarTo(xi)).extracting(found -> found.claim().claimId()).doesNotContain(moon);
    }

    @Test
    void hostileStatementsAreMatchedWithoutFailing() {
        UUID article = fixtures.pasted("Odd statements " + SearchFixtures.word(), "Somebody said something odd.");
        List<String> statements = List.of("😀 Kim 😀 Lavrov 😀", "'; drop table claim; -- Kim met Lavrov",
                "\\ ' \" & | ! :* <-> Kim met Lavrov", "Ким Чен Ын встретился с Лавровым", "金正恩会见了拉夫罗夫",
                "O'Brien's \\\\ claim 'quoted' \"double\"", "Kim met Lavrov " + "again ".repeat(320),
                "%_%_% Kim met Lavrov", "<script>alert(1)</script> Kim met Lavrov");
        List<UUID> made = new ArrayList<>();
        for (String statement : statements) {
            clock.advance(Duration.ofSeconds(1));
            made.add(fixtures.claim(article, "Somebody said something odd", statement, "Somebody",
                    LocalDate.of(2026, 1, 5)));
            assertThat(claims.similarTo(statement)).isNotNull();
        }
        for (UUID claimId : made) {
            assertThat(duplicates.similarTo(claimId)).hasSizeLessThanOrEqualTo(DuplicateService.SHOWN);
        }
        // the markup claim is close to the one with LIKE wildcards made before it
        assertThat(duplicates.similarTo(made.get(8))).extracting(found -> found.claim().claimId())
                .contains(made.get(7));
    }

    @Test
    void aMergeKeepsEveryAppearanceAndUndoingItRestoresBothClaims() {
        String word = SearchFixtures.word();
        UUID firstArticle = fixtures.pasted("Port report " + SearchFixtures.word(),
                "The port handled 8.1 million containers in 2025. Volumes rose for the third year.");
        UUID secondArticle = fixtures.pasted("Shipping digest " + SearchFixtures.word(),
                "Hamburg says it handled 8.1 million containers last year, a record.");
        UUID canonical = fixtures.claim(firstArticle, "The port handled 8.1 million containers in 2025",
                "The port handled 8.1 million containers in 2025 " + word, "Port authority", LocalDate.of(2026, 1, 5),
                "port");
        clock.advance(Duration.ofMinutes(5));
        UUID duplicate = fixtures.claim(secondArticle, "handled 8.1 million containers last year",
                "Hamburg port handled 8.1 million containers in 2025 " + word, "Shipping digest",
                LocalDate.of(2026, 1, 6), "port", "volumes");
        claims.addAppearance(duplicate, firstArticle, selection(firstArticle, "Volumes rose"));
        UUID source = fixtures.source(duplicate, "Port statistics 2025", "Port authority", "8.1 million TEU");
        UUID comment = comments.post(duplicate, null, "Same as the port report claim, I think.");
        ClaimDetails canonicalBefore = claims.find(canonical).orElseThrow();
        ClaimDetails duplicateBefore = claims.find(duplicate).orElseThrow();
        assertThat(duplicates.similarTo(duplicate)).extracting(found -> found.claim().claimId()).contains(canonical);

        MergePlan plan = duplicates.plan(duplicate, canonical);
        assertThat(plan.canonicalId()).isEqualTo(canonical);
        assertThat(plan.why()).isEqualTo(MergePlan.Why.EARLIER);
        UUID mergeId = duplicates.markDuplicate(duplicate, duplicateBefore.version(), canonical,
                canonicalBefore.version());

        ClaimDetails merged = claims.find(canonical).orElseThrow();
        assertThat(merged.appearances()).hasSize(3)
                .extracting(ClaimDetails.Appearance::articleId, ClaimDetails.Appearance::quote)
                .contains(tuple(firstArticle, "The port handled 8.1 million containers in 2025"),
                        tuple(secondArticle, "handled 8.1 million containers last year"),
                        tuple(firstArticle, "Volumes rose"));
        assertThat(merged.sources()).extracting(ClaimSource::sourceId).contains(source);
        assertThat(merged.tags()).containsExactly("port", "volumes");
        assertThat(merged.version()).isGreaterThan(canonicalBefore.version());
        assertThat(claims.claimsIn(secondArticle)).extracting(found -> found.claimId()).containsExactly(canonical);
        ClaimDetails gone = claims.find(duplicate).orElseThrow();
        assertThat(gone.appearances()).isEmpty();
        assertThat(gone.sources()).extracting(ClaimSource::sourceId).contains(source);
        assertThat(comments.thread(duplicate)).extracting(thread -> thread.comment().commentId()).contains(comment);
        assertThat(duplicates.merges(duplicate)).singleElement().satisfies(standing -> {
            assertThat(standing.canonicalId()).isEqualTo(canonical);
            assertThat(standing.appearancesMoved()).isEqualTo(2);
            assertThat(standing.sourcesAdded()).isEqualTo(1);
            assertThat(standing.tagsAdded()).containsExactly("volumes");
            assertThat(standing.mergedBy()).isNotBlank();
        });
        assertThat(duplicates.merges(canonical)).extracting(ClaimMerge::mergeId).containsExactly(mergeId);
        ReviewStatus archived = reviews.status(duplicate).orElseThrow();
        assertThat(archived.state()).isEqualTo(ReviewState.ARCHIVED);
        assertThat(archived.archiveReason()).contains(canonical.toString());
        assertThat(search.search(SearchQuery.of(word), 0, 20)).extracting(SearchHit::id).contains(canonical)
                .doesNotContain(duplicate);
        assertThat(actions(duplicate)).contains("claim:merged-as-duplicate", "review:archived");
        assertThat(actions(canonical)).contains("claim:duplicate-merged-in");
        assertRefused(() -> claims.update(duplicate, gone.draft(), gone.version()), "claim.merged.read-only");
        assertRefused(() -> fixtures.source(duplicate, "More", "Someone", "More"), "claim.merged.read-only");

        duplicates.undo(mergeId);

        ClaimDetails restored = claims.find(duplicate).orElseThrow();
        assertThat(restored.appearances()).extracting(ClaimDetails.Appearance::quote)
                .containsExactlyInAnyOrder("handled 8.1 million containers last year", "Volumes rose");
        ClaimDetails canonicalAfter = claims.find(canonical).orElseThrow();
        assertThat(canonicalAfter.appearances()).extracting(ClaimDetails.Appearance::quote)
                .containsExactly("The port handled 8.1 million containers in 2025");
        assertThat(canonicalAfter.sources()).extracting(ClaimSource::sourceId).doesNotContain(source);
        assertThat(canonicalAfter.tags()).containsExactly("port");
        assertThat(reviews.status(duplicate).orElseThrow().state()).isEqualTo(ReviewState.DRAFT);
        assertThat(duplicates.merges(duplicate)).isEmpty();
        assertThat(duplicates.merges(canonical)).isEmpty();
        assertThat(actions(duplicate)).containsSubsequence("claim:merged-as-duplicate", "claim:merge-undone",
                "review:restored");
        assertThat(actions(canonical)).containsSubsequence("claim:duplicate-merged-in", "claim:merge-undone");
        assertThat(search.search(SearchQuery.of(word), 0, 20)).extracting(SearchHit::id).contains(canonical, duplicate);
        assertRefused(() -> duplicates.undo(mergeId), "claim.merge.not-standing");
    }

    @Test
    void thePublishedClaimStaysWhicheverOfTheTwoPagesAsks() {
        String word = SearchFixtures.word();
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        UUID draft = reviewFixtures.draft("Container volumes hit a record " + word);
        clock.advance(Duration.ofMinutes(5));
        UUID published = reviewFixtures.published("Container volumes hit a record " + word);
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");

        MergePlan fromDraft = duplicates.plan(draft, published);
        MergePlan fromPublished = duplicates.plan(published, draft);

        assertThat(fromDraft).isEqualTo(fromPublished);
        assertThat(fromDraft.canonicalId()).isEqualTo(published);
        assertThat(fromDraft.why()).isEqualTo(MergePlan.Why.PUBLISHED);
        duplicates.markDuplicate(published, version(published), draft, version(draft));
        assertThat(reviews.status(published).orElseThrow().state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(reviews.status(draft).orElseThrow().state()).isEqualTo(ReviewState.ARCHIVED);
        assertThat(duplicates.merges(published)).singleElement()
                .satisfies(merge -> assertThat(merge.duplicateId()).isEqualTo(draft));
    }

    @Test
    void twoPublishedClaimsAreNeverMerged() {
        String word = SearchFixtures.word();
        UUID first = reviewFixtures.published("Cargo rose " + word);
        UUID second = reviewFixtures.published("Cargo rose " + word);
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        UUID differing = reviewFixtures.draft("Cargo rose " + word);
        reviews.startResearch(differing, reviewFixtures.version(differing));
        reviewFixtures.propose(differing, "FALSE", "The statistics office says it fell.");
        TestSignIn.signIn(context, "editor", "editor-demo");
        reviews.approve(differing, reviewFixtures.version(differing));
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");

        assertRefused(() -> duplicates.plan(first, second), "similar.merge.both-published");
        assertRefused(() -> duplicates.markDuplicate(second, version(second), first, version(first)),
                "similar.merge.both-published");
        assertThatThrownBy(() -> duplicates.plan(differing, first)).isInstanceOfSatisfying(InsightRuleViolation.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("similar.merge.both-published-differ");
                    assertThat(refused.arguments()).containsExactly("False", "True");
                });
        // and the review module holds the line even when the claim module is asked directly
        assertThatThrownBy(() -> claims.mergeDuplicate(second, version(second), first, version(first)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.merge.published-duplicate"));
        assertThat(claims.find(second).orElseThrow().appearances()).hasSize(1);
        assertThat(duplicates.merges(second)).isEmpty();
    }

    @Test
    void aStaleVersionAViewerOrAClaimAlreadyMergedChangeNothing() {
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Rail " + SearchFixtures.word(), "The line carries 40,000 people a day.");
        UUID one = fixtures.claim(article, "40,000 people a day", "The line carries 40,000 people a day " + word,
                "Operator", LocalDate.of(2026, 1, 5));
        clock.advance(Duration.ofMinutes(1));
        UUID two = fixtures.claim(article, "The line carries", "The line carries 40 000 people a day " + word,
                "Operator", LocalDate.of(2026, 1, 5));
        clock.advance(Duration.ofMinutes(1));
        UUID three = fixtures.claim(article, "carries 40,000", "The line carries 40.000 people daily " + word,
                "Operator", LocalDate.of(2026, 1, 5));

        assertRefused(() -> duplicates.markDuplicate(two, version(two) - 1, one, version(one)),
                "claim.changed-meanwhile");
        assertRefused(() -> duplicates.plan(two, two), "similar.merge.same");
        TestSignIn.signIn(context, "viewer", "viewer-demo");
        assertThatThrownBy(() -> duplicates.markDuplicate(two, version(two), one, version(one)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(duplicates.similarTo(two)).isNotEmpty();
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        assertThat(claims.find(two).orElseThrow().appearances()).hasSize(1);

        UUID first = duplicates.markDuplicate(two, version(two), one, version(one));
        assertRefused(() -> claims.mergeDuplicate(two, version(two), three, version(three)),
                "claim.merge.already-merged");
        assertRefused(() -> claims.mergeDuplicate(three, version(three), two, version(two)),
                "claim.merge.into-merged");
        assertThat(duplicates.similarTo(three)).extracting(found -> found.claim().claimId()).contains(one)
                .doesNotContain(two);

        // merged onwards, the first merge is undone last
        UUID second = claims.mergeDuplicate(one, version(one), three, version(three));
        assertRefused(() -> duplicates.undo(first), "claim.merge.undo-later-first");
        duplicates.undo(second);
        duplicates.undo(first);
        assertThat(claims.find(one).orElseThrow().appearances()).extracting(ClaimDetails.Appearance::quote)
                .containsExactly("40,000 people a day");
        assertThat(claims.find(two).orElseThrow().appearances()).extracting(ClaimDetails.Appearance::quote)
                .containsExactly("The line carries");
        assertThat(claims.find(three).orElseThrow().appearances()).extracting(ClaimDetails.Appearance::quote)
                .containsExactly("carries 40,000");
    }

    @Test
    void anAppearanceBothClaimsAnchorStaysWithTheCanonicalClaim() {
        UUID article = fixtures.pasted("Ferry " + SearchFixtures.word(), "The ferry carried 2,000 cars in May.");
        UUID one = fixtures.claim(article, "2,000 cars in May", "The ferry carried 2,000 cars in May",
                "Operator", LocalDate.of(2026, 1, 5));
        clock.advance(Duration.ofMinutes(1));
        UUID two = fixtures.claim(article, "2,000 cars in May", "The ferry carried 2000 cars in May",
                "Operator", LocalDate.of(2026, 1, 5));

        UUID merge = duplicates.markDuplicate(two, version(two), one, version(one));

        assertThat(claims.find(one).orElseThrow().appearances()).hasSize(1);
        assertThat(claims.find(two).orElseThrow().appearances()).hasSize(1);
        assertThat(duplicates.merges(one)).singleElement()
                .satisfies(standing -> assertThat(standing.appearancesMoved()).isZero());
        duplicates.undo(merge);
        assertThat(claims.find(two).orElseThrow().appearances()).hasSize(1);
    }

    private long version(UUID claimId) {
        return claims.find(claimId).orElseThrow().version();
    }

    private List<String> actions(UUID claimId) {
        return audit.historyOf(claimId.toString()).stream()
                .map((AuditEntry entry) -> entry.entityType() + ":" + entry.action()).toList();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(TranslatableException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    /** The words as the reader would report a selection of them: paragraph and offsets within it. */
    private TextSelection selection(UUID articleId, String words) {
        List<String> paragraphs = articles.find(articleId).orElseThrow().paragraphs();
        for (int index = 0; index < paragraphs.size(); index++) {
            int start = paragraphs.get(index).indexOf(words);
            if (start >= 0) {
                return new TextSelection(index, start, index, start + words.length());
            }
        }
        throw new IllegalArgumentException("Not in the article: " + words);
    }
}
