package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
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

/** The invitation page: choose a password once; a used or unknown link says so. */
class PasswordLinkViewTest extends KaribuTest {

    @Autowired
    AccountAdministrationService administration;

    private String username;
    private String path;

    @BeforeEach
    void invite() {
        TestSignIn.signIn(context, "admin", "admin-demo");
        username = "link-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = administration.create(new NewUser(username, "Linda Link", null, Role.VIEWER),
                PasswordHandover.ONE_TIME_LINK);
        TestSignIn.signOut(context);
        path = issued.secret().substring(issued.secret().indexOf("/password/") + 1);
    }

    @Test
    void theInviteeChoosesTheirPasswordOnce() {
        UI.getCurrent().navigate(path);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-link-intro")).getText())
                .isEqualTo("Welcome to ClaimDesk, Linda Link. Choose the password for your user name " + username + ".");

        fill("differing password 1", "differing password 2");
        expectNotifications("The two new passwords differ.");
        fill("short", "short");
        expectNotifications("The password must have at least 10 characters.");
        fill("my chosen password", "my chosen password");

        assertThat(_get(Paragraph.class, spec -> spec.withId("password-link-done")).getText())
                .isEqualTo("Your password is saved. Sign in as " + username + " now.");
        signInAs(username, "my chosen password");

        UI.getCurrent().navigate(path);
        assertThat(_find(Paragraph.class, spec -> spec.withId("password-link-invalid"))).hasSize(1);
    }

    @Test
    void anUnknownLinkSaysWhyItDoesNotWork() {
        UI.getCurrent().navigate("password/not-a-real-token");

        assertThat(_get(Paragraph.class, spec -> spec.withId("password-link-invalid")).getText())
                .startsWith("This link does not work (any more)");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private static void fill(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("link-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("link-password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("link-save-password")));
    }
}
