package org.claimdesk.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimdesk.insight.InsightRuleViolation;
import org.claimdesk.insight.SearchHit;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchService;
import org.claimdesk.insight.SearchType;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.ViewIntro;

/**
 * All results of a search, best first, a page at a time, with filters by type, review state and date
 * that live in the address ({@code search?q=Kim&type=claim&state=published&from=2018-05-01}).
 */
@Route(SearchRoutes.SEARCH)
@RolesAllowed(Roles.VIEWER)
class SearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final SearchService search;
    private final TextField text = new TextField();
    private final CheckboxGroup<SearchType> types = new CheckboxGroup<>();
    private final MultiSelectComboBox<ReviewState> states = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph rangeError = new Paragraph();
    private final Div results = new Div();
    private final Button more = new Button();

    private SearchQuery current = SearchQuery.of("");
    private int shown;
    private boolean applying;

    SearchView(SearchService search) {
        this.search = search;
        addClassName("cd-view");
        setId("search-view");
        add(new ViewIntro(getTranslation("search.intro")), filters(), rangeError, results, more);
        results.setId("search-results");
        results.addClassName("cd-search-results");
        more.setText(getTranslation("search.more"));
        more.setId("search-more");
        more.addClickListener(click -> showMore());
    }

    private Div filters() {
        text.setId("search-text");
        text.setLabel(getTranslation("search.field"));
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(SearchQuery.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAutofocus(true);
        text.addClassName("cd-search-field");
        types.setId("search-types");
        types.setLabel(getTranslation("search.filter.type"));
        types.setItems(SearchType.values());
        types.setItemLabelGenerator(type -> getTranslation("search.types." + type.slug()));
        states.setId("search-states");
        states.setLabel(getTranslation("search.filter.state"));
        states.setItems(ReviewState.values());
        states.setItemLabelGenerator(state -> getTranslation("review.state." + state.name()));
        states.setHelperText(getTranslation("search.filter.state.help"));
        from.setId("search-from");
        from.setLabel(getTranslation("search.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("search-to");
        to.setLabel(getTranslation("search.filter.to"));
        to.setClearButtonVisible(true);
        rangeError.setId("search-range-error");
        rangeError.addClassName("cd-error-text");
        rangeError.setVisible(false);
        text.addValueChangeListener(change -> filtersChanged());
        types.addValueChangeListener(change -> filtersChanged());
        states.addValueChangeListener(change -> filtersChanged());
        from.addValueChangeListener(change -> filtersChanged());
        to.addValueChangeListener(change -> filtersChanged());
        Div filters = new Div(text, types, states, from, to);
        filters.addClassName("cd-filters");
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = SearchParameters.parse(event.getLocation().getQueryParameters()).query();
        applying = true;
        try {
            text.setValue(current.text().length() > SearchQuery.MAX_TEXT
                    ? current.text().substring(0, SearchQuery.MAX_TEXT) : current.text());
            types.setValue(current.types());
            states.setValue(current.states());
            from.setValue(current.from());
            to.setValue(current.to());
        } finally {
            applying = false;
        }
        showFirstPage();
    }

    private void filtersChanged() {
        if (applying) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        current = new SearchQuery(text.getValue(), Set.copyOf(types.getValue()), Set.copyOf(states.getValue()),
                start, end);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(SearchRoutes.SEARCH, new SearchParameters(current).toQuery())));
        showFirstPage();
    }

    private void showFirstPage() {
        results.removeAll();
        shown = 0;
        more.setVisible(false);
        boolean reversed = current.rangeReversed();
        rangeError.setVisible(reversed);
        rangeError.setText(reversed ? getTranslation("search.range-reversed") : "");
        if (reversed) {
            return;
        }
        if (current.text().isBlank()) {
            results.add(new EmptyState(VaadinIcon.SEARCH, getTranslation("search.hint")));
            return;
        }
        showMore();
        if (shown == 0) {
            EmptyState none = new EmptyState(VaadinIcon.SEARCH, getTranslation("search.none"));
            none.setId("search-none");
            results.add(none);
        }
    }

    private void showMore() {
        List<SearchHit> page;
        try {
            page = search.search(current, shown, PAGE);
        } catch (InsightRuleViolation refused) {
            InsightToasts.refused(this, refused);
            return;
        }
        page.forEach(hit -> results.add(new ResultCard(hit)));
        shown += page.size();
        more.setVisible(page.size() == PAGE && shown < SearchService.MAX_RESULTS);
    }

    @Override
    public String getPageTitle() {
        String asked = current.text().strip();
        return asked.isEmpty() ? getTranslation("search.title")
                : getTranslation("search.title.for", asked.length() <= 60 ? asked : asked.substring(0, 60) + "…");
    }
}
