package org.claimdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleOrigin;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleReaderViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void showsTheSeedWithEveryClaimMarkedAndOverlapsDrawnDeeper() {
        signInAs("viewer");
        UI.getCurrent().navigate("articles/" + seedId());

        List<Span> marks = marks();
        assertThat(marks).isNotEmpty();
        assertThat(marks).anyMatch(mark -> mark.getClassNames().contains("cd-depth-2")
                && mark.getElement().getAttribute("data-claims").split(" ").length == 2);
        assertThat(_find(Component.class).stream().filter(c -> c.getClassNames().contains("cd-claim-card")).count())
                .isGreaterThanOrEqualTo(8);
        assertThat(_get(Anchor.class, spec -> spec.withId("article-claims-in-queue")).getHref())
                .isEqualTo("claims?queue=all&article=" + seedId());
        assertThat(_get(Anchor.class, spec -> spec.withId("article-claims-report")).getHref())
                .isEqualTo("reports?article=" + seedId());
    }

    @Test
    void aViewerHasNoNewClaimButton() {
        signInAs("viewer");
        UI.getCurrent().navigate("articles/" + seedId());

        assertThat(_find(Button.class, spec -> spec.withId("new-claim"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("accept-suggestion"))).isEmpty();
    }

    @Test
    void newClaimWithoutASelectionAsksForOne() {
        signInAs("reviewer");
        UI.getCurrent().navigate("articles/" + seedId());

        _get(ArticleReaderView.class).openFromSelection("");

        expectNotifications("Select the words of the claim in the article text first.");
    }

    @Test
    void aSelectionBecomesAClaimMarkedInTheText() {
        signInAs("reviewer");
        UUID articleId = articles.importPasted(PastedArticle.of("Port news " + System.nanoTime()
                + "\n\nHamburg handled 7.7 million containers in 2025, the port authority said.")).articleId();
        UI.getCurrent().navigate("articles/" + articleId);
        int paragraph = paragraphIndexContaining("7.7 million containers");
        String text = paragraphText(paragraph);
        int start = text.indexOf("7.7 million containers");

        _get(ArticleReaderView.class).openFromSelection(
                paragraph + "," + start + "," + paragraph + "," + (start + "7.7 million containers".length()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("new-claim-quote")).getText())
                .contains("7.7 million containers");
        _get(TextArea.class, spec -> spec.withId("claim-statement"))
                .setValue("Hamburg handled 7.7 million containers in 2025 " + System.nanoTime());
        _click(_get(Button.class, spec -> spec.withId("save-claim")));

        assertThat(claims.claimsIn(articleId)).singleElement()
                .satisfies(claim -> assertThat(claim.quote()).isEqualTo("7.7 million containers"));
        assertThat(marks()).anyMatch(mark -> mark.getText().equals("7.7 million containers"));
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRunAsMarkup() {
        signInAs("reviewer");
        String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> The mayor said 40 buses "
                + "were bought in 2025.";
        UUID articleId = articles.importPasted(PastedArticle.of("Hostile " + System.nanoTime() + "\n\n" + hostile))
                .articleId();
        UI.getCurrent().navigate("articles/" + articleId);

        assertThat(_find(Html.class)).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()).toList())
                .anyMatch(text -> text.contains("<script>alert('x')</script>"));
    }

    @Test
    void aCorrectionReanchorsTheClaimsAndFlagsTheLostOnes() {
        signInAs("reviewer");
        UUID articleId = articles.importPasted(PastedArticle.of("Rail news " + System.nanoTime()
                + "\n\nThe new line carries 40,000 passengers a day. It cost 2 billion euros, the operator said."))
                .articleId();
        String text = articles.find(articleId).orElseThrow().text();
        int kept = text.indexOf("40,000 passengers a day");
        int lost = text.indexOf("2 billion euros");
        claims.createAt(articleId, kept, kept + "40,000 passengers a day".length(), draft("Passengers " + System.nanoTime()));
        claims.createAt(articleId, lost, lost + "2 billion euros".length(), draft("Cost " + System.nanoTime()));
        UI.getCurrent().navigate("articles/" + articleId);

        _click(_get(Button.class, spec -> spec.withId("correct-text")));
        TextArea corrected = _get(TextArea.class, spec -> spec.withId("corrected-text"));
        corrected.setValue("An update was added at the top.\n\n" + corrected.getValue().replace(
                " It cost 2 billion euros, the operator said.", ""));
        _click(_get(Button.class, spec -> spec.withId("save-corrected-text")));

        assertThat(marks()).anyMatch(mark -> mark.getText().equals("40,000 passengers a day"));
        assertThat(_find(Span.class).stream().filter(span -> span.getClassNames().contains("cd-orphaned")))
                .hasSize(1);
    }

    @Test
    void aSuggestionIsAcceptedAsAClaimOrDismissed() {
        signInAs("reviewer");
        UUID articleId = articles.importPasted(PastedArticle.of("Harbour report " + System.nanoTime()
                + "\n\nThe port of Hamburg handled 7.7 million containers in 2025, the port authority said on "
                + "Friday.\n\nExports to China fell by 12 percent compared with 2024, according to the statistics "
                + "office.")).articleId();
        UI.getCurrent().navigate("articles/" + articleId);
        assertThat(_find(Button.class, spec -> spec.withClasses("accept-suggestion"))).hasSize(2);

        _click(_get(suggestionCard("Exports to China"), Button.class, spec -> spec.withClasses("dismiss-suggestion")));
        _click(_get(suggestionCard("port of Hamburg"), Button.class, spec -> spec.withClasses("accept-suggestion")));
        _get(TextArea.class, spec -> spec.withId("claim-statement"))
                .setValue("Hamburg handled 7.7 million containers in 2025 " + System.nanoTime());
        _click(_get(Button.class, spec -> spec.withId("save-claim")));

        assertThat(claims.claimsIn(articleId)).singleElement()
                .satisfies(claim -> assertThat(claim.quote()).startsWith("The port of Hamburg handled"));
        assertThat(_find(Button.class, spec -> spec.withClasses("accept-suggestion"))).isEmpty();
    }

    private static Component suggestionCard(String words) {
        return _find(Component.class).stream().filter(c -> c.getClassNames().contains("cd-suggestion"))
                .filter(c -> c.getElement().getTextRecursively().contains(words)).findFirst().orElseThrow();
    }

    private static org.claimdesk.claim.ClaimDraft draft(String statement) {
        return new org.claimdesk.claim.ClaimDraft(statement, null, null, null, List.of(),
                org.claimdesk.claim.Priority.NORMAL);
    }

    private UUID seedId() {
        return articles.list(0, 100).stream().filter(a -> a.origin() == ArticleOrigin.PASTED)
                .filter(a -> a.title().equals("Lavrov meets Kim Jong Un in North Korea")).findFirst().orElseThrow()
                .publicId();
    }

    private static List<Span> marks() {
        return _find(Span.class).stream().filter(span -> span.getClassNames().contains("cd-claim-mark")).toList();
    }

    private static int paragraphIndexContaining(String words) {
        return _find(Paragraph.class).stream()
                .filter(p -> p.getElement().hasAttribute("data-paragraph"))
                .filter(p -> p.getElement().getTextRecursively().contains(words))
                .map(p -> Integer.parseInt(p.getElement().getAttribute("data-paragraph")))
                .findFirst().orElseThrow();
    }

    private static String paragraphText(int index) {
        return _find(Paragraph.class).stream()
                .filter(p -> String.valueOf(index).equals(p.getElement().getAttribute("data-paragraph")))
                .findFirst().orElseThrow().getElement().getTextRecursively();
    }
}
