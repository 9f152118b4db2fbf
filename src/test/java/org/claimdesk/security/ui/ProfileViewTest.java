package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.Role;
import org.claimdesk.security.internal.AccountCreator;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends KaribuTest {

    @Autowired
    AccountCreator accountCreator;

    private String username;

    @BeforeEach
    void signInWithAFreshAccount() {
        username = "profile-" + System.nanoTime();
        accountCreator.create(new NewAccount(username, "Pat Profile", username + "@example.org", Role.REVIEWER, "old password 1"));
        signInAs(username, "old password 1");
        UI.getCurrent().navigate("profile");
    }

    @Test
    void showsWhoIsSignedIn() {
        assertThat(field("profile-username").getValue()).isEqualTo(username);
        assertThat(field("profile-display-name").getValue()).isEqualTo("Pat Profile");
        assertThat(field("profile-email").getValue()).isEqualTo(username + "@example.org");
        assertThat(field("profile-role").getValue()).isEqualTo("Reviewer");
    }

    @Test
    void changesThePassword() {
        fillPasswords("old password 1", "new password 2", "new password 2");

        expectNotifications("Your password has been changed.");
    }

    @Test
    void refusesAWrongCurrentPassword() {
        fillPasswords("not my password", "new password 2", "new password 2");

        expectNotifications("The current password is not right.");
    }

    @Test
    void refusesDifferingRepetitions() {
        fillPasswords("old password 1", "new password 2", "new password 3");

        expectNotifications("The two new passwords differ.");
    }

    @Test
    void refusesAShortPassword() {
        fillPasswords("old password 1", "short", "short");

        expectNotifications("The password must have at least 10 characters.");
    }

    private void fillPasswords(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
