package org.claimdesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that a one-time link opens without signing in ({@code .../:token}): one card on the sign-in page's
 * background, under a title, whose content depends on whether the link is still good.
 */
abstract class OneTimeLinkPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String titleKey;
    private final Div card = new Div();
    private String token = "";

    OneTimeLinkPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("cd-login-view");
        card.addClassName("cd-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1(getTranslation(titleKey)));
        fillCard();
    }

    /** Fills the card below its title for the link's {@link #token()}: a form, or why the link is no good. */
    abstract void fillCard();

    /** Replaces everything below the title, e.g. with the outcome once the form is sent. */
    void showOutcome(Component... content) {
        card.removeAll();
        card.add(new H1(getTranslation(titleKey)));
        card.add(content);
    }

    void addToCard(Component... content) {
        card.add(content);
    }

    String token() {
        return token;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
