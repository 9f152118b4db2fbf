package org.claimdesk.notification.internal;

import org.claimdesk.notification.Notification;

/** A notification and the address its recipient reads e-mail at. */
record MailableNotification(String email, Notification notification) {
}
