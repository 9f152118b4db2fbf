package org.claimdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleOrigin;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.SuggestedSentence;
import org.claimdesk.claim.SuggestionService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.review.ReviewStatus;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Demo mode starts with DW's report on the desk, cleaned, its claims anchored, researched and rated. */
@ClaimDeskIntegrationTest
class DemoDataTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestSignIn.signIn(context, "viewer", "viewer-demo");
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void theSeedArticleIsAttributedToDwAndCleaned() {
        Article article = seed();

        assertThat(article.title()).isEqualTo("Lavrov meets Kim Jong Un in North Korea");
        assertThat(article.publisher()).isEqualTo("DW");
        // plain text says no language; the seed names it, so it is searched in English (with stemming)
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.canonicalUrl()).startsWith("https://").contains("dw.com");
        assertThat(article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(article.text()).doesNotContain("Skip to content", "Skip next section",
                "This browser does not support the video element.", "Every evening at 1830 UTC", "Image: Getty");
    }

    @Test
    void itsClaimsShowTheWholeWorkflow() {
        Article article = seed();
        List<ReviewStatus> statuses = claims.claimsIn(article.publicId()).stream()
                .map(claim -> reviews.status(claim.claimId()).orElseThrow()).toList();

        assertThat(statuses).filteredOn(status -> status.state() == ReviewState.PUBLISHED).hasSize(5)
                .allSatisfy(status -> assertThat(status.publications()).singleElement().satisfies(published -> {
                    assertThat(published.proposedBy()).containsExactly("Demo Reviewer");
                    assertThat(published.approvedBy()).isEqualTo("Demo Editor");
                }));
        assertThat(statuses).filteredOn(status -> status.state() == ReviewState.VERDICT_PROPOSED).singleElement()
                .satisfies(status -> assertThat(status.proposers()).containsExactly("Demo Reviewer"));
        assertThat(statuses).filteredOn(status -> status.state() == ReviewState.IN_RESEARCH).singleElement()
                .satisfies(status -> {
                    assertThat(status.assignee().displayName()).isEqualTo("Demo Reviewer");
                    assertThat(status.dueOn()).isNotNull();
                });
        assertThat(statuses).filteredOn(status -> status.state() == ReviewState.DRAFT).singleElement()
                .satisfies(status -> assertThat(status.assignee()).isNull());
    }

    @Test
    void theTimeBoundClaimCarriesAReCheckDate() {
        Article article = seed();
        ArticleClaim timeBound = claims.claimsIn(article.publicId()).stream()
                .filter(claim -> claim.quote().equals("He could end up meeting Trump as early as next month"))
                .findFirst().orElseThrow();

        assertThat(reviews.status(timeBound.claimId()).orElseThrow().recheckOn()).isNotNull();
    }

    @Test
    void itsClaimsAreAnchoredResearchedAndRated() {
        Article article = seed();
        List<ArticleClaim> inArticle = claims.claimsIn(article.publicId());

        assertThat(inArticle).hasSizeGreaterThanOrEqualTo(8);
        assertThat(inArticle).allSatisfy(claim -> {
            assertThat(claim.anchorState()).isEqualTo(AnchorState.ANCHORED);
            assertThat(article.text().substring(claim.start(), claim.end())).isEqualTo(claim.quote());
        });
        assertThat(inArticle).filteredOn(claim -> reviews.status(claim.claimId()).orElseThrow().state()
                .ordinal() >= ReviewState.VERDICT_PROPOSED.ordinal()).hasSize(6).allSatisfy(claim -> {
            ClaimDetails details = claims.find(claim.claimId()).orElseThrow();
            assertThat(details.sources()).isNotEmpty();
            assertThat(details.verdict()).isNotNull();
            assertThat(details.verdict().sourceIds()).isNotEmpty();
            assertThat(details.verdict().proposedBy()).isEqualTo("Demo Reviewer");
        });
        assertThat(inArticle).extracting(ArticleClaim::quote).contains(
                "originally scheduled for June 12 in Singapore but later canceled by Trump",
                "Russia, which shares a border with North Korea",
                "He could end up meeting Trump as early as next month");
    }

    @Test
    void theSuggesterProposesTheSeedsCheckableSentences() {
        List<String> open = suggestions.openIn(seed().publicId()).stream().map(SuggestedSentence::sentence).toList();

        assertThat(open).anyMatch(s -> s.contains("originally scheduled for June 12 in Singapore"))
                .anyMatch(s -> s.contains("has already met twice with China's President Xi Jinping and South Korean "
                        + "President Moon Jae-in"))
                .anyMatch(s -> s.contains("Kim Yong Chol is in New York"))
                .anyMatch(s -> s.contains("Russia, which shares a border with North Korea"))
                .noneMatch(s -> s.contains("Skip") || s.contains("Image:") || s.contains("Every evening"));
    }

    private Article seed() {
        ArticleSummary summary = articles.list(0, 100).stream().filter(a -> a.origin() == ArticleOrigin.PASTED)
                .filter(a -> a.title().equals("Lavrov meets Kim Jong Un in North Korea")).findFirst().orElseThrow();
        return articles.find(summary.publicId()).orElseThrow();
    }
}
