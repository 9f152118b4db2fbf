package org.claimdesk.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import java.util.List;
import org.claimdesk.notification.Notification;
import org.claimdesk.notification.NotificationService;
import org.claimdesk.notification.internal.Notifications;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.LiveUpdates;

/**
 * The bell in the header: the number of unread notifications, and on click the newest ones. Stays
 * current through live updates, so a claim assigned in another browser shows up without a reload.
 */
class NotificationBell extends Div {

    static final int SHOWN = 20;

    private final NotificationService notifications;
    private final Clock clock;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Button markAllRead = new Button();
    private final Div list = new Div();

    NotificationBell(NotificationService notifications, LiveUpdates liveUpdates, long accountId, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        addClassName("cd-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        badge.setId("notification-bell-badge");
        badge.addClassName("cd-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true"); // the button's label says the count
        add(bell, badge, popover());
        addAttachListener(event -> refresh()); // on first showing, and whatever changed while detached
        liveUpdates.subscribe(this, Notifications.topic(accountId), this::refresh);
    }

    private Popover popover() {
        popover.setId("notification-popover");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.setAutofocus(true);
        markAllRead.setText(getTranslation("notification.mark-all-read"));
        markAllRead.setId("notification-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
        });
        // filled only while open: no hidden copies of claim statements in every page
        popover.addOpenedChangeListener(event -> {
            popover.removeAll();
            if (event.isOpened()) {
                popover.add(panel());
                showList(notifications.recent(SHOWN));
            }
        });
        return popover;
    }

    private Div panel() {
        H2 title = new H2(getTranslation("notification.title"));
        title.addClassName("cd-notification-title");
        Div header = new Div(title, markAllRead);
        header.addClassName("cd-notification-header");
        list.addClassName("cd-notification-list");
        Div panel = new Div(header, list);
        panel.addClassName("cd-notification-panel");
        return panel;
    }

    /** Re-reads the count, and the list while it is open. */
    private void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? getTranslation("notification.bell")
                : getTranslation("notification.bell.unread", unread));
        markAllRead.setEnabled(unread > 0);
        if (popover.isOpened()) {
            showList(notifications.recent(SHOWN));
        }
    }

    private void showList(List<Notification> recent) {
        list.removeAll();
        if (recent.isEmpty()) {
            EmptyState empty = new EmptyState(VaadinIcon.BELL_O, getTranslation("notification.none"));
            empty.setId("notification-empty");
            list.add(empty);
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("cd-notification-items");
        recent.forEach(notification -> items.add(new ListItem(
                new NotificationItem(notification, clock.instant(), () -> open(notification)))));
        list.add(items);
    }

    private void open(Notification notification) {
        if (notification.unread()) {
            notifications.markRead(notification.id());
        }
        popover.close();
        refresh();
        UI.getCurrent().navigate("claims/" + notification.claimId());
    }
}
