package org.claimdesk.notification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the notification e-mail settings from {@code claimdesk.mail.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationMailProperties.class)
class NotificationMailConfiguration {
}
