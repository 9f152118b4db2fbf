package org.claimdesk.article.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A publication date as a page states it: a time with its offset when the page gives both, otherwise only
 * the day. A time without an offset is kept as its day, since guessing the zone would invent a time.
 */
record PublicationDate(@Nullable OffsetDateTime time, LocalDate day) {

    /** ISO-like times: "T" or a space, optional seconds and fractions, offsets as Z, +01:00, +0100 or +01. */
    private static final DateTimeFormatter ISO_LIKE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /** Day-only forms seen in meta tags and date lines, in English and German. */
    private static final List<DateTimeFormatter> DAYS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("uuuu/M/d", Locale.ROOT),
            pattern("uuuuMMdd", Locale.ROOT),
            pattern("d.M.uuuu", Locale.ROOT),
            pattern("MMMM d, uuuu", Locale.ENGLISH),
            pattern("MMM d, uuuu", Locale.ENGLISH),
            pattern("MMM. d, uuuu", Locale.ENGLISH),
            pattern("d MMMM uuuu", Locale.ENGLISH),
            pattern("d MMM uuuu", Locale.ENGLISH),
            pattern("d. MMMM uuuu", Locale.GERMAN));

    private static final Pattern WEEKDAY_PREFIX = Pattern.compile(
            "^(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
                    + "[a-z]*\\.?,?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    PublicationDate {
        if (time != null) {
            day = time.toLocalDate();
        }
    }

    /** Reads a date as found in metadata or a date line; empty when it is not a date this knows. */
    static Optional<PublicationDate> parse(@Nullable String value) {
        String text = PlainText.normaliseOrNull(value);
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        return parseIsoLike(text)
                .or(() -> parseRfc1123(text))
                .or(() -> parseDay(text));
    }

    private static Optional<PublicationDate> parseIsoLike(String text) {
        try {
            var parsed = ISO_LIKE.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return Optional.of(parsed instanceof OffsetDateTime time
                    ? new PublicationDate(time, time.toLocalDate())
                    : new PublicationDate(null, ((LocalDateTime) parsed).toLocalDate()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> parseRfc1123(String text) {
        try {
            ZonedDateTime time = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new PublicationDate(time.toOffsetDateTime(), time.toLocalDate()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> parseDay(String text) {
        String withoutWeekday = WEEKDAY_PREFIX.matcher(text).replaceFirst("");
        for (DateTimeFormatter format : DAYS) {
            try {
                return Optional.of(new PublicationDate(null, LocalDate.parse(withoutWeekday, format)));
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter pattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
