package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.LocalWebServer;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Claims anchored in an article, re-anchored when it changes, researched with sources, given a verdict. */
@ClaimDeskIntegrationTest
class ClaimWorkflowTest {

    private static final String SENTENCE = "The bridge over the Elbe cost 48 million euros, the city said on Monday.";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    SourceService sources;
    @Autowired
    VerdictService verdicts;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    org.claimdesk.review.ReviewService reviews;
    @Autowired
    ApplicationContext context;

    private Article article;

    @BeforeEach
    void importArticle() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        String marker = "Dresden opens new bridge " + System.nanoTime();
        UUID id = articles.importPasted(PastedArticle.of(marker + "\n\nFirst paragraph about traffic in the city "
                + "centre.\n\n" + SENTENCE + " Critics called it too expensive.")).articleId();
        article = articles.find(id).orElseThrow();
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void aSelectionAcrossOneParagraphBecomesAnAnchoredClaim() {
        int paragraph = paragraphContaining(SENTENCE);
        String paragraphText = article.paragraphs().get(paragraph);
        int start = paragraphText.indexOf("48 million euros");

        UUID claimId = claims.createInArticle(article.publicId(),
                new TextSelection(paragraph, start, paragraph, start + "48 million euros".length()), draft("The Elbe "
                        + "bridge in Dresden cost 48 million euros " + System.nanoTime()));

        List<ArticleClaim> inArticle = claims.claimsIn(article.publicId());
        assertThat(inArticle).singleElement().satisfies(claim -> {
            assertThat(claim.claimId()).isEqualTo(claimId);
            assertThat(claim.quote()).isEqualTo("48 million euros");
            assertThat(article.text().substring(claim.start(), claim.end())).isEqualTo("48 million euros");
            assertThat(claim.anchorState()).isEqualTo(AnchorState.ANCHORED);
        });
    }

    @Test
    void anEmptySelectionIsRefused() {
        assertThatThrownBy(() -> claims.createInArticle(article.publicId(), new TextSelection(1, 5, 1, 5),
                draft("Nothing selected"))).isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("claim.selection.empty"));
    }

    @Test
    void claimsFollowACorrectedTextAndAreFlaggedWhenTheirWordsAreGone() {
        UUID kept = claimAt("48 million euros");
        UUID lost = claimAt("Critics called it too expensive.");

        String corrected = article.title() + "\n\nA new first paragraph was added by the editors.\n\n"
                + article.text().replace(" Critics called it too expensive.", "");
        articles.correctText(article.publicId(), corrected, article.version());

        String text = articles.find(article.publicId()).orElseThrow().text();
        List<ArticleClaim> after = claims.claimsIn(article.publicId());
        ArticleClaim moved = after.stream().filter(c -> c.claimId().equals(kept)).findFirst().orElseThrow();
        assertThat(moved.anchorState()).isEqualTo(AnchorState.REANCHORED);
        assertThat(text.substring(moved.start(), moved.end())).isEqualTo("48 million euros");
        assertThat(after.stream().filter(c -> c.claimId().equals(lost)).findFirst().orElseThrow().anchorState())
                .isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void aCorrectionOfAnOutdatedVersionIsRefused() {
        articles.correctText(article.publicId(), article.text() + "\n\nAn update.", article.version());

        assertThatThrownBy(() -> articles.correctText(article.publicId(), article.text(), article.version()))
                .hasMessage("article.changed-meanwhile");
    }

    @Test
    void nearlyIdenticalStatementsAreFound() {
        String statement = "The Elbe bridge in Dresden cost 48 million euros to build " + System.nanoTime();
        UUID claimId = claimAt("48 million euros", statement);

        assertThat(claims.similarTo(statement.replace("to build", "to construct")))
                .extracting(SimilarClaim::claimId).contains(claimId);
    }

    @Test
    void aVerdictNeedsARationaleAndASourceOfTheClaim() {
        UUID claimId = claimAt("48 million euros");
        Rating mostlyTrue = rating("MOSTLY_TRUE");
        reviews.startResearch(claimId, reviews.status(claimId).orElseThrow().version());

        assertViolation(() -> verdicts.propose(claimId, mostlyTrue.id(), "Because.", Set.of(), null),
                "verdict.sources.none");
        UUID source = sources.addToClaim(claimId, source("https://www.dresden.de/bridge-cost"));
        assertViolation(() -> verdicts.propose(claimId, mostlyTrue.id(), "   ", Set.of(source), null),
                "verdict.rationale.empty");
        assertViolation(() -> verdicts.propose(claimId, mostlyTrue.id(), "Because.", Set.of(UUID.randomUUID()), null),
                "verdict.sources.not-of-claim");

        verdicts.propose(claimId, mostlyTrue.id(), "The city's **own figures** say so.", Set.of(source), null);

        Verdict verdict = claims.find(claimId).orElseThrow().verdict();
        assertThat(verdict.rating().code()).isEqualTo("MOSTLY_TRUE");
        assertThat(verdict.sourceIds()).containsExactly(source);
        assertThat(verdict.proposedBy()).isEqualTo("Demo Reviewer");
        // a second save based on an outdated version is stopped, not silently applied
        reviews.withdraw(claimId, reviews.status(claimId).orElseThrow().version());
        verdicts.propose(claimId, mostlyTrue.id(), "Revised.", Set.of(source), verdict.version());
        reviews.withdraw(claimId, reviews.status(claimId).orElseThrow().version());
        assertViolation(() -> verdicts.propose(claimId, rating("TRUE").id(), "Mine.", Set.of(source),
                verdict.version()), "verdict.changed-meanwhile");
    }

    @Test
    void aSourceServesSeveralClaimsAndMustBeAWebAddress() {
        UUID first = claimAt("48 million euros");
        UUID second = claimAt("Critics called it too expensive.");

        UUID a = sources.addToClaim(first, source("https://www.dresden.de/shared-source"));
        UUID b = sources.addToClaim(second, source("https://www.dresden.de/shared-source"));

        assertThat(a).isEqualTo(b);
        assertViolation(() -> sources.addToClaim(first, source("file:///etc/passwd")), "source.url.invalid");
        assertViolation(() -> sources.addToClaim(first, source("javascript:alert(1)")), "source.url.invalid");
    }

    @Test
    void archivingKeepsTheSourcePagesTextAndItsHash() {
        UUID claimId = claimAt("48 million euros");
        try (LocalWebServer site = LocalWebServer.start().page("/report", "text/html; charset=utf-8",
                "<html><head><title>Bridge report</title></head><body><article><h1>Bridge report</h1>"
                        + "<p>The final cost of the Elbe bridge was 48 million euros, according to the audit office "
                        + "report published in May.</p><p>The audit office found no irregularities.</p>"
                        + "</article></body></html>")) {
            UUID sourceId = sources.addToClaim(claimId, source(site.url("/report")));

            ClaimSource.Snapshot snapshot = sources.archive(sourceId);

            assertThat(snapshot.sha256()).hasSize(64);
            ClaimSource stored = claims.find(claimId).orElseThrow().sources().getFirst();
            assertThat(stored.snapshot()).isNotNull();
            assertThat(stored.snapshot().sha256()).isEqualTo(snapshot.sha256());
        }
    }

    @Test
    void aViewerReadsButCannotChangeClaims() {
        UUID claimId = claimAt("48 million euros");
        TestSignIn.signIn(context, "viewer", "viewer-demo");

        assertThat(claims.find(claimId)).isPresent();
        assertThatThrownBy(() -> claims.createAt(article.publicId(), 0, 5, draft("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.addToClaim(claimId, source("https://example.org/a")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> verdicts.propose(claimId, rating("TRUE").id(), "x", Set.of(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdminChangesTheRatingScale() {
        Rating trueRating = rating("TRUE");
        assertThatThrownBy(() -> ratings.update(trueRating)).isInstanceOf(AccessDeniedException.class);

        TestSignIn.signIn(context, "admin", "admin-demo");
        assertViolation(() -> ratings.update(new Rating(trueRating.id(), trueRating.code(), trueRating.label(),
                trueRating.description(), 9, trueRating.colour(), trueRating.position(), trueRating.version())),
                "rating.value.invalid");
        assertViolation(() -> ratings.update(new Rating(trueRating.id(), trueRating.code(), trueRating.label(),
                trueRating.description(), 5, "red", trueRating.position(), trueRating.version())),
                "rating.colour.invalid");
    }

    private UUID claimAt(String quote) {
        return claimAt(quote, "Claim about " + quote + " " + System.nanoTime());
    }

    private UUID claimAt(String quote, String statement) {
        int start = article.text().indexOf(quote);
        return claims.createAt(article.publicId(), start, start + quote.length(), draft(statement));
    }

    private int paragraphContaining(String words) {
        List<String> paragraphs = article.paragraphs();
        for (int index = 0; index < paragraphs.size(); index++) {
            if (paragraphs.get(index).contains(words)) {
                return index;
            }
        }
        throw new AssertionError("no paragraph holds " + words);
    }

    private Rating rating(String code) {
        return ratings.scale().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static ClaimDraft draft(String statement) {
        return new ClaimDraft(statement, "City of Dresden", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4),
                List.of("infrastructure"), Priority.NORMAL);
    }

    private static SourceDraft source(String url) {
        return new SourceDraft(url, "Audit report", "Audit office", null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 5), "The final cost was 48 million euros.", Stance.SUPPORTS);
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ClaimRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
