package org.claimdesk.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.publishing.ClaimReviewImportService;
import org.claimdesk.publishing.ClaimReviewSamples;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Import ClaimReview screen: paste or upload, and what became of each review, linked to its claim. */
class ImportClaimReviewViewTest extends KaribuTest {

    @Autowired
    ClaimReviewImportService imports;
    @Autowired
    ClaimService claims;

    @Test
    void aReviewerPastesAFeedAndSeesEachReviewsOutcome() {
        signInAs("reviewer");
        String known = ClaimReviewSamples.unique("efe_verifica_raw.jsonld");
        UUID knownClaim = imports.importClaimReviews(known).items().getFirst().claimId();
        String fresh = ClaimReviewSamples.unique("the_quint_raw.jsonld");
        String withoutClaim = ClaimReviewSamples.changed("afp_raw.jsonld", review -> review
                .put("url", "https://example.org/empty/" + UUID.randomUUID()).put("claimReviewed", " "));
        UI.getCurrent().navigate("claimreviews/import");

        _setValue(_get(TextArea.class, spec -> spec.withId("claimreview-input")),
                "[" + fresh + "," + known + "," + withoutClaim + "]");
        _click(_get(Button.class, spec -> spec.withId("claimreview-import-submit")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("claimreview-summary")).getText())
                .isEqualTo("Imported: 1 · already on the desk: 1 · not imported: 1");
        Div first = item(1);
        assertThat(first.getClassNames()).contains("cd-import-imported");
        Anchor claim = _get(first, Anchor.class);
        assertThat(claim.getText()).isEqualTo("Last Tweets of Sushant Singh Rajput shared on 14 June");
        UUID claimId = UUID.fromString(claim.getHref().substring("claims/".length()));
        assertThat(claims.find(claimId).orElseThrow().claimant()).isEqualTo("Facebook,WhatsApp,Twitter,media outlets");
        assertThat(text(first)).contains("Imported", "The Quint: “False” → False");
        assertThat(_get(item(2), Anchor.class).getHref()).isEqualTo("claims/" + knownClaim);
        assertThat(text(item(2))).contains("Already on the desk");
        assertThat(text(item(3))).contains("Not imported", "It names no claim (claimReviewed is empty).",
                "https://example.org/empty/");
        assertThat(_find(item(3), Anchor.class)).isEmpty();
    }

    @Test
    void anUploadedPageIsImported() {
        signInAs("reviewer");
        UI.getCurrent().navigate("claimreviews/import");
        String page = "<html><head><script type=\"application/ld+json\">"
                + ClaimReviewSamples.unique("tfc_taiwan_raw.jsonld") + "</script></head><body></body></html>";

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("claimreview-upload")), "check.html", "text/html",
                page.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("claimreview-summary")).getText())
                .startsWith("Imported: 1 ");
        assertThat(_get(item(1), Anchor.class).getText()).startsWith("圖卡");
        assertThat(text(item(1))).contains("台灣事實查核中心: “錯誤” → not mapped");
    }

    @Test
    void inputThatCannotBeReadIsRefusedInWords() {
        signInAs("reviewer");
        UI.getCurrent().navigate("claimreviews/import");

        _setValue(_get(TextArea.class, spec -> spec.withId("claimreview-input")), "{\"@type\": \"ClaimReview\",");
        _click(_get(Button.class, spec -> spec.withId("claimreview-import-submit")));

        String why = _get(Paragraph.class, spec -> spec.withId("claimreview-error")).getText();
        assertThat(why).startsWith("The JSON is broken at line 1, column");
        expectNotifications(why);
        _setValue(_get(TextArea.class, spec -> spec.withId("claimreview-input")), "");
        _click(_get(Button.class, spec -> spec.withId("claimreview-import-submit")));
        expectNotifications("There is nothing to import.");
    }

    @Test
    void anEditorFindsTheLabelMappingFromHereAndAReviewerDoesNot() {
        signInAs("reviewer");
        UI.getCurrent().navigate("claimreviews/import");
        assertThat(_find(RouterLink.class, spec -> spec.withId("label-mapping-link"))).isEmpty();

        signInAs("editor");
        UI.getCurrent().navigate("claimreviews/import");
        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId("label-mapping-link")).getHref());

        assertThat(_find(Component.class, spec -> spec.withId("label-mapping-view"))).hasSize(1);
    }

    @Test
    void aViewerCannotOpenIt() {
        signInAs("viewer");
        UI.getCurrent().navigate("claimreviews/import");

        assertThat(_find(TextArea.class, spec -> spec.withId("claimreview-input"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("access-denied-view"))).hasSize(1);
    }

    private static Div item(int position) {
        return _get(Div.class, spec -> spec.withId("claimreview-item-" + position));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
