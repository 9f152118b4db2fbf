package org.claimdesk.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimdesk.admin.AuditLogService;
import org.claimdesk.audit.AuditDiff;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditQuery;
import org.claimdesk.audit.AuditReader;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.AccountAdministrationService;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for admins: newest first, paged from the database, filtered by person, entity type,
 * action, date range and text, with the filters in the URL. Each row links to its entity and opens to a
 * readable diff; the filtered set downloads as CSV.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int SUMMARY_CHARACTERS = 160;
    private static final int SHOWN_CHARACTERS = 2_000;

    record AuditRow(AuditEntry entry, @Nullable String link) {
    }

    private final AuditLogService audit;
    private final AccountAdministrationService accounts;
    private final Clock clock;
    private final ComboBox<String> user = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Paragraph filterError = new Paragraph();
    private final Grid<AuditRow> grid = new Grid<>();
    private volatile AuditParameters current = AuditParameters.NONE;
    /** The browser's time zone, in which the filter's days begin and end; read by downloads, too. */
    private volatile ZoneId zone = ZoneOffset.UTC;
    private @Nullable Anchor export;
    private boolean applying;

    AuditView(AuditLogService audit, AccountAdministrationService accounts, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
        addClassName("cd-view");
        setId("audit-view");
        filterError.addClassName("cd-error-text");
        filterError.setId("audit-filter-error");
        filterError.setVisible(false);
        add(new ViewIntro(getTranslation("audit.intro")), filters(), filterError, toolbar(), grid());
    }

    private Div filters() {
        combo(user, "audit.filter.user", "audit-filter-user", audit.actors());
        AuditReader.Vocabulary vocabulary = audit.vocabulary();
        combo(type, "audit.filter.type", "audit-filter-type", vocabulary.entityTypes());
        combo(action, "audit.filter.action", "audit-filter-action", vocabulary.actions());
        from.setLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        from.setId("audit-filter-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        to.setId("audit-filter-to");
        text.setLabel(getTranslation("audit.filter.text"));
        text.setHelperText(getTranslation("audit.filter.text.help", AuditQuery.MIN_SEARCH_LENGTH));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(AuditQuery.MAX_TEXT_LENGTH);
        text.setId("audit-filter-text");
        Stream.of(from, to).forEach(field -> field.addValueChangeListener(change -> filtersChanged()));
        text.addValueChangeListener(change -> filtersChanged());
        Div filters = new Div(user, type, action, from, to, text);
        filters.addClassName("cd-filters");
        return filters;
    }

    private void combo(ComboBox<String> box, String labelKey, String id, List<String> values) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(values);
        box.setClearButtonVisible(true);
        box.setId(id);
        box.addValueChangeListener(change -> filtersChanged());
    }

    private Div toolbar() {
        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("claimdesk-audit-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                    .withZone(ZoneOffset.UTC).format(clock.instant()) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            audit.exportCsv(current.query(zone), event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("audit.export"));
        export = csv;
        csv.setId("audit-export");
        Div toolbar = new Div(csv);
        toolbar.addClassName("cd-toolbar");
        return toolbar;
    }

    private Grid<AuditRow> grid() {
        grid.setId("audit-grid");
        grid.addColumn(row -> TimeDisplay.dateTime(row.entry().occurredAt())).setHeader(getTranslation("audit.col.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.entry().actor()).setHeader(getTranslation("audit.col.user")).setAutoWidth(true);
        grid.addColumn(row -> row.entry().entityType()).setHeader(getTranslation("audit.col.type")).setAutoWidth(true);
        grid.addComponentColumn(this::entity).setHeader(getTranslation("audit.col.entity")).setAutoWidth(true);
        grid.addColumn(row -> row.entry().action()).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(row -> summary(row.entry())).setHeader(getTranslation("audit.col.changes")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> diff(row.entry())));
        grid.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            if (current.reversed()) {
                return Stream.empty();
            }
            List<AuditEntry> entries = audit.page(current.query(zone), offset, limit);
            Map<Long, String> links = AuditLinks.of(entries, accounts);
            return entries.stream().map(entry -> new AuditRow(entry, links.get(entry.id())));
        });
        grid.setPageSize(50);
        grid.setHeight("65vh");
        grid.setEmptyStateText(getTranslation("audit.empty"));
        return grid;
    }

    private com.vaadin.flow.component.Component entity(AuditRow row) {
        String id = row.entry().entityId();
        if (row.link() == null) {
            return new Span(id);
        }
        Anchor link = new Anchor(row.link(), id);
        link.setTitle(getTranslation("audit.open-entity"));
        link.addClassName("cd-audit-entity");
        return link;
    }

    static String summary(AuditEntry entry) {
        String text = AuditDiff.of(entry).stream()
                .map(change -> change.field() + ": " + shortened(change.before(), 40) + " → "
                        + shortened(change.after(), 40))
                .collect(Collectors.joining("; "));
        return shortened(text, SUMMARY_CHARACTERS);
    }

    private Div diff(AuditEntry entry) {
        Div table = new Div();
        table.addClassName("cd-audit-diff");
        table.setId("audit-diff-" + entry.id());
        List<AuditDiff.Change> changes = AuditDiff.of(entry);
        if (changes.isEmpty()) {
            table.add(new Paragraph(getTranslation("audit.diff.none")));
            return table;
        }
        table.add(cell(getTranslation("audit.diff.field"), "cd-audit-diff-head"),
                cell(getTranslation("audit.diff.before"), "cd-audit-diff-head"),
                cell(getTranslation("audit.diff.after"), "cd-audit-diff-head"));
        for (AuditDiff.Change change : changes) {
            table.add(cell(change.field(), "cd-audit-diff-field"),
                    cell(shortened(change.before(), SHOWN_CHARACTERS), "cd-audit-diff-before"),
                    cell(shortened(change.after(), SHOWN_CHARACTERS), "cd-audit-diff-after"));
        }
        return table;
    }

    private static Span cell(String text, String className) {
        Span cell = new Span(text);
        cell.addClassName(className);
        return cell;
    }

    private static String shortened(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length) + "…";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = AuditParameters.parse(event.getLocation().getQueryParameters());
        applying = true;
        try {
            user.setValue(current.user());
            type.setValue(current.type());
            action.setValue(current.action());
            from.setValue(current.from());
            to.setValue(current.to());
            text.setValue(current.text() == null ? "" : current.text());
        } finally {
            applying = false;
        }
        refresh(false);
    }

    private void filtersChanged() {
        if (applying) {
            return;
        }
        current = new AuditParameters(user.getValue(), type.getValue(), action.getValue(), from.getValue(),
                to.getValue(), text.getValue().isBlank() ? null : text.getValue().strip());
        refresh(true);
    }

    private void refresh(boolean rewriteUrl) {
        if (rewriteUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("admin/audit", current.toQuery())));
        }
        zone = browserZone();
        boolean reversed = current.reversed();
        if (export != null) {
            export.setEnabled(!reversed);
        }
        filterError.setVisible(reversed);
        filterError.setText(reversed ? getTranslation("audit.filter.range-reversed") : "");
        grid.getDataProvider().refreshAll();
    }

    private static ZoneId browserZone() {
        UI ui = UI.getCurrent();
        String zone = ui == null ? null : ui.getPage().getExtendedClientDetails().getTimeZoneId();
        try {
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (java.time.DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
