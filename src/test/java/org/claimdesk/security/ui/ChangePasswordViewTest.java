package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.claimdesk.security.AccountAdministrationService;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.PasswordHandover;
import org.claimdesk.security.Role;
import org.claimdesk.support.KaribuTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Someone with a temporary password can open nothing but the change-password page until they choose theirs. */
class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    AccountAdministrationService administration;

    private IssuedPassword issued;

    @BeforeEach
    void createWithATemporaryPassword() {
        TestSignIn.signIn(context, "admin", "admin-demo");
        String username = "forced-" + UUID.randomUUID().toString().substring(0, 8);
        issued = administration.create(new NewUser(username, "Forced Change", null, Role.REVIEWER),
                PasswordHandover.TEMPORARY_PASSWORD);
        TestSignIn.signOut(context);
        signInAs(username, issued.secret());
    }

    @Test
    void everyScreenLeadsToTheChangePasswordPageUntilTheTemporaryPasswordIsReplaced() {
        UI.getCurrent().navigate("claims");
        assertThat(_find(Main.class, spec -> spec.withId("change-password-view"))).hasSize(1);
        UI.getCurrent().navigate("profile");
        assertThat(_find(Main.class, spec -> spec.withId("change-password-view"))).hasSize(1);

        fill(issued.secret(), "my very own password", "my very own password");

        expectNotifications("Your password has been changed.");
        assertThat(_find(Main.class, spec -> spec.withId("change-password-view"))).isEmpty();
        UI.getCurrent().navigate("claims");
        assertThat(_find(Main.class, spec -> spec.withId("queue-view"))).hasSize(1);
    }

    @Test
    void theTemporaryPasswordMayNotBeKept() {
        UI.getCurrent().navigate("articles");

        fill(issued.secret(), issued.secret(), issued.secret());

        expectNotifications("The new password must differ from the current one.");
        UI.getCurrent().navigate("articles");
        assertThat(_find(Main.class, spec -> spec.withId("change-password-view"))).hasSize(1);
    }

    private static void fill(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }
}
