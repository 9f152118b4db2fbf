package org.claimdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.HistoryEntry;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people edit the same claim: the second save is stopped, shows who changed what meanwhile, and
 * lets the person reload or re-apply. Nothing is silently overwritten.
 */
class ClaimConflictViewTest extends KaribuTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimService claims;

    private UUID claimEditedMeanwhile() {
        fixtures.signIn("reviewer");
        UUID claimId = fixtures.draft("The harbour handled 8.1 million containers");
        signInAs("reviewer");
        UI.getCurrent().navigate("claims/" + claimId);
        _click(_get(Button.class, spec -> spec.withId("edit-claim")));
        _setValue(_get(TextArea.class, spec -> spec.withId("claim-statement")), "Mine: 8.1 million TEU in 2025");

        // the other session: the editor saves first
        TestSignIn.signIn(context, "editor", "editor-demo");
        var current = claims.find(claimId).orElseThrow();
        claims.update(claimId, new org.claimdesk.claim.ClaimDraft("Theirs: 8.1 million containers handled",
                current.claimant(), current.claimDate(), current.asOfDate(), current.tags(), current.priority()),
                current.version());
        signInAs("reviewer");
        return claimId;
    }

    @Test
    void theSecondSaveShowsWhoChangedWhatAndCanReApply() {
        UUID claimId = claimEditedMeanwhile();

        _click(_get(Button.class, spec -> spec.withId("save-claim-edit")));

        Div changes = _get(Div.class, spec -> spec.withId("conflict-changes"));
        assertThat(changes.getElement().getTextRecursively()).contains("editor", "Theirs: 8.1 million containers");
        assertThat(claims.find(claimId).orElseThrow().statement()).startsWith("Theirs");

        _click(_get(Button.class, spec -> spec.withId("conflict-reapply")));

        assertThat(claims.find(claimId).orElseThrow().statement()).isEqualTo("Mine: 8.1 million TEU in 2025");
        assertThat(claims.history(claimId)).extracting(HistoryEntry::actor).containsSubsequence("editor", "reviewer");
        assertThat(_get(H2.class, spec -> spec.withId("claim-statement-heading")).getText()).startsWith("Mine");
    }

    @Test
    void reloadingKeepsTheOtherPersonsChange() {
        UUID claimId = claimEditedMeanwhile();

        _click(_get(Button.class, spec -> spec.withId("save-claim-edit")));
        _click(_get(Button.class, spec -> spec.withId("conflict-reload")));

        assertThat(claims.find(claimId).orElseThrow().statement()).startsWith("Theirs");
        assertThat(_get(H2.class, spec -> spec.withId("claim-statement-heading")).getText()).startsWith("Theirs");
        assertThat(_find(Div.class, spec -> spec.withId("conflict-changes"))).isEmpty();
    }
}
