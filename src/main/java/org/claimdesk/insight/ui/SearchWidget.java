package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.insight.SearchService;
import org.claimdesk.shell.HeaderWidget;

/** Puts the search button (and its Ctrl+K shortcut) into the header of every signed-in screen. */
@org.springframework.stereotype.Component
class SearchWidget implements HeaderWidget {

    private final SearchService search;

    SearchWidget(SearchService search) {
        this.search = search;
    }

    @Override
    public Component create() {
        return new SearchLauncher(search);
    }

    @Override
    public int order() {
        return -10;
    }
}
