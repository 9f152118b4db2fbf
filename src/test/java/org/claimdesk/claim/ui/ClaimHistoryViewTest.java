package org.claimdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimHistoryViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void theHistoryTabShowsEachStepWithTheChangedFields() {
        signInAs("reviewer");
        UUID articleId = articles.importPasted(PastedArticle.of("Zoo news " + System.nanoTime()
                + "\n\nThe zoo welcomed 1.1 million visitors in 2025, its director said.")).articleId();
        String text = articles.find(articleId).orElseThrow().text();
        int start = text.indexOf("1.1 million visitors");
        UUID claimId = claims.createAt(articleId, start, start + "1.1 million visitors".length(),
                draft("The zoo had 1.1 million visitors in 2025 " + System.nanoTime()));
        claims.update(claimId, draft("The zoo had about 1.1 million visitors in 2025"),
                claims.find(claimId).orElseThrow().version());

        signInAs("viewer");
        UI.getCurrent().navigate("claims/" + claimId);
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_find(tabs, com.vaadin.flow.component.tabs.Tab.class).stream()
                .filter(tab -> tab.getLabel().equals("History")).findFirst().orElseThrow());

        Div history = _get(Div.class, spec -> spec.withId("claim-history"));
        List<String> steps = _find(history, Div.class, spec -> spec.withClasses("cd-history-entry")).stream()
                .map(step -> step.getElement().getTextRecursively()).toList();
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0)).contains("reviewer", "claim created");
        assertThat(steps.get(2)).contains("claim edited");
        assertThat(_find(history, ListItem.class)).anyMatch(item -> item.getText().startsWith("statement:")
                && item.getText().contains("about 1.1 million visitors"));
    }

    private static ClaimDraft draft(String statement) {
        return new ClaimDraft(statement, "Zoo", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), List.of(),
                Priority.NORMAL);
    }
}
