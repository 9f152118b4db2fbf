package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleImportException;
import org.claimdesk.article.ArticleService;

/**
 * Corrects an article's stored text (a fixed typo, an update by the outlet). Claims find their quotes
 * again afterwards; one whose words are gone is flagged orphaned.
 */
class CorrectTextDialog extends Dialog {

    CorrectTextDialog(ArticleService articles, Article article, Runnable onSaved) {
        setHeaderTitle(getTranslation("reader.correct.title"));
        setWidth("min(60rem, 95vw)");
        TextArea text = new TextArea();
        text.setValue(article.text());
        text.setWidthFull();
        text.setHeight("60vh");
        text.setId("corrected-text");
        add(new Paragraph(getTranslation("reader.correct.help")), text);
        Button save = new Button(getTranslation("reader.correct.save"), click -> {
            try {
                articles.correctText(article.publicId(), text.getValue(), article.version());
                close();
                Toasts.success(getTranslation("reader.correct.saved"));
                onSaved.run();
            } catch (ArticleImportException refused) {
                Toasts.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-corrected-text");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
