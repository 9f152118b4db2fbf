package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.claimdesk.insight.SearchHit;
import org.claimdesk.insight.SearchQuery;
import org.claimdesk.insight.SearchService;
import org.jspecify.annotations.Nullable;

/**
 * The search box Ctrl+K opens: the best few results while typing, Enter or "All results" for the full
 * results page. Closes itself when the person follows a result.
 */
class QuickSearchDialog extends Dialog {

    static final int SHOWN = 8;

    private final SearchService search;
    private final TextField text = new TextField();
    private final Div results = new Div();
    private @Nullable Registration closeOnNavigation;

    QuickSearchDialog(SearchService search) {
        this.search = search;
        setId("quick-search");
        addClassName("cd-quick-search");
        getElement().setAttribute("aria-label", getTranslation("search.title"));
        setWidth("min(44rem, 95vw)");
        text.setId("quick-search-text");
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setAriaLabel(getTranslation("search.title"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.setMaxLength(SearchQuery.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(250);
        text.setAutofocus(true);
        text.addValueChangeListener(change -> showResults());
        text.addKeyDownListener(Key.ENTER, enter -> openAllResults());
        results.setId("quick-search-results");
        results.addClassName("cd-quick-search-results");
        Button all = new Button(getTranslation("search.all-results"), click -> openAllResults());
        all.setId("quick-search-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, results);
        getFooter().add(all);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                text.focus();
                closeOnNavigation = UI.getCurrent().addAfterNavigationListener(navigated -> close());
            } else if (closeOnNavigation != null) {
                closeOnNavigation.remove();
                closeOnNavigation = null;
            }
        });
        showResults();
    }

    /** Test hook and keyboard path: search for the text now, without waiting for the typing pause. */
    void searchFor(String value) {
        text.setValue(value);
    }

    private void showResults() {
        results.removeAll();
        String value = text.getValue();
        if (value.isBlank()) {
            results.add(hint(getTranslation("search.hint")));
            return;
        }
        List<SearchHit> hits = search.search(SearchQuery.of(value), 0, SHOWN);
        if (hits.isEmpty()) {
            results.add(hint(getTranslation("search.none")));
            return;
        }
        hits.forEach(hit -> results.add(new ResultCard(hit)));
    }

    private void openAllResults() {
        String value = text.getValue();
        close();
        UI.getCurrent().navigate(SearchRoutes.SEARCH,
                new SearchParameters(SearchQuery.of(value)).toQuery());
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("cd-search-hint");
        hint.setId("quick-search-hint");
        return hint;
    }
}
