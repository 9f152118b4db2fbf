package org.claimdesk.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.publishing.ClaimReviewImportReport;
import org.claimdesk.publishing.ClaimReviewImportReport.Item;
import org.claimdesk.publishing.ClaimReviewImportReport.Outcome;
import org.claimdesk.publishing.ClaimReviewImportService;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;

/**
 * Brings other fact-checkers' reviews onto the desk: paste ClaimReview JSON-LD, a DataFeed or a page's source,
 * or upload the file; then see what became of each review, with a link to its claim.
 */
@Route("claimreviews/import")
@Menu(order = 25, title = "nav.claimreview-import", icon = "vaadin:download-alt")
@RolesAllowed(Roles.REVIEWER)
class ImportClaimReviewView extends Main implements HasDynamicTitle {

    private final ClaimReviewImportService imports;
    private final RatingScaleService ratings;
    private final Div results = new Div();

    ImportClaimReviewView(ClaimReviewImportService imports, RatingScaleService ratings, CurrentUser currentUser) {
        this.imports = imports;
        this.ratings = ratings;
        addClassName("cd-view");
        setId("claimreview-import-view");
        add(new ViewIntro(getTranslation("claimreview-import.intro")));
        TextArea input = new TextArea(getTranslation("claimreview-import.paste"));
        input.setId("claimreview-input");
        input.setHelperText(getTranslation("claimreview-import.paste.help"));
        input.setWidthFull();
        input.setMinHeight("12rem");
        input.setMaxHeight("24rem");
        Button importPasted = new Button(getTranslation("claimreview-import.submit"), click -> run(input.getValue()));
        importPasted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importPasted.setId("claimreview-import-submit");
        add(input, new Div(importPasted), new H3(getTranslation("claimreview-import.upload")), upload());
        if (currentUser.find().map(user -> user.has(Role.EDITOR)).orElse(false)) {
            RouterLink mapping = new RouterLink(getTranslation("label-mapping.open"), LabelMappingView.class);
            mapping.setId("label-mapping-link");
            add(new Paragraph(mapping));
        }
        results.setId("claimreview-results");
        add(results);
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, content) ->
                run(new String(content, StandardCharsets.UTF_8))));
        upload.setId("claimreview-upload");
        upload.setAcceptedFileTypes(".json", ".jsonld", ".html", ".htm", "application/json", "application/ld+json",
                "text/html");
        upload.setMaxFileSize(ClaimReviewImportException.maxBytes());
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> error(getTranslation("claimreview-import.upload.rejected",
                ClaimReviewImportException.maxBytes() / (1024 * 1024))));
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        return upload;
    }

    private void run(String input) {
        results.removeAll();
        try {
            show(imports.importClaimReviews(input));
        } catch (TranslatableException refused) {
            Paragraph why = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            why.setId("claimreview-error");
            why.addClassName("cd-error-text");
            results.add(why);
            error(why.getText());
        }
    }

    private void show(ClaimReviewImportReport report) {
        Paragraph summary = new Paragraph(getTranslation("claimreview-import.summary", report.count(Outcome.IMPORTED),
                report.count(Outcome.ALREADY_IMPORTED), report.count(Outcome.FAILED)));
        summary.setId("claimreview-summary");
        results.add(summary);
        Map<String, Rating> scale = ratings.scale().stream()
                .collect(Collectors.toMap(Rating::code, Function.identity()));
        report.items().forEach(item -> results.add(row(item, scale)));
    }

    private Div row(Item item, Map<String, Rating> scale) {
        String outcome = item.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Div row = new Div();
        row.addClassNames("cd-card", "cd-import-result", "cd-import-" + outcome);
        row.setId("claimreview-item-" + item.position());
        Span badge = new Span(getTranslation("claimreview-import.outcome." + outcome));
        badge.addClassNames("cd-state-badge", "cd-import-outcome");
        Span position = new Span("#" + item.position());
        position.addClassName("cd-note");
        Div head = new Div(badge, position);
        head.addClassName("cd-import-result-head");
        row.add(head);
        String statement = item.claimReviewed() == null ? getTranslation("claimreview-import.no-claim")
                : item.claimReviewed();
        if (item.claimId() != null) {
            Anchor claim = new Anchor("claims/" + item.claimId(), statement);
            claim.addClassName("cd-import-claim");
            row.add(new Div(claim));
        } else {
            row.add(new Div(new Span(statement)));
        }
        String reviewer = item.factChecker() == null ? "" : item.factChecker();
        if (item.ratingLabel() != null) {
            Rating mapped = item.mappedRatingCode() == null ? null : scale.get(item.mappedRatingCode());
            reviewer = getTranslation("claimreview-import.verdict", reviewer, item.ratingLabel(),
                    mapped == null ? getTranslation("claimreview-import.not-mapped") : mapped.label());
        }
        if (!reviewer.isBlank()) {
            Span verdict = new Span(reviewer);
            verdict.addClassName("cd-note");
            row.add(new Div(verdict));
        }
        if (item.reviewUrl() != null) {
            Span address = new Span(item.reviewUrl().toString());
            address.addClassNames("cd-note", "cd-import-address");
            row.add(new Div(address));
        }
        if (item.problemKey() != null) {
            Paragraph problem = new Paragraph(getTranslation(item.problemKey(), item.problemArguments().toArray()));
            problem.addClassNames("cd-error-text", "cd-import-problem");
            row.add(problem);
        }
        return row;
    }

    private static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claimreview-import.title");
    }
}
