package org.claimdesk.notification.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.claimdesk.notification.NotificationService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.shell.HeaderWidget;
import org.claimdesk.shell.LiveUpdates;

/** Puts the notification bell into the header of every signed-in screen. */
@org.springframework.stereotype.Component
class NotificationBellWidget implements HeaderWidget {

    private final NotificationService notifications;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationBellWidget(NotificationService notifications, LiveUpdates liveUpdates, CurrentUser currentUser,
            Clock clock) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, liveUpdates, currentUser.require().accountId(), clock);
    }
}
