package org.claimdesk.notification.internal;

/** Published in the storing transaction, so that the e-mail goes out only once it has committed. */
record NotificationStored(long notificationId) {
}
