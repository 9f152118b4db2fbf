package org.claimdesk.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification e-mail ({@code CLAIMDESK_MAIL_*}). E-mail is sent only where {@code spring.mail.host} is set.
 *
 * @param from the sender address of every notification e-mail
 */
@ConfigurationProperties("claimdesk.mail")
record NotificationMailProperties(@DefaultValue("claimdesk@localhost") String from) {

    NotificationMailProperties {
        if (from.isBlank()) {
            throw new IllegalArgumentException("claimdesk.mail.from must be an e-mail address, e.g. claimdesk@example.org");
        }
    }
}
