package org.claimdesk.insight.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.insight.SearchService;
import org.jspecify.annotations.Nullable;

/**
 * The search button in the header. Ctrl+K (⌘K on a Mac) opens the search box from anywhere in the app:
 * the shortcut listens on the whole UI, not just on the button, and keeps the browser from taking the key.
 */
class SearchLauncher extends Div {

    private final SearchService search;
    private final Button button = new Button();
    private final List<ShortcutRegistration> shortcuts = new ArrayList<>();
    private @Nullable QuickSearchDialog dialog;

    SearchLauncher(SearchService search) {
        this.search = search;
        addClassName("cd-search-launcher");
        button.setId("search-button");
        button.setIcon(VaadinIcon.SEARCH.create());
        Span keys = new Span(getTranslation("search.shortcut"));
        keys.addClassName("cd-kbd");
        keys.getElement().setAttribute("aria-hidden", "true");
        button.setText(getTranslation("search.button"));
        button.setSuffixComponent(keys);
        button.setTooltipText(getTranslation("search.button.tooltip"));
        button.getElement().setAttribute("aria-keyshortcuts", "Control+K Meta+K");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(click -> open());
        add(button);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        shortcuts.add(Shortcuts.addShortcutListener(this, this::open, Key.KEY_K, KeyModifier.CONTROL)
                .listenOn(attach.getUI()));
        shortcuts.add(Shortcuts.addShortcutListener(this, this::open, Key.KEY_K, KeyModifier.META)
                .listenOn(attach.getUI()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        shortcuts.forEach(ShortcutRegistration::remove);
        shortcuts.clear();
    }

    void open() {
        if (dialog != null && dialog.isOpened()) {
            return;
        }
        dialog = new QuickSearchDialog(search);
        dialog.open();
    }
}
