package org.claimdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workflow panel on a claim's page offers exactly the steps the person may take, and takes them. */
class WorkflowPanelTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;

    @Test
    void theProposerSeesWithdrawButNoApprovalAndIsToldWhy() {
        UUID claimId = fixtures.proposedByReviewer("Proposer's view");
        signInAs("reviewer");
        UI.getCurrent().navigate("claims/" + claimId);

        assertThat(_get(Span.class, spec -> spec.withClasses("cd-state-badge")).getText()).isEqualTo("Verdict proposed");
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("workflow-four-eyes")).getText())
                .contains("someone else must approve");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verdict-closed")).getText())
                .contains("awaiting approval");
    }

    @Test
    void anEditorRejectsWithACommentThatTheProposerThenReads() {
        UUID claimId = fixtures.proposedByReviewer("Editor rejects in the UI");
        signInAs("editor");
        UI.getCurrent().navigate("claims/" + claimId);

        _click(_get(Button.class, spec -> spec.withId("reject")));
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("review-reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("review-reason")), "Add the <b>customs</b> figures.");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));

        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.IN_RESEARCH);
        signInAs("reviewer");
        UI.getCurrent().navigate("claims/" + claimId);
        Paragraph rejection = _get(Paragraph.class, spec -> spec.withId("workflow-rejection"));
        assertThat(rejection.getText()).contains("Demo Editor", "Add the <b>customs</b> figures.");
        assertThat(rejection.getElement().getChildren()).allMatch(child -> child.isTextNode());
    }

    @Test
    void anEditorApprovesAndThePublicationIsListed() {
        UUID claimId = fixtures.proposedByReviewer("Editor approves in the UI");
        signInAs("editor");
        UI.getCurrent().navigate("claims/" + claimId);

        _click(_get(Button.class, spec -> spec.withId("approve")));

        assertThat(_get(Span.class, spec -> spec.withClasses("cd-state-badge")).getText()).isEqualTo("Published");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("cd-publication")))
                .singleElement().satisfies(line -> assertThat(line.getText())
                        .contains("True", "Demo Reviewer", "approved by Demo Editor"));
        assertThat(_find(Button.class, spec -> spec.withId("start-correction"))).hasSize(1);
    }

    @Test
    void aViewerSeesTheStateButNoSteps() {
        UUID claimId = fixtures.proposedByReviewer("Viewer's view");
        signInAs("viewer");
        UI.getCurrent().navigate("claims/" + claimId);

        assertThat(_get(Span.class, spec -> spec.withId("workflow-assignee")).getText())
                .isEqualTo("Assigned to Demo Reviewer");
        assertThat(_find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("workflow")),
                Button.class)).isEmpty();
    }

    @Test
    void aStartedResearchOpensTheVerdictForm() {
        fixtures.signIn("reviewer");
        UUID claimId = fixtures.draft("Draft in the UI");
        signInAs("reviewer");
        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_find(Button.class, spec -> spec.withId("save-verdict"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("start-research")));

        assertThat(_find(Button.class, spec -> spec.withId("save-verdict"))).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("workflow-assignee")).getText())
                .isEqualTo("Assigned to Demo Reviewer");
    }
}
