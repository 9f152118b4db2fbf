package org.claimdesk.publishing.claimreview;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Whether a literal (a JSON string, number or boolean) is a value of a schema.org data type. JSON-LD written
 * from HTML often gives numbers as strings, so "5" is a Number as much as 5 is; dates and times must have
 * the ISO 8601 form schema.org defines for Date, DateTime and Time.
 */
final class LiteralRanges {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String TIME_OF_DAY = "(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})?";
    private static final Pattern TIME = Pattern.compile(TIME_OF_DAY);
    private static final Pattern DATE_TIME = Pattern.compile(DATE.pattern() + "T" + TIME_OF_DAY);
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)(?:https?://schema\\.org/)?(?:true|false)");

    private final SchemaOrgVocabulary vocabulary;

    LiteralRanges(SchemaOrgVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the literal is a value of this range, a data type or, for an enumeration, one of its members. */
    boolean accepts(JsonNode literal, String range) {
        String text = JsonLd.string(literal);
        if (vocabulary.isSubClassOf(range, "URL")) {
            return text != null && isUriReference(text); // "Réseaux sociaux" is no address at all
        }
        if (vocabulary.isSubClassOf(range, "Text") || vocabulary.isSubClassOf(range, "Quantity")) {
            return literal.isValueNode(); // a Distance or Duration is text like "7 ft" or "PT5M"
        }
        if (vocabulary.isSubClassOf(range, "Integer")) {
            return literal.isIntegralNumber() || text != null && INTEGER.matcher(text.strip()).matches();
        }
        if (vocabulary.isSubClassOf(range, "Number")) {
            return literal.isNumber() || text != null && NUMBER.matcher(text.strip()).matches();
        }
        if (text == null) {
            return range.equals("Boolean") && literal.isBoolean();
        }
        return switch (range) {
            case "Boolean" -> BOOLEAN.matcher(text).matches();
            case "Date" -> isDate(text);
            case "DateTime" -> isDateTime(text);
            case "Time" -> isTime(text);
            default -> vocabulary.isSubClassOf(range, "Enumeration")
                    && vocabulary.isMemberOf(SchemaNames.localName(text), range);
        };
    }

    private static boolean isUriReference(String text) {
        try {
            new URI(text.strip());
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether a URL value is a whole address with its scheme, not a path or a bare host name. */
    static boolean isAbsoluteUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && (uri.isOpaque() || uri.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        Matcher date = DATE.matcher(text);
        return date.matches() && isDay(date);
    }

    private static boolean isDateTime(String text) {
        Matcher dateTime = DATE_TIME.matcher(text);
        return dateTime.matches() && isDay(dateTime)
                && isTimeOfDay(dateTime.group(4), dateTime.group(5), dateTime.group(6));
    }

    private static boolean isTime(String text) {
        Matcher time = TIME.matcher(text);
        return time.matches() && isTimeOfDay(time.group(1), time.group(2), time.group(3));
    }

    private static boolean isDay(Matcher match) {
        try {
            LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                    Integer.parseInt(match.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isTimeOfDay(String hour, String minute, @Nullable String second) {
        try {
            int seconds = second == null ? 0 : Integer.parseInt(second);
            LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute), seconds);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
