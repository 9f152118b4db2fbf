package org.claimdesk.publishing.report.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.claimdesk.review.ReviewState;

/**
 * The words a report is written in, from the same bundles as the screens. Reports are made on the server
 * for anyone who opens them later, so points in time are shown in UTC and say so.
 */
public record ReportLabels(I18NProvider i18n, Locale locale) {

    public String get(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    public String state(ReviewState state) {
        return get("review.state." + state.name());
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }
}
