package org.claimdesk.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.UUID;
import java.util.stream.Stream;
import org.claimdesk.publishing.ClaimReviewImportService;
import org.claimdesk.publishing.ClaimReviewSamples;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** An imported claim's page shows the other fact-checker's review; other claims' pages do not. */
class ExternalReviewPartTest extends KaribuTest {

    @Autowired
    ClaimReviewImportService imports;
    @Autowired
    ReviewFixtures fixtures;

    @Test
    void theClaimPageShowsWhoReviewedItWhereWhenAndWithWhatVerdict() {
        signInAs("reviewer");
        String url = "https://factcheck.example.org/" + UUID.randomUUID();
        UUID claimId = imports.importClaimReviews(ClaimReviewSamples.withUrl("afp_raw.jsonld", url))
                .items().getFirst().claimId();

        signInAs("viewer");
        UI.getCurrent().navigate("claims/" + claimId);

        Div part = _get(Div.class, spec -> spec.withId("external-reviews"));
        assertThat(_get(part, Div.class, spec -> spec.withId("external-review-publisher")).getElement()
                .getTextRecursively()).contains("AFP Fact Check");
        Anchor publisher = _get(_get(part, Div.class, spec -> spec.withId("external-review-publisher")), Anchor.class);
        assertThat(publisher.getHref()).isEqualTo("https://factcheck.afp.com/");
        Anchor review = _get(_get(part, Div.class, spec -> spec.withId("external-review-link")), Anchor.class);
        assertThat(review.getHref()).isEqualTo(url);
        assertThat(review.getElement().getAttribute("rel")).contains("noopener", "nofollow");
        assertThat(text(part, "external-review-date")).contains("Jun 24, 2020");
        assertThat(text(part, "external-review-label")).contains("“False”", "(1 on a scale from 1 to 5)");
        Div mapped = _get(part, Div.class, spec -> spec.withId("external-review-mapped"));
        assertThat(_get(mapped, Span.class, spec -> spec.withClasses("cd-rating-badge")).getText()).isEqualTo("False");
        assertThat(mapped.getElement().getTextRecursively()).contains("by a common label");
        assertThat(_find(_get(part, Div.class, spec -> spec.withId("external-review-appearances")), Anchor.class))
                .singleElement().satisfies(anchor -> assertThat(anchor.getHref()).startsWith("https://www.facebook.com/"));
    }

    @Test
    void importedMarkupIsShownAsTextAndAnUnmappedVerdictSaysSo() {
        signInAs("reviewer");
        UUID claimId = imports.importClaimReviews(ClaimReviewSamples.changed("tfc_taiwan_raw.jsonld", review -> {
            review.put("url", "https://example.org/markup/" + UUID.randomUUID());
            ((ObjectNode) review.get("author")).put("name", "Fact &lt;img src=x onerror=alert(1)&gt; Centre");
        })).items().getFirst().claimId();

        UI.getCurrent().navigate("claims/" + claimId);

        Div part = _get(Div.class, spec -> spec.withId("external-reviews"));
        assertThat(text(part, "external-review-publisher")).contains("Fact <img src=x onerror=alert(1)> Centre");
        assertThat(descendants(part.getElement())).noneMatch(element -> !element.isTextNode()
                && element.getTag().equals("img"));
        assertThat(text(part, "external-review-mapped")).contains("Not mapped: choose the rating when you review");
    }

    @Test
    void aClaimThatWasNotImportedShowsNoExternalReview() {
        signInAs("reviewer");
        UUID claimId = fixtures.draft("Not imported");

        UI.getCurrent().navigate("claims/" + claimId);

        assertThat(_find(Component.class, spec -> spec.withId("claim-view"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("external-reviews"))).isEmpty();
    }

    private static String text(Div part, String id) {
        return _get(part, Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ExternalReviewPartTest::descendants));
    }
}
