package org.claimdesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.database.DatabaseMode;
import org.claimdesk.security.AccountLockedException;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.i18n.TimeDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security; after a failure this view reads the reason from the
 * session and tells a locked or deactivated account apart from wrong credentials, which always get
 * the same message.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private LoginI18n.ErrorMessage shownError = new LoginI18n.ErrorMessage();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, DatabaseMode databaseMode) {
        this.currentUser = currentUser;
        addClassName("cd-login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Div card = new Div(new H1(getTranslation("login.title")),
                new Paragraph(getTranslation("login.description")), form,
                new Paragraph(getTranslation("login.forgot-password.help")));
        card.addClassName("cd-login-card");
        if (databaseMode.isDemo()) {
            Div demo = new Div(new H2(getTranslation("login.demo.title")),
                    new Paragraph(getTranslation("login.demo.text")));
            demo.addClassName("cd-demo-hint");
            demo.setId("demo-hint");
            card.add(demo);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            showFailure(takeLastFailure());
        }
    }

    private void showFailure(@Nullable Object failure) {
        LoginI18n i18n = i18n();
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        if (failure instanceof AccountLockedException locked) {
            message.setTitle(getTranslation("login.error.locked.title"));
            message.setMessage(getTranslation("login.error.locked", TimeDisplay.dateTime(locked.lockedUntil())));
        } else if (failure instanceof DisabledException) {
            message.setTitle(getTranslation("login.error.disabled.title"));
            message.setMessage(getTranslation("login.error.disabled"));
        }
        form.setI18n(i18n);
        form.setError(true);
        shownError = message;
    }

    /** The failure message the form shows now. */
    LoginI18n.ErrorMessage shownError() {
        return shownError;
    }

    private static @Nullable Object takeLastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession httpSession = session == null ? null : session.getSession();
        if (httpSession == null) {
            return null;
        }
        Object failure = httpSession.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        httpSession.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.credentials"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " · " + getTranslation("app.name");
    }
}
