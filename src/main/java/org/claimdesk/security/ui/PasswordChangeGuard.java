package org.claimdesk.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Keeps someone whose password is temporary on {@link ChangePasswordView}: every other screen they try to
 * open forwards there until they have chosen their own password. Asked of the database on each navigation,
 * so a password an admin resets while the person works takes effect at their next step.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALWAYS_OPEN = Set.of(ChangePasswordView.class, LoginView.class,
            PasswordLinkView.class, SetupView.class);

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PasswordChangeGuard(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (ALWAYS_OPEN.contains(event.getNavigationTarget()) || event.isErrorEvent()
                || currentUser.find().isEmpty()) {
            return;
        }
        if (accounts.mustChangeOwnPassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
