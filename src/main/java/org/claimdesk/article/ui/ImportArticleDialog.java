package org.claimdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Supplier;
import org.claimdesk.article.ArticleImportException;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportResult;
import org.claimdesk.article.PastedArticle;

/** The three ways to bring an article onto the desk: paste its text, upload a file, or give its address. */
class ImportArticleDialog extends Dialog {

    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    private final ArticleService articles;

    /** The language choice for "another language, or not known": the article is then searched word for word. */
    private static final String OTHER_LANGUAGE = "other";

    ImportArticleDialog(ArticleService articles) {
        this.articles = articles;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(52rem, 95vw)");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("import.paste"), pasteTab());
        tabs.add(getTranslation("import.upload"), uploadTab());
        tabs.add(getTranslation("import.address"), addressTab());
        add(tabs);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
    }

    private Div pasteTab() {
        TextArea text = new TextArea(getTranslation("import.paste.text"));
        text.setHelperText(getTranslation("import.paste.help"));
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setId("import-text");
        TextField url = new TextField(getTranslation("import.paste.url"));
        url.setId("import-original-url");
        TextField publisher = new TextField(getTranslation("import.paste.publisher"));
        publisher.setId("import-publisher");
        DatePicker published = new DatePicker(getTranslation("import.paste.published"));
        published.setId("import-published");
        // Plain text does not say its language; search reads English and German with their stemming.
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("import.paste.language"));
        language.setItems(OTHER_LANGUAGE, "en", "de");
        language.setItemLabelGenerator(tag -> getTranslation("import.paste.language." + tag));
        language.setValue(OTHER_LANGUAGE);
        language.setId("import-language");
        Button importText = new Button(getTranslation("import.paste.submit"), click -> run(() -> articles.importPasted(
                new PastedArticle(text.getValue(), url.getValue(), publisher.getValue(), published.getValue(),
                        OTHER_LANGUAGE.equals(language.getValue()) ? null : language.getValue()))));
        importText.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importText.setId("import-paste-submit");
        return new Div(text, new FormLayout(url, publisher, published, language), importText);
    }

    private Div uploadTab() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) ->
                run(() -> articles.importFile(metadata.fileName(), content))));
        upload.setAcceptedFileTypes(".html", ".htm", ".txt", "text/html", "text/plain");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        upload.addFileRejectedListener(rejected -> error(getTranslation("import.upload.rejected",
                MAX_UPLOAD_BYTES / (1024 * 1024))));
        return new Div(new Paragraph(getTranslation("import.upload.help")), upload);
    }

    private Div addressTab() {
        TextField address = new TextField(getTranslation("import.address.url"));
        address.setWidthFull();
        address.setPlaceholder("https://");
        address.setId("import-url");
        Button fetch = new Button(getTranslation("import.address.submit"),
                click -> run(() -> articles.importUrl(address.getValue())));
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.setId("import-url-submit");
        fetch.setDisableOnClick(true);
        fetch.addClickListener(click -> fetch.setEnabled(true));
        return new Div(new Paragraph(getTranslation("import.address.help")), address, fetch);
    }

    private void run(Supplier<ImportResult> importing) {
        try {
            ImportResult result = importing.get();
            close();
            if (result.alreadyImported()) {
                Notification.show(getTranslation("import.already"), 5000, Notification.Position.BOTTOM_START);
            }
            getUI().ifPresent(ui -> ui.navigate("articles/" + result.articleId()));
        } catch (ArticleImportException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
