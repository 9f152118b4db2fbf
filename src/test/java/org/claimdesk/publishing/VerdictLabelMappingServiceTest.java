package org.claimdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.publishing.ClaimReviewImportReport.Item;
import org.claimdesk.publishing.claimreview.VerdictMatch.Basis;
import org.claimdesk.review.ReviewService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.node.ObjectNode;

/** The verdict label mapping in the database: its defaults, editors' changes, and what they remap. */
@ClaimDeskIntegrationTest
class VerdictLabelMappingServiceTest {

    @Autowired
    VerdictLabelMappingService mappings;
    @Autowired
    ClaimReviewImportService imports;
    @Autowired
    ReviewService reviews;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void theMappingStartsFromTheXFactLabelMaps() {
        signIn("editor");

        assertThat(mappings.count("")).isGreaterThan(500);
        assertThat(mappings.list("Pants on Fire!", 0, 50)).anySatisfy(row -> {
            assertThat(row.site()).isEqualTo("politifact.com");
            assertThat(row.labelKey()).isEqualTo("pants on fire");
            assertThat(row.ratingCode()).isEqualTo("FALSE");
            assertThat(row.ratingLabel()).isEqualTo("False");
        });
        assertThat(mappings.list("politifact.com", 0, 100)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.site()).contains("politifact.com"));
        assertThat(mappings.list("full flop", 0, 10)).anySatisfy(row -> assertThat(row.ratingCode()).isNull());
        assertThat(mappings.count("%")).as("a filter is no LIKE pattern").isZero();
    }

    @Test
    void remappingALabelRemapsTheDraftsButNotClaimsInReviewAndLaterImportsFollow() {
        String label = "Zebra verdict " + Long.toString(System.nanoTime(), 36);
        signIn("reviewer");
        Item draft = importWithLabel(label, null);
        Item inResearch = importWithLabel(label, null);
        reviews.startResearch(inResearch.claimId(), reviews.status(inResearch.claimId()).orElseThrow().version());
        assertThat(draft.mappedRatingCode()).isNull();
        signIn("editor");

        int remapped = mappings.save(label.toUpperCase(java.util.Locale.ROOT) + "!", "", "FALSE");

        assertThat(remapped).isEqualTo(1);
        assertThat(review(draft).mappedRating().code()).isEqualTo("FALSE");
        assertThat(review(draft).mappedBy()).isEqualTo(Basis.EDITED_MAPPING);
        assertThat(review(inResearch).mappedRating()).as("a claim someone started on keeps its rating").isNull();
        assertThat(audit.historyOf(draft.claimId().toString())).anySatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("external-review");
            assertThat(entry.action()).isEqualTo("remapped");
            assertThat(entry.actor()).isEqualTo("editor");
            assertThat(entry.after()).contains("FALSE").contains("EDITED_MAPPING");
        });
        assertThat(mappings.list(label, 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.edited()).isTrue();
            assertThat(row.site()).isEmpty();
            assertThat(audit.history("verdict-label-mapping", String.valueOf(row.id())))
                    .singleElement().satisfies(entry -> assertThat(entry.action()).isEqualTo("created"));
        });

        signIn("reviewer");
        assertThat(importWithLabel(label, null).mappedRatingCode()).as("a later import").isEqualTo("FALSE");

        signIn("editor");
        assertThat(mappings.save(label, null, "MISLEADING")).isEqualTo(2);
        assertThat(review(draft).mappedRating().code()).isEqualTo("MISLEADING");
    }

    @Test
    void aMappingForOneSiteLeavesOtherSitesAlone() {
        String label = "Okapi rating " + Long.toString(System.nanoTime(), 36);
        signIn("editor");
        mappings.save(label, "https://www.checks.example.org/about", "TRUE");
        signIn("reviewer");

        Item onTheSite = importWithLabel(label, "https://checks.example.org/reviews/");
        Item elsewhere = importWithLabel(label, "https://other.example.net/reviews/");

        assertThat(onTheSite.mappedRatingCode()).isEqualTo("TRUE");
        assertThat(review(onTheSite).mappedBy()).isEqualTo(Basis.EDITED_MAPPING);
        assertThat(elsewhere.mappedRatingCode()).isNull();
        signIn("editor");
        assertThat(mappings.list(label, 0, 10)).extracting(LabelMappingRow::site).containsExactly("checks.example.org");
    }

    @Test
    void aLabelSetToNoVerdictLeavesItToTheRatingValue() {
        String label = "Gnu grade " + Long.toString(System.nanoTime(), 36);
        signIn("editor");
        mappings.save(label, null, null);
        signIn("reviewer");

        Item item = imports.importClaimReviews(ClaimReviewSamples.changed("india_today_mixed_ld_json_types.jsonld",
                review -> {
                    review.put("url", "https://example.org/gnu/" + UUID.randomUUID());
                    ((ObjectNode) review.get("reviewRating")).put("alternateName", label);
                })).items().getFirst();

        assertThat(item.mappedRatingCode()).isEqualTo("MIXED"); // 3 on 1 to 5
        assertThat(review(item).mappedBy()).isEqualTo(Basis.RATING_VALUE);
    }

    @Test
    void badMappingsAreRefusedInWords() {
        signIn("editor");

        assertThatThrownBy(() -> mappings.save(" !? ", null, "FALSE")).isInstanceOf(ClaimReviewImportViolation.class)
                .hasMessage("publishing.label-mapping.label-empty");
        assertThatThrownBy(() -> mappings.save("x".repeat(201), null, "FALSE"))
                .hasMessage("publishing.label-mapping.label-too-long");
        assertThatThrownBy(() -> mappings.save("Falso", "not a site", "FALSE"))
                .hasMessage("publishing.label-mapping.site-invalid");
        assertThatThrownBy(() -> mappings.save("Falso", null, "NONSENSE"))
                .hasMessage("publishing.label-mapping.rating-unknown");
    }

    @Test
    void onlyEditorsAndAdminsChangeTheMapping() {
        signIn("reviewer");

        assertThatThrownBy(() -> mappings.save("Falso", null, "FALSE")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mappings.count("")).isInstanceOf(AccessDeniedException.class);
        signIn("admin");
        assertThat(mappings.count("falso")).isPositive();
    }

    private Item importWithLabel(String label, @Nullable String site) {
        String url = (site == null ? "https://example.org/zebra/" : site) + UUID.randomUUID();
        return imports.importClaimReviews(ClaimReviewSamples.changed("tfc_taiwan_raw.jsonld", review -> {
            review.put("url", url);
            ((ObjectNode) review.get("reviewRating")).put("alternateName", label);
        })).items().getFirst();
    }

    private ExternalReview review(Item item) {
        return imports.externalReviews(item.claimId()).getFirst();
    }

    private void signIn(String user) {
        TestSignIn.signIn(context, user, user + "-demo");
    }
}
