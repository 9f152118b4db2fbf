package org.claimdesk.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.discussion.CommentService;
import org.claimdesk.discussion.DiscussedClaims;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DiscussionTabTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    CommentService comments;

    private UUID claimId;

    @BeforeEach
    void createClaim() {
        signInAs("reviewer");
        claimId = DiscussedClaims.create(articles, claims);
    }

    @Test
    void anEmptyDiscussionSaysSo() {
        openDiscussion();

        assertThat(_find(discussion(), EmptyState.class)).hasSize(1);
        assertThat(cards()).isEmpty();
    }

    @Test
    void typedMarkupIsShownAsTextWithItsLineBreaksAndMentionsStandOut() {
        openDiscussion();
        TextArea body = _get(TextArea.class, spec -> spec.withId("comment-body"));
        _setValue(body, "<b>not bold</b> <script>alert(1)</script>\nsecond line for @editor");
        assertThat(body.getHelperText()).isEqualTo("65 of 10,000 characters");

        _click(_get(Button.class, spec -> spec.withId("post-comment")));

        assertThat(body.getValue()).isEmpty();
        Div text = _get(discussion(), Div.class, spec -> spec.withClasses("cd-comment-text"));
        assertThat(text.getElement().getTextRecursively())
                .isEqualTo("<b>not bold</b> <script>alert(1)</script>\nsecond line for @editor");
        assertThat(elementsUnder(discussion().getElement())).noneMatch(element ->
                !element.isTextNode() && List.of("b", "script").contains(element.getTag()));
        assertThat(_get(text, Span.class, spec -> spec.withClasses("cd-comment-mention")).getText())
                .isEqualTo("@editor");
        assertThat(cards().getFirst().getElement().getTextRecursively()).contains("Demo Reviewer");
    }

    @Test
    void aReviewerRepliesEditsAndDeletesThroughTheThread() {
        openDiscussion();
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-body")), "The mayor's figure includes student flats.");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));

        _click(button(cards().getFirst(), "cd-comment-reply-button"));
        _setValue(_get(cards().getFirst(), TextArea.class, spec -> spec.withClasses("cd-comment-input")),
                "Source: the housing office.");
        _click(button(cards().getFirst(), "cd-comment-submit"));

        assertThat(cards()).hasSize(2);
        assertThat(cards().get(1).getClassNames()).contains("cd-comment-reply");
        assertThat(cards().get(1).getElement().getTextRecursively()).contains("Source: the housing office.");

        _click(button(cards().getFirst(), "cd-comment-edit-button"));
        TextArea editor = _get(cards().getFirst(), TextArea.class, spec -> spec.withClasses("cd-comment-input"));
        assertThat(editor.getValue()).isEqualTo("The mayor's figure includes student flats.");
        _setValue(editor, "The mayor's figure includes 900 student flats.");
        _click(button(cards().getFirst(), "cd-comment-submit"));

        assertThat(textOf(cards().getFirst())).isEqualTo("The mayor's figure includes 900 student flats.");
        assertThat(_find(cards().getFirst(), Span.class, spec -> spec.withClasses("cd-comment-edited"))).hasSize(1);

        _click(button(cards().getFirst(), "cd-comment-delete-button"));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete-comment")));

        assertThat(cards().getFirst().getClassNames()).contains("cd-comment-deleted");
        assertThat(cards().getFirst().getElement().getTextRecursively()).startsWith("Comment deleted by Demo Reviewer")
                .doesNotContain("900 student flats");
        assertThat(textOf(cards().get(1))).isEqualTo("Source: the housing office.");
    }

    @Test
    void aRefusedCommentKeepsItsText() {
        openDiscussion();
        TextArea body = _get(TextArea.class, spec -> spec.withId("comment-body"));
        _setValue(body, "   ");

        _click(_get(Button.class, spec -> spec.withId("post-comment")));

        assertThat(cards()).isEmpty();
        assertThat(body.getValue()).isEqualTo("   ");
    }

    @Test
    void aViewerReadsTheThreadWithoutWriteControls() {
        UUID first = comments.post(claimId, null, "Read me");
        comments.post(claimId, first, "And me");
        signInAs("viewer");

        openDiscussion();

        assertThat(cards()).hasSize(2);
        assertThat(_find(TextArea.class, spec -> spec.withId("comment-body"))).isEmpty();
        assertThat(_find(discussion(), TextArea.class)).isEmpty();
        assertThat(_find(discussion(), Button.class)).isEmpty();
    }

    @Test
    void aChangeMadeElsewhereShowsUpWithoutReload() {
        openDiscussion();
        UI ui = UI.getCurrent();

        UI.setCurrent(null); // as if another browser tab posted it
        try {
            comments.post(claimId, null, "Posted in another tab");
        } finally {
            UI.setCurrent(ui);
        }
        MockVaadin.clientRoundtrip(false);

        assertThat(cards()).singleElement().satisfies(card -> assertThat(textOf(card)).isEqualTo("Posted in another tab"));
    }

    private void openDiscussion() {
        UI.getCurrent().navigate("claims/" + claimId);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_find(tabs, Tab.class).stream().filter(tab -> tab.getLabel().equals("Discussion"))
                .findFirst().orElseThrow());
        // the tab sheet attaches the chosen tab's content just before its response to the browser
        MockVaadin.clientRoundtrip(false);
    }

    private static Div discussion() {
        return _get(Div.class, spec -> spec.withId("discussion"));
    }

    private static List<Div> cards() {
        return _find(discussion(), Div.class, spec -> spec.withClasses("cd-comment"));
    }

    private static Button button(Div card, String className) {
        return _get(card, Button.class, spec -> spec.withClasses(className));
    }

    private static String textOf(Div card) {
        return _get(card, Div.class, spec -> spec.withClasses("cd-comment-text")).getElement().getTextRecursively();
    }

    private static Stream<Element> elementsUnder(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DiscussionTabTest::elementsUnder));
    }
}
