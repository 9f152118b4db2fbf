package org.claimdesk.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The paste tab of the import dialog: the language the reviewer names is the article's. */
class ImportArticleDialogTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    @Test
    void pastedTextTakesTheLanguageChosenForIt() {
        signInAs("reviewer");
        UI.getCurrent().navigate("articles");
        _click(_get(Button.class, spec -> spec.withId("import-article")));

        _get(TextArea.class, spec -> spec.withId("import-text")).setValue("Bundestag votes on budget "
                + System.nanoTime() + "\n\nThe Bundestag approved a budget of 480 billion euros on Friday, the "
                + "finance ministry said.");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("import-language"));
        assertThat(language.getValue()).isEqualTo("other");
        language.setValue("de");
        _click(_get(Button.class, spec -> spec.withId("import-paste-submit")));

        String opened = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(opened).startsWith("articles/");
        UUID articleId = UUID.fromString(opened.substring("articles/".length()));
        assertThat(articles.find(articleId).orElseThrow().language()).isEqualTo("de");
    }

    @Test
    void pastedTextWithoutALanguageHasNone() {
        signInAs("reviewer");
        UI.getCurrent().navigate("articles");
        _click(_get(Button.class, spec -> spec.withId("import-article")));

        _get(TextArea.class, spec -> spec.withId("import-text")).setValue("Port figures " + System.nanoTime()
                + "\n\nThe port handled 8.1 million containers in 2025, the port authority said.");
        _click(_get(Button.class, spec -> spec.withId("import-paste-submit")));

        String opened = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        UUID articleId = UUID.fromString(opened.substring("articles/".length()));
        assertThat(articles.find(articleId).orElseThrow().language()).isNull();
    }
}
