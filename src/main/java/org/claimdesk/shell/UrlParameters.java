package org.claimdesk.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reading and writing the query parameters that keep a screen's filters in its URL. A bookmarked or shared
 * URL may have been edited by hand, so reading never fails: a value that is missing, blank or malformed is
 * simply absent, and the screen falls back to its default.
 */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** The first value of {@code name}, stripped; absent when missing or blank. */
    public static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).flatMap(list -> list.stream().findFirst())
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    /** An ISO date ({@code 2026-11-28}); absent when the text is not one. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Puts {@code value} stripped under {@code name}, leaving blank values out of the URL. */
    public static void put(Map<String, String> values, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }
}
