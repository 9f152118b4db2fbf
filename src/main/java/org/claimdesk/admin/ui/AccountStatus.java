package org.claimdesk.admin.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.ManagedAccount;

/** An account's state in words: deactivated, locked until when, waiting for a new password, or active. */
final class AccountStatus {

    private AccountStatus() {
    }

    static String of(Component owner, ManagedAccount account, Clock clock) {
        if (!account.active()) {
            return owner.getTranslation("admin.users.inactive");
        }
        if (account.isLockedAt(clock.instant())) {
            return owner.getTranslation("admin.users.locked", TimeDisplay.dateTime(account.lockedUntil()));
        }
        if (account.mustChangePassword()) {
            return owner.getTranslation("admin.users.temporary-password");
        }
        return owner.getTranslation("admin.users.active");
    }
}
