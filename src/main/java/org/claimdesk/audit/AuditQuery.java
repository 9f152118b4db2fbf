package org.claimdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to read: by person, entity type and action, within calendar days of {@code zone}
 * (both ends included), and by text. The text matches an entity id exactly, or, from
 * {@value #MIN_SEARCH_LENGTH} characters on, any part of the entity id or of the values before and after
 * (a substring, any case) through a trigram index. Blank fields mean "any". Control characters (PostgreSQL
 * refuses NUL) and halves of surrogate pairs in the text become spaces.
 *
 * @throws AuditQueryException for a reversed date range or a text longer than {@value #MAX_TEXT_LENGTH}
 */
public record AuditQuery(@Nullable String actor, @Nullable String entityType, @Nullable String action,
        @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text, ZoneId zone) {

    public static final int MIN_SEARCH_LENGTH = 3;
    public static final int MAX_TEXT_LENGTH = 200;

    public AuditQuery {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        action = blankToNull(action);
        text = blankToNull(text == null ? null : printable(text));
        if (from != null && to != null && from.isAfter(to)) {
            throw new AuditQueryException("audit.filter.range-reversed");
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new AuditQueryException("audit.filter.text-too-long", MAX_TEXT_LENGTH);
        }
    }

    public static AuditQuery everything(ZoneId zone) {
        return new AuditQuery(null, null, null, null, null, null, zone);
    }

    /** The first instant included, or null for no lower bound. */
    @Nullable Instant since() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant no longer included, or null for no upper bound. */
    @Nullable Instant until() {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                printable.append(c).append(text.charAt(++i));
            } else {
                printable.append(Character.isISOControl(c) || Character.isSurrogate(c) ? ' ' : c);
            }
        }
        return printable.toString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
