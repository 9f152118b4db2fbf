package org.claimdesk.notification.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.claimdesk.i18n.Languages;
import org.claimdesk.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each stored notification as a plain-text e-mail, where an SMTP server is configured
 * ({@code spring.mail.host}) and the recipient has an address. Only after the storing transaction has
 * committed, and on a thread of its own: a slow or failing mail server neither delays nor fails the
 * action that caused the notification; it is logged as a warning.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    /** Accounts have no language of their own yet, so e-mail speaks the desk's first language. */
    private static final Locale MAIL_LOCALE = Languages.SUPPORTED.getFirst();

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository repository;
    private final I18NProvider i18n;
    private final NotificationMailProperties properties;
    private final @Nullable String publicUrl;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-mail").daemon().factory());

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository repository, I18NProvider i18n,
            NotificationMailProperties properties, @Value("${claimdesk.public-url:}") String publicUrl) {
        this.mailSender = mailSender;
        this.repository = repository;
        this.i18n = i18n;
        this.properties = properties;
        this.publicUrl = publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(NotificationStored stored) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            outbox.execute(() -> deliver(sender, stored.notificationId()));
        } catch (RejectedExecutionException shuttingDown) {
            log.warn("Notification {} was not e-mailed: the application is shutting down", stored.notificationId());
        }
    }

    private void deliver(JavaMailSender sender, long notificationId) {
        try {
            repository.mailable(notificationId).ifPresent(mailable -> sender.send(message(mailable)));
        } catch (RuntimeException e) {
            log.warn("Notification {} could not be e-mailed: {}", notificationId, e.getMessage());
        }
    }

    private SimpleMailMessage message(MailableNotification mailable) {
        Notification notification = mailable.notification();
        String sentence = NotificationTexts.sentence(notification, this::translate, MAIL_LOCALE);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mailable.email());
        message.setSubject(translate("notification.mail.subject", sentence));
        message.setText(body(notification, sentence));
        return message;
    }

    private String body(Notification notification, String sentence) {
        StringBuilder body = new StringBuilder(sentence).append("\n\n");
        String detail = NotificationTexts.detail(notification, this::translate);
        if (!detail.isEmpty()) {
            body.append(detail).append("\n\n");
        }
        if (publicUrl != null) {
            body.append(translate("notification.mail.link", publicUrl + "/claims/" + notification.claimId()))
                    .append("\n\n");
        }
        return body.append("-- \n").append(translate("notification.mail.footer")).append('\n').toString();
    }

    private String translate(String key, Object... arguments) {
        return i18n.getTranslation(key, MAIL_LOCALE, arguments);
    }

    @Override
    public void destroy() throws InterruptedException {
        outbox.shutdown();
        if (!outbox.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Notification e-mails still queued at shutdown were dropped");
            outbox.shutdownNow();
        }
    }
}
