package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import org.claimdesk.security.AccountLockedException;
import org.claimdesk.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsLandOnTheSignInViewWithTheDemoAccountsExplained() {
        UI.getCurrent().navigate("articles");

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("demo-hint")).getElement().getTextRecursively())
                .contains("admin", "editor", "reviewer", "viewer", "reviewer-demo");
    }

    @Test
    void wrongCredentialsGetTheGenericMessage() {
        failSignIn(new BadCredentialsException("Bad credentials"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownError().getMessage())
                .isEqualTo("The user name or password is not right. Check both and try again.");
    }

    @Test
    void aLockedAccountIsToldUntilWhen() {
        failSignIn(new AccountLockedException(Instant.parse("2026-05-31T08:15:00Z")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownError().getTitle()).isEqualTo("Account locked");
        assertThat(_get(LoginView.class).shownError().getMessage()).contains("locked until", "2026", "8:15");
    }

    @Test
    void aDeactivatedAccountIsToldSo() {
        failSignIn(new DisabledException("Account deactivated"));

        assertThat(_get(LoginView.class).shownError().getTitle()).isEqualTo("Account deactivated");
    }

    @Test
    void theFailureIsShownOnce() {
        failSignIn(new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login");
        UI.getCurrent().getPage().reload();

        assertThat(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNull();
    }

    private static void failSignIn(Exception failure) {
        // what Spring Security's failure handler leaves in the session before redirecting to /login?error
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }
}
