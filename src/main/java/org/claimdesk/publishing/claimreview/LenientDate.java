package org.claimdesk.publishing.claimreview;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The day a date in a ClaimReview stands for, however the publisher wrote it: ISO dates and times with or
 * without an offset ("+02:00", "+0200", "Z"), a space for the "T", minutes without seconds, RFC 1123, and
 * written-out days such as "March 3, 2021". A time keeps the day of its own offset, the publisher's day.
 */
final class LenientDate {

    private static final int LONGEST_DATE = 64;

    private static final DateTimeFormatter ISO_LIKE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /** Written-out days; day-first and month-first numeric forms are left out as ambiguous. */
    private static final List<DateTimeFormatter> DAYS = List.of(
            pattern("uuuu/M/d", Locale.ROOT),
            pattern("d.M.uuuu", Locale.ROOT),
            pattern("MMMM d, uuuu", Locale.ENGLISH),
            pattern("MMMM d uuuu", Locale.ENGLISH),
            pattern("MMM d, uuuu", Locale.ENGLISH),
            pattern("MMM. d, uuuu", Locale.ENGLISH),
            pattern("d MMMM uuuu", Locale.ENGLISH),
            pattern("d MMM uuuu", Locale.ENGLISH));

    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

    private LenientDate() {
    }

    /** The day, or null when the value is not a date this knows; never throws. */
    static @Nullable LocalDate parse(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > LONGEST_DATE) {
            return null;
        }
        String text = value.strip();
        LocalDate day = isoLike(text);
        if (day == null) {
            day = rfc1123(text);
        }
        return day != null ? day : writtenOut(WEEKDAY.matcher(text).replaceFirst(""));
    }

    private static @Nullable LocalDate isoLike(String text) {
        try {
            return LocalDate.from(ISO_LIKE.parse(text));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable LocalDate rfc1123(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable LocalDate writtenOut(String text) {
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
