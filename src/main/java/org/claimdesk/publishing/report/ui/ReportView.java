package org.claimdesk.publishing.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.publishing.report.ReportFormat;
import org.claimdesk.publishing.report.ReportRefused;
import org.claimdesk.publishing.report.ReportScope;
import org.claimdesk.publishing.report.ReportService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;

/**
 * Reports: choose a scope and a format, see how many claims the report will hold, and download it. The
 * file is written while it downloads; a progress bar follows long exports. Only editors see the review
 * states: everyone else exports published claims.
 */
@Route("reports")
@Menu(order = 35, title = "nav.reports", icon = "vaadin:file-text-o")
@RolesAllowed(Roles.VIEWER)
class ReportView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ReportService reports;
    private final ArticleService articleService;
    private final boolean mayChooseStates;

    private final ComboBox<ArticleSummary> article = new ComboBox<>();
    private final Select<ReportScope.DateBasis> dateBasis = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField tags = new TextField();
    private final MultiSelectComboBox<Rating> ratings = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ReviewState> states = new MultiSelectComboBox<>();
    private final Select<ReportFormat> format = new Select<>();
    private final Paragraph count = new Paragraph();
    private final Anchor download;
    private final ProgressBar progressBar = new ProgressBar();
    private final Paragraph progressText = new Paragraph();

    private volatile ReportRequest current;

    ReportView(ReportService reports, ArticleService articles, RatingScaleService ratingScale, CurrentUser currentUser,
            Clock clock) {
        this.reports = reports;
        this.articleService = articles;
        this.mayChooseStates = currentUser.find().map(user -> user.has(Role.EDITOR)).orElse(false);
        this.current = new ReportRequest(ReportScope.published(), ReportFormat.PDF, getLocale());
        addClassNames("cd-view", "cd-report");
        setId("report-view");
        download = new Anchor(new ReportDownload(reports, () -> current, clock, new ShownProgress()),
                getTranslation("report.download"));
        add(new ViewIntro(getTranslation("report.intro")), scopeFields(articles, ratingScale), formatAndDownload());
        showCount();
    }

    /** {@code reports?article=<id>} opens the form scoped to that article, as the article reader links it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("article")
                .flatMap(ReportView::uuid).flatMap(articleService::find)
                .map(found -> new ArticleSummary(found.publicId(), found.title(), found.publisher(),
                        found.publishedAt(), found.origin(), found.importedAt()))
                .ifPresent(article::setValue);
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return java.util.Optional.empty();
        }
    }

    private Div scopeFields(ArticleService articles, RatingScaleService ratingScale) {
        article.setLabel(getTranslation("report.field.article"));
        article.setPlaceholder(getTranslation("report.field.article.any"));
        article.setItems(query -> articles.list(query.getOffset(), query.getLimit()).stream());
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setClearButtonVisible(true);
        article.setId("report-article");
        dateBasis.setLabel(getTranslation("report.field.date-basis"));
        dateBasis.setItems(ReportScope.DateBasis.values());
        dateBasis.setItemLabelGenerator(basis -> getTranslation("report.field.date-basis." + basis.name()));
        dateBasis.setValue(ReportScope.DateBasis.CLAIM_DATE);
        dateBasis.setId("report-date-basis");
        from.setLabel(getTranslation("report.field.from"));
        from.setClearButtonVisible(true);
        from.setId("report-from");
        to.setLabel(getTranslation("report.field.to"));
        to.setClearButtonVisible(true);
        to.setId("report-to");
        tags.setLabel(getTranslation("report.field.tags"));
        tags.setHelperText(getTranslation("report.field.tags.helper"));
        tags.setClearButtonVisible(true);
        tags.setValueChangeMode(ValueChangeMode.LAZY);
        tags.setId("report-tags");
        ratings.setLabel(getTranslation("report.field.ratings"));
        ratings.setItems(ratingScale.scale());
        ratings.setItemLabelGenerator(Rating::label);
        ratings.setId("report-ratings");
        states.setLabel(getTranslation("report.field.states"));
        states.setHelperText(getTranslation("report.field.states.helper"));
        states.setItems(ReviewState.values());
        states.setItemLabelGenerator(state -> getTranslation("review.state." + state.name()));
        states.setValue(Set.of(ReviewState.PUBLISHED));
        states.setId("report-states");
        states.setVisible(mayChooseStates);
        article.addValueChangeListener(change -> scopeChanged());
        dateBasis.addValueChangeListener(change -> scopeChanged());
        from.addValueChangeListener(change -> scopeChanged());
        to.addValueChangeListener(change -> scopeChanged());
        tags.addValueChangeListener(change -> scopeChanged());
        ratings.addValueChangeListener(change -> scopeChanged());
        states.addValueChangeListener(change -> scopeChanged());
        Div fields = new Div(article, dateBasis, from, to, tags, ratings, states);
        fields.addClassNames("cd-filters", "cd-report-scope");
        return fields;
    }

    private Div formatAndDownload() {
        format.setLabel(getTranslation("report.field.format"));
        format.setItems(ReportFormat.values());
        format.setItemLabelGenerator(item -> getTranslation("report.format." + item.name()));
        format.setValue(ReportFormat.PDF);
        format.setId("report-format");
        format.addValueChangeListener(change -> scopeChanged());
        count.setId("report-count");
        count.addClassName("cd-report-count");
        download.setId("report-download");
        download.addClassName("cd-report-download");
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        progressBar.setId("report-progress");
        progressBar.setVisible(false);
        progressText.setId("report-progress-text");
        progressText.setVisible(false);
        Div actions = new Div(format, count, download, progressBar, progressText);
        actions.addClassName("cd-report-actions");
        return actions;
    }

    private void scopeChanged() {
        ReportScope scope = new ReportScope(article.getValue() == null ? null : article.getValue().publicId(),
                dateBasis.getValue() == null ? ReportScope.DateBasis.CLAIM_DATE : dateBasis.getValue(),
                from.getValue(), to.getValue(), tagSet(tags.getValue()),
                ratings.getValue().stream().map(Rating::code).collect(Collectors.toSet()),
                mayChooseStates ? states.getValue() : Set.of());
        current = new ReportRequest(scope, format.getValue() == null ? ReportFormat.PDF : format.getValue(),
                getLocale());
        showCount();
    }

    private void showCount() {
        long claims = 0;
        try {
            claims = reports.count(current.scope());
            count.setText(getTranslation("report.count", claims));
            count.removeClassName("cd-error-text");
        } catch (ReportRefused refusal) {
            count.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            count.addClassName("cd-error-text");
        }
        download.setEnabled(claims > 0);
    }

    private static Set<String> tagSet(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Progress as the download reports it, always run under the UI's lock (through {@code ui.access}). */
    private final class ShownProgress implements ReportDownload.Progress {

        @Override
        public void started() {
            progressBar.setIndeterminate(true);
            progressBar.setVisible(true);
            progressText.setVisible(false);
        }

        @Override
        public void progressed(long written, long total) {
            progressBar.setIndeterminate(false);
            progressBar.setValue(Math.min(1.0, (double) written / Math.max(1, total)));
            progressText.setText(getTranslation("report.progress", written, total));
            progressText.setVisible(true);
        }

        @Override
        public void finished() {
            progressBar.setVisible(false);
            progressText.setVisible(false);
            Notification.show(getTranslation("report.done"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }

        @Override
        public void refused(ReportRefused refusal) {
            progressBar.setVisible(false);
            progressText.setVisible(false);
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }

        @Override
        public void failed() {
            progressBar.setVisible(false);
            progressText.setVisible(false);
            Notification.show(getTranslation("report.failed"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.view.title");
    }
}
