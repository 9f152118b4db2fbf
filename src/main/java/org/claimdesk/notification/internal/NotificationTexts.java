package org.claimdesk.notification.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.claimdesk.notification.Notification;
import org.claimdesk.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/**
 * The sentence that tells what a notification is about, in the bell and in the e-mail alike, e.g.
 * "Erika Editor assigned a claim to you: “…”". Plain text: callers never render it as HTML.
 */
public final class NotificationTexts {

    /** Looks up a translation, as a component's {@code getTranslation} or the {@code I18NProvider} does. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    private NotificationTexts() {
    }

    public static String sentence(Notification notification, Translator translator, Locale locale) {
        String actor = notification.actorName() == null || notification.actorName().isBlank()
                ? translator.translate("notification.someone") : notification.actorName();
        return translator.translate(sentenceKey(notification), actor, notification.subject(),
                date(notification.dueOn(), locale));
    }

    /** The editor's comment on a rejected proposal, introduced as such; empty for other kinds. */
    public static String detail(Notification notification, Translator translator) {
        return notification.detail() == null ? "" : translator.translate("notification.comment", notification.detail());
    }

    private static String sentenceKey(Notification notification) {
        String kind = notification.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean withDueDate = notification.kind() == NotificationKind.ASSIGNED && notification.dueOn() != null;
        return "notification.sentence." + kind + (withDueDate ? "-due" : "");
    }

    private static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
