package org.claimdesk.security.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The set-up link's page, which creates the first administrator of an installation on an empty external
 * database. Here in the set-up link's own package, to open a link as the start-up would.
 */
class SetupPageTest extends KaribuTest {

    @Autowired
    SetupLink setupLink;

    @AfterEach
    void closeTheLink() {
        setupLink.consume(setupLink.open());
    }

    @Test
    void theLinkCreatesTheFirstAdministratorOnce() {
        String token = setupLink.open();
        String username = "chief-" + UUID.randomUUID().toString().substring(0, 8);
        UI.getCurrent().navigate("setup/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Create the first administrator");

        fill(username, "Chief Editor", "the chief's password", "another password");
        expectNotifications("The two passwords differ.");
        fill(username, "Chief Editor", "short", "short");
        expectNotifications("The password must have at least 10 characters.");
        fill(username, "Chief Editor", "the chief's password", "the chief's password");

        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("The administrator account has been created. Sign in with it now.");
        signInAs(username, "the chief's password");

        UI.getCurrent().navigate("setup/" + token);
        assertThat(_find(Paragraph.class, spec -> spec.withId("setup-link-invalid"))).hasSize(1);
    }

    @Test
    void anUnknownLinkSaysWhereToLook() {
        setupLink.open();
        UI.getCurrent().navigate("setup/not-the-token");

        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-link-invalid")).getText())
                .contains("Look in the server log for the current link");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private static void fill(String username, String displayName, String password, String repeat) {
        _setValue(_get(TextField.class, spec -> spec.withId("setup-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("setup-display-name")), displayName);
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("setup-submit")));
    }
}
