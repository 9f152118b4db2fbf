package org.claimdesk.i18n;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** Shows points in time in the person's language and in their browser's time zone. */
public final class TimeDisplay {

    private TimeDisplay() {
    }

    public static String dateTime(Instant instant) {
        UI ui = UI.getCurrent();
        DateTimeFormatter formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui == null ? java.util.Locale.ENGLISH : ui.getLocale());
        ZoneId zone = browserZone(ui);
        String text = formatter.format(instant.atZone(zone));
        return zone.equals(ZoneOffset.UTC) ? text + " UTC" : text;
    }

    /** A calendar date (a due date, a claim date) in the person's language, e.g. "28 Nov 2026". */
    public static String date(java.time.LocalDate date) {
        UI ui = UI.getCurrent();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ui == null ? java.util.Locale.ENGLISH : ui.getLocale()).format(date);
    }

    private static ZoneId browserZone(@Nullable UI ui) {
        if (ui == null) {
            return ZoneOffset.UTC;
        }
        String zoneId = ui.getPage().getExtendedClientDetails().getTimeZoneId();
        try {
            return zoneId == null || zoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
