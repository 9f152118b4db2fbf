package org.claimdesk.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.review.Queue;
import org.claimdesk.review.QueueFilter;
import org.claimdesk.review.QueueOrder;
import org.claimdesk.review.QueueRow;
import org.claimdesk.review.QueueService;
import org.claimdesk.review.QueueTotal;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.Colleague;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.LiveUpdates;
import org.claimdesk.shell.ViewIntro;
import org.jspecify.annotations.Nullable;

/**
 * The desk's queues: a lazily paged grid per queue with filters and sorting that live in the URL, bulk
 * assignment for editors, and live refresh when anyone changes a claim.
 */
@Route("claims")
@Menu(order = 20, title = "nav.claims", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.VIEWER)
class QueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QueueService queues;
    private final ReviewService reviews;
    private final ColleagueDirectory colleagues;
    private final ArticleService articles;
    private final LiveUpdates live;
    private final Clock clock;
    private final boolean mayAssign;

    private final Tabs queueTabs = new Tabs();
    private final Map<Queue, Tab> tabs = new EnumMap<>(Queue.class);
    private final MultiSelectComboBox<ReviewState> states = new MultiSelectComboBox<>();
    private final Select<Rating> rating = new Select<>();
    private final ComboBox<Colleague> assignee = new ComboBox<>();
    private final TextField tag = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Div articleChip = new Div();
    private final Paragraph rangeError = new Paragraph();
    private final Span total = new Span();
    private final Grid<QueueRow> grid = new Grid<>();
    private final Button assignSelected = new Button();

    private QueueParameters current = QueueParameters.parse(com.vaadin.flow.router.QueryParameters.empty());
    /** The count shown above the grid, which the grid also takes as its size when it is exact. */
    private QueueTotal shown = new QueueTotal(0, false);
    private final GridLazyDataView<QueueRow> rows;
    private boolean applying;

    QueueView(QueueService queues, ReviewService reviews, ColleagueDirectory colleagues, ArticleService articles,
            RatingScaleService ratings, CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.queues = queues;
        this.reviews = reviews;
        this.colleagues = colleagues;
        this.articles = articles;
        this.live = live;
        this.clock = clock;
        this.mayAssign = currentUser.find().map(user -> user.has(Role.EDITOR)).orElse(false);
        addClassName("cd-view");
        setId("queue-view");
        add(new ViewIntro(getTranslation("queue.intro")));
        for (Queue queue : Queue.values()) {
            Tab tab = new Tab(getTranslation("queue." + queue.slug()));
            tab.setId("queue-" + queue.slug());
            tabs.put(queue, tab);
            queueTabs.add(tab);
        }
        queueTabs.addSelectedChangeListener(change -> {
            if (!applying) {
                Queue queue = queueOf(change.getSelectedTab());
                update(new QueueParameters(withQueue(current.filter(), queue), current.assigneeUsername(),
                        QueueOrder.defaultFor(queue)));
            }
        });
        add(queueTabs, filters(ratings.scale()), rangeError, articleChip, toolbar(), grid());
        rows = grid.setItems(query -> queues.page(current.filter(), current.order(), query.getOffset(), query.getLimit())
                .stream(), query -> (int) shown.claims());
    }

    private Div filters(List<Rating> scale) {
        states.setLabel(getTranslation("queue.filter.state"));
        states.setItems(ReviewState.values());
        states.setItemLabelGenerator(state -> getTranslation("review.state." + state.name()));
        states.setId("filter-state");
        rating.setLabel(getTranslation("queue.filter.rating"));
        rating.setItems(scale);
        rating.setItemLabelGenerator(item -> item == null ? getTranslation("queue.filter.any") : item.label());
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("queue.filter.any"));
        rating.setId("filter-rating");
        assignee.setLabel(getTranslation("queue.filter.assignee"));
        assignee.setItems(colleagues.reviewers());
        assignee.setItemLabelGenerator(Colleague::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setId("filter-assignee");
        tag.setLabel(getTranslation("queue.filter.tag"));
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setId("filter-tag");
        from.setLabel(getTranslation("queue.filter.from"));
        from.setClearButtonVisible(true);
        from.setId("filter-from");
        to.setLabel(getTranslation("queue.filter.to"));
        to.setClearButtonVisible(true);
        to.setId("filter-to");
        text.setLabel(getTranslation("queue.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        text.setId("filter-text");
        states.addValueChangeListener(change -> filtersChanged());
        rating.addValueChangeListener(change -> filtersChanged());
        assignee.addValueChangeListener(change -> filtersChanged());
        tag.addValueChangeListener(change -> filtersChanged());
        from.addValueChangeListener(change -> filtersChanged());
        to.addValueChangeListener(change -> filtersChanged());
        text.addValueChangeListener(change -> filtersChanged());
        rangeError.addClassName("cd-error-text");
        rangeError.setId("filter-range-error");
        rangeError.setVisible(false);
        Div filters = new Div(states, rating, assignee, tag, from, to, text);
        filters.addClassName("cd-filters");
        return filters;
    }

    private Div toolbar() {
        total.setId("queue-total");
        assignSelected.setText(getTranslation("queue.assign-selected"));
        assignSelected.setId("assign-selected");
        assignSelected.setEnabled(false);
        assignSelected.setVisible(mayAssign);
        assignSelected.addClickListener(click -> new AssignDialog(reviews, colleagues.reviewers(),
                grid.getSelectedItems().stream().map(QueueRow::claimId).toList(), LocalDate.now(clock), () -> {
                    grid.deselectAll();
                    reload();
                }).open());
        Div toolbar = new Div(total, assignSelected);
        toolbar.addClassName("cd-toolbar");
        return toolbar;
    }

    private Grid<QueueRow> grid() {
        grid.setId("queue-grid");
        grid.addComponentColumn(row -> new StateBadge(row.state())).setHeader(getTranslation("queue.col.state"))
                .setKey("STATE").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> rating(row)).setHeader(getTranslation("queue.col.rating")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QueueRow::statement).setHeader(getTranslation("queue.col.statement")).setKey("STATEMENT")
                .setSortable(true).setFlexGrow(4);
        grid.addColumn(row -> row.assigneeName() == null ? "—" : row.assigneeName())
                .setHeader(getTranslation("queue.col.assignee")).setAutoWidth(true);
        grid.addColumn(row -> row.dueOn() == null ? "" : TimeDisplay.date(row.dueOn()))
                .setHeader(getTranslation("queue.col.due")).setKey("DUE").setSortable(true).setAutoWidth(true)
                .setPartNameGenerator(row -> row.dueOn() != null && row.state().isOpen()
                        && row.dueOn().isBefore(LocalDate.now(clock)) ? "cd-overdue" : null);
        grid.addColumn(row -> row.recheckOn() == null ? "" : TimeDisplay.date(row.recheckOn()))
                .setHeader(getTranslation("queue.col.recheck")).setAutoWidth(true);
        grid.addColumn(row -> row.claimDate() == null ? "" : TimeDisplay.date(row.claimDate()))
                .setHeader(getTranslation("queue.col.claim-date")).setKey("CLAIM_DATE").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.tags())).setHeader(getTranslation("queue.col.tags"));
        grid.addColumn(row -> TimeDisplay.dateTime(row.updatedAt())).setHeader(getTranslation("queue.col.updated"))
                .setKey("UPDATED").setSortable(true).setAutoWidth(true);
        grid.setMultiSort(false);
        if (mayAssign) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(selection -> assignSelected.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        }
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().claimId())));
        grid.addSortListener(sort -> {
            if (!applying && sort.isFromClient()) {
                QueueOrder order = sort.getSortOrder().stream().findFirst()
                        .map(first -> new QueueOrder(QueueOrder.Sort.valueOf(first.getSorted().getKey()),
                                first.getDirection() == SortDirection.ASCENDING))
                        .orElse(QueueOrder.defaultFor(current.filter().queue()));
                update(new QueueParameters(current.filter(), current.assigneeUsername(), order));
            }
        });
        grid.setPageSize(50);
        grid.setHeight("65vh");
        return grid;
    }

    private static Span rating(QueueRow row) {
        Span badge = new Span(row.ratingLabel() == null ? "" : row.ratingLabel());
        badge.addClassName("cd-rating-badge");
        if (row.ratingColour() != null && row.ratingColour().matches("#[0-9a-fA-F]{6}")) {
            badge.getStyle().setBackgroundColor(row.ratingColour());
        }
        badge.setVisible(row.ratingLabel() != null);
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueueParameters asked = QueueParameters.parse(event.getLocation().getQueryParameters());
        UUID assigneeId = Optional.ofNullable(asked.assigneeUsername()).flatMap(colleagues::findByUsername)
                .map(Colleague::publicId).orElse(null);
        current = new QueueParameters(withAssignee(asked.filter(), assigneeId), asked.assigneeUsername(),
                asked.order());
        showInFields();
        refresh(false);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        live.subscribe(this, "queue", this::reload);
    }

    private void filtersChanged() {
        if (applying) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean reversed = start != null && end != null && start.isAfter(end);
        rangeError.setVisible(reversed);
        rangeError.setText(reversed ? getTranslation("queue.filter.range-reversed") : "");
        if (reversed) {
            return;
        }
        Colleague person = assignee.getValue();
        QueueFilter filter = new QueueFilter(current.filter().queue(), Set.copyOf(states.getValue()),
                rating.getValue() == null ? null : rating.getValue().code(), person == null ? null : person.publicId(),
                current.filter().articleId(), blankToNull(tag.getValue()), start, end, blankToNull(text.getValue()));
        update(new QueueParameters(filter, person == null ? null : person.username(), current.order()));
    }

    private void update(QueueParameters next) {
        current = next;
        refresh(true);
    }

    private void refresh(boolean rewriteUrl) {
        if (rewriteUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new com.vaadin.flow.router.Location("claims", current.toQuery())));
        }
        grid.deselectAll();
        reload();
        grid.setEmptyStateText(getTranslation("queue.empty." + current.filter().queue().slug()));
    }

    /**
     * Counts the queue once, up to {@link QueueService#COUNT_LIMIT}, and reads the rows again. An exact count is
     * the grid's size; beyond the limit the grid learns its size by scrolling, a page at a time.
     */
    private void reload() {
        shown = queues.total(current.filter());
        total.setText(shown.more() ? getTranslation("queue.total.more", shown.claims())
                : getTranslation("queue.total", shown.claims()));
        if (shown.more()) {
            rows.setItemCountEstimate(QueueService.COUNT_LIMIT + 1);
        } else {
            rows.setItemCountFromDataProvider();
        }
        grid.getDataProvider().refreshAll();
    }

    private void showInFields() {
        applying = true;
        try {
            QueueFilter filter = current.filter();
            queueTabs.setSelectedTab(tabs.get(filter.queue()));
            states.setValue(filter.states());
            rating.setValue(rating.getListDataView().getItems()
                    .filter(item -> item.code().equals(filter.ratingCode())).findFirst().orElse(null));
            assignee.setValue(filter.assigneeId() == null ? null : colleagues.reviewers().stream()
                    .filter(person -> person.publicId().equals(filter.assigneeId())).findFirst().orElse(null));
            tag.setValue(filter.tag() == null ? "" : filter.tag());
            from.setValue(filter.claimDateFrom());
            to.setValue(filter.claimDateTo());
            text.setValue(filter.text() == null ? "" : filter.text());
            grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(current.order().sort().name()),
                    current.order().ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
            showArticleChip(filter.articleId());
        } finally {
            applying = false;
        }
    }

    private void showArticleChip(@Nullable UUID articleId) {
        articleChip.removeAll();
        articleChip.setVisible(articleId != null);
        if (articleId == null) {
            return;
        }
        String title = articles.find(articleId).map(article -> article.title()).orElse(articleId.toString());
        Button clear = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            QueueFilter without = new QueueFilter(current.filter().queue(), current.filter().states(),
                    current.filter().ratingCode(), current.filter().assigneeId(), null, current.filter().tag(),
                    current.filter().claimDateFrom(), current.filter().claimDateTo(), current.filter().text());
            update(new QueueParameters(without, current.assigneeUsername(), current.order()));
            showArticleChip(null);
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clear.setAriaLabel(getTranslation("queue.filter.article.clear"));
        clear.setId("clear-article-filter");
        articleChip.add(new Span(getTranslation("queue.filter.article", title)), clear);
        articleChip.addClassName("cd-chip");
        articleChip.setId("filter-article");
    }

    private Queue queueOf(Tab tab) {
        return tabs.entrySet().stream().filter(entry -> entry.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(Queue.ALL);
    }

    private static QueueFilter withQueue(QueueFilter filter, Queue queue) {
        return new QueueFilter(queue, filter.states(), filter.ratingCode(), filter.assigneeId(), filter.articleId(),
                filter.tag(), filter.claimDateFrom(), filter.claimDateTo(), filter.text());
    }

    private static QueueFilter withAssignee(QueueFilter filter, @Nullable UUID assigneeId) {
        return new QueueFilter(filter.queue(), filter.states(), filter.ratingCode(), assigneeId, filter.articleId(),
                filter.tag(), filter.claimDateFrom(), filter.claimDateTo(), filter.text());
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
