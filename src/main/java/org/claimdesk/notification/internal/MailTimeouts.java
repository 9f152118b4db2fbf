package org.claimdesk.notification.internal;

import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives SMTP connections a time limit. JavaMail waits forever by default, so a mail server that accepts
 * a connection and then says nothing would hold every later notification e-mail up. Timeouts set in
 * {@code spring.mail.properties.*} win.
 */
@Component
class MailTimeouts implements BeanPostProcessor {

    private static final String TEN_SECONDS = "10000";
    private static final List<String> TIMEOUTS = List.of("connectiontimeout", "timeout", "writetimeout");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            for (String protocol : List.of("smtp", "smtps")) {
                TIMEOUTS.forEach(timeout -> sender.getJavaMailProperties()
                        .putIfAbsent("mail." + protocol + "." + timeout, TEN_SECONDS));
            }
        }
        return bean;
    }
}
