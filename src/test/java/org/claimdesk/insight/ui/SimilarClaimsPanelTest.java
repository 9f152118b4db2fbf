package org.claimdesk.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.insight.SearchFixtures;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The "Similar claims" tab on a claim's page, marking a duplicate, and undoing the merge from the notice. */
class SimilarClaimsPanelTest extends KaribuTest {

    @Autowired
    SearchFixtures fixtures;
    @Autowired
    ReviewFixtures reviewFixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aViewerSeesTheEarlierSeedClaimWithItsRatingButCannotMerge() {
        signInAs("viewer");
        UUID moon = seedClaim("By 31 May 2018 Kim Jong Un had met South Korean President Moon Jae-in");

        openSimilar(moon);

        List<Div> cards = cards();
        assertThat(cards).isNotEmpty();
        Div xi = cards.getFirst();
        assertThat(xi.getElement().getTextRecursively())
                .contains("By 31 May 2018 Kim Jong Un had met Chinese President Xi Jinping", "Published", "True",
                        "% alike");
        assertThat(_find(panel(), Button.class)).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("merge-notices"))).isEmpty();
    }

    @Test
    void aReviewerMarksADuplicateConfirmsAndUndoesFromTheNotice() {
        signInAs("reviewer");
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Bridge news " + SearchFixtures.word(),
                "The new bridge cost 120 million euros. It opened in March.");
        UUID earlier = fixtures.claim(article, "The new bridge cost 120 million euros",
                "The new bridge cost 120 million euros " + word, "City", LocalDate.of(2026, 3, 1));
        clock.advance(Duration.ofMinutes(2));
        UUID later = fixtures.claim(article, "It opened in March",
                "The new bridge cost 120 million euro " + word, "City", LocalDate.of(2026, 3, 2));
        openSimilar(later);

        _click(_get(card(earlier), Button.class, spec -> spec.withClasses("mark-duplicate")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("will be merged into", "the earlier claim stays");
        ConfirmDialogKt._fireConfirm(confirm);

        expectNotifications("Merged into “The new bridge cost 120 million euros " + word + "”.");
        assertThat(location()).isEqualTo("claims/" + earlier);
        assertThat(claims.find(earlier).orElseThrow().appearances()).hasSize(2);
        Div notices = _get(Div.class, spec -> spec.withId("merge-notices"));
        assertThat(notices.getElement().getTextRecursively()).contains("Merged into this claim as a duplicate",
                "The new bridge cost 120 million euro " + word);
        assertThat(reviews.status(later).orElseThrow().state()).isEqualTo(ReviewState.ARCHIVED);

        _click(_get(notices, Button.class, spec -> spec.withClasses("undo-merge")));

        expectNotifications("“The new bridge cost 120 million euro " + word + "” is a claim of its own again.");
        assertThat(_find(Div.class, spec -> spec.withId("merge-notices"))).isEmpty();
        assertThat(claims.find(later).orElseThrow().appearances()).hasSize(1);
        assertThat(reviews.status(later).orElseThrow().state()).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void theDuplicatesPageSaysWhereItWentAndOffersUndo() {
        signInAs("reviewer");
        String word = SearchFixtures.word();
        UUID article = fixtures.pasted("Tunnel news " + SearchFixtures.word(),
                "The tunnel is 4 kilometres long. Work starts in May.");
        UUID earlier = fixtures.claim(article, "The tunnel is 4 kilometres long",
                "The tunnel is 4 kilometres long " + word, "City", LocalDate.of(2026, 3, 1));
        clock.advance(Duration.ofMinutes(2));
        UUID later = fixtures.claim(article, "Work starts in May", "The tunnel is four kilometres long " + word,
                "City", LocalDate.of(2026, 3, 2));
        claims.mergeDuplicate(later, claims.find(later).orElseThrow().version(), earlier,
                claims.find(earlier).orElseThrow().version());

        openSimilar(later);

        Div notices = _get(Div.class, spec -> spec.withId("merge-notices"));
        assertThat(notices.getElement().getTextRecursively()).contains("Merged as a duplicate by",
                "The tunnel is 4 kilometres long " + word, "Its discussion and history stay here");
        assertThat(_find(panel(), Button.class)).isEmpty();
        _click(_get(notices, Button.class, spec -> spec.withClasses("undo-merge")));
        assertThat(claims.merges(later)).isEmpty();
    }

    @Test
    void twoPublishedClaimsAreRefusedWithTheReason() {
        String word = SearchFixtures.word();
        UUID first = reviewFixtures.published("Ferry traffic doubled " + word);
        clock.advance(Duration.ofMinutes(2));
        UUID second = reviewFixtures.published("Ferry traffic doubled " + word);
        signInAs("reviewer");
        openSimilar(second);

        _click(_get(card(first), Button.class, spec -> spec.withClasses("mark-duplicate")));

        expectNotifications("Both claims have a published verdict (True). A published fact-check is never merged "
                + "away: archive one of them, with a reason, instead.");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(claims.merges(second)).isEmpty();
    }

    private void openSimilar(UUID claimId) {
        UI.getCurrent().navigate("claims/" + claimId);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_find(tabs, Tab.class).stream().filter(tab -> tab.getLabel().equals("Similar claims"))
                .findFirst().orElseThrow());
        MockVaadin.clientRoundtrip(false);
    }

    private UUID seedClaim(String statementStart) {
        return jdbc.sql("select public_id from claim where statement like :start")
                .param("start", statementStart + "%").query(UUID.class).single();
    }

    private static Div panel() {
        return _get(Div.class, spec -> spec.withId("similar-claims-panel"));
    }

    private static List<Div> cards() {
        return _find(panel(), Div.class, spec -> spec.withClasses("cd-similar-claim"));
    }

    private static Div card(UUID claimId) {
        return cards().stream().filter(card -> claimId.toString().equals(card.getElement().getAttribute("data-claim")))
                .findFirst().orElseThrow();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
